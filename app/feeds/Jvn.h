#pragma once

#include "core/Result.h"
#include "feeds/Feed.h"

#include <QByteArray>

namespace kamae {
namespace feeds {

// JVN iPedia's JVNRSS (jvndb.rdf and the other RSS 1.0 feeds of JVN): an
// rdf:RDF root that declares the JVN sec: namespace 3.0, a channel and its
// items. Elements are matched by namespace URI and name, never by prefix;
// unknown elements and attributes are skipped. Refuses, without a partial
// feed: a DOCTYPE (no JVN feed has one; an HTML page does), XML that is cut
// off or not well-formed (naming the line), and an item without
// sec:identifier (naming its line).
Result<Feed> parseJvnRss(const QByteArray &bytes, FeedError *error = nullptr);

} // namespace feeds
} // namespace kamae

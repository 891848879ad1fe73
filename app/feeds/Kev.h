#pragma once

#include "core/Result.h"
#include "feeds/Feed.h"

#include <QByteArray>

namespace kamae {
namespace feeds {

// The CISA Known Exploited Vulnerabilities catalogue as CISA publishes it in
// JSON (known_exploited_vulnerabilities.json). Requires catalogVersion and a
// vulnerabilities list whose every entry has a cveID of the form
// CVE-YYYY-NNNN… and a dateAdded of the form YYYY-MM-DD (also dueDate when it
// is not empty); everything else is optional and unknown fields are ignored.
// Fails, without a partial feed, with a translated message that names the
// entry (1-based) or the CVE, or the byte and line where the JSON breaks.
Result<Feed> parseKev(const QByteArray &bytes, FeedError *error = nullptr);

} // namespace feeds
} // namespace kamae

#pragma once

#include "core/Result.h"
#include "feeds/Feed.h"

#include <QByteArray>
#include <QString>

namespace kamae {
namespace feeds {

// The real catalogues are a few megabytes (KEV about 1 MB, a full JVNRSS
// export some tens); the limit only keeps a wrong file (a disk image, a video)
// from exhausting memory before it fails to parse.
constexpr qint64 kMaxFeedFileBytes = 512LL * 1024 * 1024;

// Reads either format, told apart by the content, never by the file name:
// JSON goes to parseKev, XML to parseJvnRss, each of which confirms its own
// format. Anything else is refused with a message that says what the file
// seems to be instead (a PDF, a ZIP archive, the CSV edition of the KEV
// catalogue) when that is recognisable. An empty catalogue is returned as it
// is: whether zero entries is worth a warning is the caller's decision.
Result<Feed> parseFeed(const QByteArray &bytes, FeedError *error = nullptr);

// parseFeed on a file's bytes. A file larger than maxBytes is refused before
// it is read; reading stops at maxBytes for files that do not know their size
// (a pipe).
Result<Feed> readFeedFile(const QString &path, FeedError *error = nullptr,
                          qint64 maxBytes = kMaxFeedFileBytes);

} // namespace feeds
} // namespace kamae

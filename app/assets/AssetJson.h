#pragma once

#include "core/Result.h"

#include <QDate>

class QTextStream;

namespace kamae {
namespace store {
class Database;
}

namespace assets {

// The register as `kamae assets list --json` prints it: a JSON array with
// one object per asset, its keys in alphabetical order, every field of the
// register under its stable key (domain::assetFields), the enums as stable
// English keys, `needs_review` as of `today`, and the owner from the people
// list (`owner_id`, `owner`; null when none). Written one asset at a time
// as it is read, so memory stays flat however large the register
// (docs/command-line.md, docs/performance.md).
Status writeAssetsJson(store::Database &database, const QDate &today, QTextStream &out);

} // namespace assets
} // namespace kamae

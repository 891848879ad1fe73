#pragma once

#include "core/Result.h"

#include <QString>

namespace kamae::store {
class Database;
}

namespace kamae::demo {

// The passphrase of the demo vault, documented in README.md.
inline constexpr char kDemoPassphrase[] = "kamae-demo";
QString demoOrganisationName();

// Fills a freshly created vault with a realistic small manufacturer.
// Each module adds its own records here as it lands.
Status populate(store::Database &db);

} // namespace kamae::demo

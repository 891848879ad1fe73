#pragma once

#include "core/Result.h"

#include <QString>

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

namespace kamae {
namespace demo {

// The passphrase of the demo vault, documented in README.md.
inline constexpr char kDemoPassphrase[] = "kamae-demo";
QString demoOrganisationName();

// Fills a freshly created vault with a realistic small manufacturer.
// Each module adds its own records here as it lands.
Status populate(store::Database &db);

} // namespace demo
} // namespace kamae

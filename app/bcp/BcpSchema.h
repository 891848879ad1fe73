#pragma once

#include "store/Schema.h"

namespace kamae {
namespace bcp {

// The BCP module's share of the vault's schema: its tables (step 11), the
// plan's language (step 12) and the ranges of their stored values.
store::SchemaPart bcpSchema();

} // namespace bcp
} // namespace kamae

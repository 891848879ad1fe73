#pragma once

#include "store/Schema.h"

namespace kamae {
namespace incidents {

// The incidents module's share of the vault's schema: its tables (step 13)
// and the ranges of their stored values.
store::SchemaPart incidentSchema();

} // namespace incidents
} // namespace kamae

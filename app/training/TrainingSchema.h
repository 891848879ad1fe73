#pragma once

#include "store/Schema.h"

namespace kamae {
namespace training {

// The training module's share of the vault's schema: its tables (step 9)
// and the ranges of their stored values.
store::SchemaPart trainingSchema();

} // namespace training
} // namespace kamae

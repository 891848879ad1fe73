#pragma once

#include <QString>

namespace kamae {
namespace organisation {

// The demo company's name (株式会社みなと精機), for the modules whose demo
// records mention it.
QString demoName();

} // namespace organisation
} // namespace kamae

#pragma once

#include "core/Result.h"
#include "vault/Vault.h"

#include <QString>

#include <memory>

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

// The demo vault at `path`: opened with the demo passphrase, or created and
// filled first when there is none (as scripts/run-demo.sh does). A vault
// that could not be filled is removed again, so that the next try starts
// afresh.
struct DemoVault
{
    std::unique_ptr<vault::Vault> vault; // none: status or problem says why
    // The vault's own failure; WrongPassphrase when someone gave the demo a
    // passphrase of their own.
    vault::VaultStatus status;
    QString problem; // the records could not be written
    QString message() const { return problem.isEmpty() ? status.message() : problem; }
};
DemoVault openDemoVault(const QString &path, const vault::CreateOptions &options);

} // namespace demo
} // namespace kamae

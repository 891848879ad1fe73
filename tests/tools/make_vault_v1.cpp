// Wrote tests/data/vault-v1.kamae once, with format 1 and schema 1. Kept for
// the record of how the fixture was made; do not run it again with a later
// Kamae, or the fixture stops testing the upgrade from version 1.
#include "domain/Organisation.h"
#include "store/OrganisationRepository.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace kamae;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 2) {
        out << "usage: make_vault_v1 OUTPUT.kamae" << Qt::endl;
        return 2;
    }
    vault::CreateOptions options;
    // Cheap on purpose: the tests open it on every run.
    options.kdf = {1024, 1, 1};
    vault::VaultStatus status;
    QString code;
    auto v =
        vault::Vault::create(QString::fromLocal8Bit(argv[1]), QStringLiteral("kamae-fixture-v1"),
                             QStringLiteral("有限会社かまえ試験"), options, &code, &status);
    if (!v) {
        out << status.message() << Qt::endl;
        return 1;
    }
    store::OrganisationRepository repository(v->database());
    domain::Organisation org = repository.load().value();
    org.industry = QStringLiteral("卸売業");
    org.employees = 12;
    org.securityAction = domain::SecurityActionLevel::TwoStars;
    org.notes = QStringLiteral("vault-v1 fixture");
    org.sites = {
        {0, QStringLiteral("本店"), QStringLiteral("大阪府大阪市"), false, {}},
        {0, QStringLiteral("シンガポール支店"), QStringLiteral("シンガポール"), true, {}},
    };
    if (Status s = repository.save(org); !s) {
        out << s.error() << Qt::endl;
        return 1;
    }
    if (vault::VaultStatus s = v->save(); !s) {
        out << s.message() << Qt::endl;
        return 1;
    }
    out << "recovery code: " << code << Qt::endl;
    return 0;
}

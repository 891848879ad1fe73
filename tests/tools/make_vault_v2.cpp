// Wrote tests/data/vault-v2.kamae once: container format 2 (a zstd payload)
// with the schema of its day (tests/data/README.md). Kept for the record of
// how the fixture was made; do not run it again with a later Kamae, or the
// fixture stops standing for the files of its version.
#include "domain/Asset.h"
#include "domain/Organisation.h"
#include "domain/Person.h"
#include "store/AssetRepository.h"
#include "store/Migrations.h"
#include "store/OrganisationRepository.h"
#include "store/PeopleRepository.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace kamae;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 2) {
        out << "usage: make_vault_v2 OUTPUT.kamae" << Qt::endl;
        return 2;
    }
    vault::CreateOptions options;
    // Cheap on purpose: the tests open it on every run.
    options.kdf = {1024, 1, 1};
    vault::VaultStatus status;
    QString code;
    auto v =
        vault::Vault::create(QString::fromLocal8Bit(argv[1]), QStringLiteral("kamae-fixture-v2"),
                             QStringLiteral("株式会社かまえ試験二"), options, &code, &status);
    if (!v) {
        out << status.message() << Qt::endl;
        return 1;
    }
    const auto fail = [&out](const QString &message) {
        out << message << Qt::endl;
        return 1;
    };
    store::OrganisationRepository organisation(v->database());
    domain::Organisation org = organisation.load().value();
    org.industry = QStringLiteral("製造業");
    org.employees = 48;
    org.notes = QStringLiteral("vault-v2 fixture");
    if (Status s = organisation.save(org); !s)
        return fail(s.error());

    domain::Person owner;
    owner.name = QStringLiteral("佐藤 花子");
    owner.department = QStringLiteral("総務部");
    owner.email = QStringLiteral("hanako.sato@example.jp");
    const auto ownerId = store::PeopleRepository(v->database()).insert(owner);
    if (!ownerId)
        return fail(ownerId.error());

    domain::Asset ledger;
    ledger.businessArea = QStringLiteral("営業");
    ledger.name = QStringLiteral("顧客台帳");
    ledger.ownerDepartment = QStringLiteral("営業部");
    ledger.location = QStringLiteral("ファイルサーバ");
    ledger.personalData = domain::PersonalData::Personal;
    ledger.confidentiality = 3;
    ledger.integrity = 2;
    ledger.availability = 2;
    ledger.registered = QDate(2026, 4, 1);
    ledger.reviewed = QDate(2026, 10, 1);
    ledger.ownerId = *ownerId;
    domain::Asset server;
    server.name = QStringLiteral("ファイルサーバ");
    server.kind = domain::AssetKind::Device;
    server.vendor = QStringLiteral("Synology");
    server.product = QStringLiteral("DiskStation Manager");
    server.version = QStringLiteral("7.2");
    server.confidentiality = 2;
    server.integrity = 2;
    server.availability = 3;
    server.registered = QDate(2026, 4, 1);
    const auto ids = store::AssetRepository(v->database())
                         .insertMany({ledger, server}, QStringLiteral("make_vault_v2"));
    if (!ids)
        return fail(ids.error());

    if (vault::VaultStatus s = v->save(); !s)
        return fail(s.message());
    out << "schema " << store::latestSchemaVersion() << ", recovery code: " << code << Qt::endl;
    return 0;
}

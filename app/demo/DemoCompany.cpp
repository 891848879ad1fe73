#include "demo/DemoCompany.h"

#include "domain/Organisation.h"
#include "store/Database.h"
#include "store/OrganisationRepository.h"

#include <QSqlQuery>

namespace kamae {
namespace demo {

QString demoOrganisationName()
{
    return QStringLiteral("株式会社みなと精機");
}

Status populate(store::Database &db)
{
    store::OrganisationRepository repository(db);
    auto loaded = repository.load();
    if (!loaded)
        return Status::failure(loaded.error());
    domain::Organisation org = loaded.value();
    org.name = demoOrganisationName();
    org.industry = QStringLiteral("製造業（精密部品）");
    org.employees = 86;
    org.securityAction = domain::SecurityActionLevel::OneStar;
    org.notes = QStringLiteral("自動車・医療機器向けの精密切削部品。主要取引先3社とEDIで受発注。"
                               "IT担当は総務部の兼任1名、外部の保守業者と契約。");
    org.sites = {
        {0, QStringLiteral("本社・第一工場"), QStringLiteral("東京都大田区"), false,
         QStringLiteral("受発注・経理・設計。サーバ室あり")},
        {0, QStringLiteral("川崎第二工場"), QStringLiteral("神奈川県川崎市"), false,
         QStringLiteral("NC工作機械と生産管理端末")},
        {0, QStringLiteral("ホーチミン駐在事務所"), QStringLiteral("ベトナム"), true,
         QStringLiteral("現地調達・品質管理。本社VPNに常時接続")},
    };
    if (Status s = repository.save(org); !s)
        return s;

    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('demo', '1')"));
    if (!q.exec())
        return Status::failure(QStringLiteral("demo flag"));
    return {};
}

} // namespace demo
} // namespace kamae

#include "demo/DemoCompany.h"

#include "modules/Registry.h"
#include "organisation/OrganisationDemo.h"

#include "core/Clock.h"
#include "domain/Asset.h"
#include "domain/Backup.h"
#include "domain/Organisation.h"
#include "domain/PatchRules.h"
#include "feeds/Feed.h"
#include "score/Score.h"
#include "score/ScoreRepository.h"
#include "score/Snapshots.h"
#include "store/AssetRepository.h"
#include "store/BackupRepository.h"
#include "store/Database.h"
#include "store/FeedStore.h"
#include "store/OrganisationRepository.h"
#include "store/PatchRepository.h"
#include "store/PeopleRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cmath>

#include <QSqlQuery>

namespace kamae {
namespace demo {

QString demoOrganisationName()
{
    return organisation::demoName();
}

namespace {

// A year of history that tells the story: a slow climb after the first
// self-check, a fall when Emotet arrived by mail in June (mail and file
// server cut off, a restore that failed, updates put off), and the
// recovery since. It ends where today's data stands.
Status populateSnapshots(store::Database &db, const QDate &today)
{
    auto current = score::computeScore(db, today);
    if (!current)
        return Status::failure(current.error());
    const double now = current->total;
    // (days before today, total) anchors; straight lines between them.
    const QVector<std::pair<int, double>> anchors = {
        {365, 31.0}, {340, 33.5},     {330, 41.0},    {250, 45.5}, {185, 49.0},
        {168, 50.5}, {164, 38.0},     {158, 35.5},    {140, 39.0}, {100, 44.0},
        {60, 48.5},  {36, now - 2.5}, {1, now - 0.6},
    };
    QVector<score::Snapshot> snapshots;
    for (int i = 0; i + 1 < anchors.size(); ++i) {
        const auto [fromDays, fromTotal] = anchors.at(i);
        const auto [toDays, toTotal] = anchors.at(i + 1);
        // Kamae was opened every few days, more often around the incident.
        const int step = fromDays <= 170 && fromDays >= 140 ? 2 : 5;
        for (int d = fromDays; d > toDays; d -= step) {
            const double t = static_cast<double>(fromDays - d) / (fromDays - toDays);
            // A small wobble so the line looks like days, not a ruler.
            const double wobble = 0.6 * std::sin(d * 1.7);
            const double total =
                std::clamp(fromTotal + t * (toTotal - fromTotal) + wobble, 0.0, 100.0);
            score::Snapshot s;
            s.day = today.addDays(-d);
            s.takenAt = QDateTime(s.day, QTime(8, 30), QTimeZone::utc()).addSecs(-9 * 3600);
            s.total = std::round(total * 10.0) / 10.0;
            // Categories move with the total around today's shape.
            const double ratio = now > 0 ? total / now : 1.0;
            for (const score::CategoryScore &c : current->categories)
                s.categories[static_cast<int>(c.category)] =
                    c.applies ? std::clamp(std::round(c.percent() * ratio), 0.0, 100.0) : -1;
            for (const score::KindScore &k : current->kinds)
                s.kinds[static_cast<int>(k.kind)] =
                    k.maxPoints > 0 ? std::clamp(std::round(k.percent() * ratio), 0.0, 100.0) : -1;
            snapshots.append(s);
        }
    }
    score::Snapshot last;
    last.day = today.addDays(-1);
    last.takenAt = QDateTime(last.day, QTime(8, 30), QTimeZone::utc()).addSecs(-9 * 3600);
    last.total = std::round(anchors.constLast().second * 10.0) / 10.0;
    const score::Snapshot shape = score::snapshotOf(*current, last.takenAt, false);
    last.categories = shape.categories;
    last.kinds = shape.kinds;
    snapshots.append(last);
    return store::ScoreRepository(db).saveSnapshots(snapshots);
}

} // namespace

Status populate(store::Database &db)
{
    // Each module adds its records in the registry's order; later ones find
    // the ids of earlier ones' records in the context.
    modules::DemoContext context{db, clock::today(), {}};
    for (const modules::ModuleInfo *module : modules::all()) {
        if (!module->demo)
            continue;
        if (Status s = module->demo(context); !s)
            return s;
    }
    if (Status s = populateSnapshots(db, context.today); !s)
        return s;

    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('demo', '1')"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!q.exec())
        return Status::failure(QStringLiteral("demo flag"));
    return {};
}

DemoVault openDemoVault(const QString &path, const vault::CreateOptions &options)
{
    const QString passphrase = QString::fromLatin1(kDemoPassphrase);
    DemoVault demo;
    if (QFileInfo::exists(path)) {
        demo.vault = vault::Vault::open(path, passphrase, &demo.status);
        return demo;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString code; // anyone may open the demo: its code is not worth keeping
    demo.vault = vault::Vault::create(path, passphrase, demoOrganisationName(), options, &code,
                                      &demo.status);
    if (!demo.vault)
        return demo;
    Status filled = populate(demo.vault->database());
    if (filled) {
        if (const vault::VaultStatus saved = demo.vault->save(); !saved)
            filled = Status::failure(saved.message());
    }
    if (!filled) {
        demo.vault->close();
        demo.vault.reset();
        QFile::remove(path);
        demo.problem = filled.error();
    }
    return demo;
}

} // namespace demo
} // namespace kamae

#include "modules/Keys.h"
#include "modules/Module.h"
#include "core/Clock.h"
#include "domain/Asset.h"
#include "domain/Backup.h"
#include "domain/Organisation.h"
#include "domain/PatchRules.h"
#include "feeds/Feed.h"
#include "score/Score.h"
#include "score/Snapshots.h"
#include "store/AssetRepository.h"
#include "store/BackupRepository.h"
#include "store/Database.h"
#include "store/FeedStore.h"
#include "store/OrganisationRepository.h"
#include "store/PatchRepository.h"
#include "store/PeopleRepository.h"
#include "score/ScoreRepository.h"

#include <QHash>

#include <cmath>

#include <QSqlQuery>

#include <QHash>
#include <QSqlQuery>

#include <cmath>

namespace kamae {
namespace score {

namespace {

// Two self-checks a year apart: the first after a customer asked for it
// (weak), the second this autumn (better, but the backup answer is more
// than the records show and there is no written basic policy yet, so ★★
// is not within reach).
Status populateSelfChecks(store::Database &db, const QDate &today)
{
    using score::Answer;
    const Answer Y = Answer::Implemented;
    const Answer P = Answer::Partly;
    const Answer N = Answer::NotImplemented;
    const Answer U = Answer::DontKnow;
    const QStringList keys = [] {
        QStringList k;
        for (const score::Question &q : score::questions())
            k << q.key;
        return k;
    }();
    // In catalogue order: ipa01–ipa25, then mfa, bcp.plan, bcp.review,
    // incident.reporting, supplychain.sites, policy.
    const QVector<Answer> first = {P, Y, P, P, N, P, Y, N, Y, U, Y, P, N, P, Y, N,
                                   Y, P, P, N, U, N, P, N, N, N, N, N, N, N, N};
    const QVector<Answer> second = {Y, Y, Y, Y, Y, Y, Y, P, Y, P, Y, Y, P, Y, Y, P,
                                    Y, Y, Y, P, P, P, Y, Y, P, Y, P, N, P, P, N};
    store::ScoreRepository repository(db);
    const QVector<std::pair<QDate, QVector<Answer>>> sittings = {
        {today.addDays(-347), first},
        {today.addDays(-38), second},
    };
    for (const auto &[taken, answers] : sittings) {
        score::Assessment a;
        a.taken = taken;
        for (int i = 0; i < keys.size() && i < answers.size(); ++i)
            a.answers.insert(keys.at(i), answers.at(i));
        if (auto saved = repository.saveAssessment(a); !saved)
            return Status::failure(saved.error());
    }
    return {};
}

} // namespace

Status populateSelfAssessmentDemo(modules::DemoContext &context)
{
    return populateSelfChecks(context.db, context.today);
}

} // namespace score
} // namespace kamae

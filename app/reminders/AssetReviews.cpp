#include "domain/AssetRules.h"
#include "reminders/Reminders.h"
#include "score/ScoreCache.h"

namespace kamae {
namespace reminders {

namespace {
struct AssetReviewText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::reminders::AssetReviewText)
};
} // namespace

// The register's yearly review as one reminder, not one per asset: a
// register of thousands would otherwise bury every other duty.
Result<QVector<Reminder>> assetReviewReminders(store::Database &db, const QDate &today)
{
    // From the score's input (score::ScoreCache), read once for both.
    const auto input = score::ScoreCache::inputOf(db);
    if (!input)
        return input.asFailure();
    // Each row is due twelve months after its registration or last review,
    // whichever is later (domain::reviewDue); a row with neither date is due
    // today, never "overdue" since a date nobody recorded. Rows due later
    // than the "soon" window are not counted at all.
    int count = 0;
    int overdue = 0;
    QDate oldestDue;
    for (const domain::Asset &a : input->assets) {
        QDate due = domain::reviewDue(a);
        if (!due.isValid())
            due = today;
        if (due > today.addDays(kDueSoonDays))
            continue;
        ++count;
        if (due < today)
            ++overdue;
        if (!oldestDue.isValid() || due < oldestDue)
            oldestDue = due;
    }
    if (count == 0)
        return QVector<Reminder>();
    Reminder r;
    r.uid = QStringLiteral("asset-review");
    r.module = modules::key::Assets;
    r.kind = kind::AssetReview;
    r.title = AssetReviewText::tr("Review %n asset(s) in the register", nullptr, count);
    r.detail = AssetReviewText::tr("Each row of the register is reviewed at least once a year: "
                                   "is it still used, is its owner and rating still right?");
    if (overdue > 0)
        r.detail += QLatin1Char(' ') +
                    AssetReviewText::tr("%n of them are past their review date.", nullptr, overdue);
    r.due = oldestDue;
    r.state = stateFor(r.due, today, kDueSoonDays);
    r.severity = ReminderSeverity::Low;
    return QVector<Reminder>{r};
}

} // namespace reminders
} // namespace kamae

#pragma once

#include "bcp/BcpRecords.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

// A published version freezes the whole plan as JSON; a version is read
// back whole, compared with the draft section by section, and a draft can
// be made from it again (BcpRepository::restoreVersion). Pure functions.
namespace kamae {
namespace bcp {

// The plan as the JSON a version stores (every field, ids included), and
// back. Unknown keys are ignored; a missing list is empty.
QByteArray planToJson(const domain::BcpPlan &plan);
Result<domain::BcpPlan> planFromJson(const QByteArray &json);

// The sections a comparison speaks of, in the plan's order.
enum class PlanPart
{
    Policy = 0,  // 様式02
    Roles,       // 様式03
    Card,        // 様式04
    Businesses,  // 様式06 with 08, 15, 17 per business
    Bottlenecks, // 様式16-2
    Investments, // 様式09
    Contacts,    // 様式11, 12
    Insurance,   // 様式18
    Scenarios,   // the cyber scenarios
    Response,    // first response
    Language,    // the language the plan is written in (compared first)
};
constexpr int kPlanPartCount = 11;

enum class ChangeKind
{
    Added = 0,
    Removed = 1,
    Changed = 2,
};

// One item of a section that differs: a list entry (matched by id) or the
// section's text.
struct PlanChange
{
    ChangeKind kind = ChangeKind::Changed;
    qint64 id = 0;  // the entry's id; 0 for a prose section
    QString item;   // its name: "受注・出荷", the role's title
    QString detail; // what changed in words ("RTO 24 h → 8 h"); empty for added/removed
};

struct SectionChanges
{
    PlanPart part = PlanPart::Policy;
    QVector<PlanChange> changes;
};

// What the asset and people ids in a plan are called, for the words.
struct PlanNames
{
    QHash<qint64, QString> assets;
    QHash<qint64, QString> people;
};

// `from` (a version) compared with `to` (the draft, or a later version):
// the sections with at least one change, in the plan's order (a change of
// its language first).
QVector<SectionChanges> comparePlans(const domain::BcpPlan &from, const domain::BcpPlan &to,
                                     const PlanNames &names = {});

struct BcpVersionText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::bcp::BcpVersions)

public:
    static QString partName(PlanPart part);
    // "Japanese", "English": a plan's language in words.
    static QString languageName(const QString &language);
};

} // namespace bcp
} // namespace kamae

#include "score/Evidence.h"

#include "backups/BackupRules.h"
#include "domain/PatchRules.h"
#include "i18n/Language.h"
#include "modules/Module.h"
#include "modules/Registry.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace kamae {
namespace score {

namespace {

struct EvidenceText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::score::EvidenceText)
};

Evidence make(const char *key, const QString &text, bool supports, Place place, qint64 recordId = 0)
{
    Evidence e;
    e.questionKey = QString::fromLatin1(key);
    e.text = text;
    e.supports = supports;
    e.place = place;
    e.recordId = recordId;
    return e;
}

// Question 1: operating systems and software up to date.
QVector<Evidence> updates(const ScoreInput &input, const QDate &today)
{
    qint64 exploited = 0;
    qint64 overdue = 0;
    qint64 open = 0;
    for (const domain::PatchItem &p : input.patches) {
        if (!domain::isOpen(p))
            continue;
        ++open;
        exploited += p.knownExploited ? 1 : 0;
        overdue += domain::isOverdue(p, today) ? 1 : 0;
    }
    qint64 runs = 0;
    qint64 unsupported = 0;
    for (const domain::Asset &a : input.assets) {
        if (a.kind != domain::AssetKind::Device && a.kind != domain::AssetKind::Software)
            continue;
        ++runs;
        unsupported += a.endOfSupport ? 1 : 0;
    }
    if (input.patches.isEmpty() && runs == 0)
        return {};
    QVector<Evidence> out;
    if (exploited > 0)
        out << make("ipa01",
                    EvidenceText::tr("%n known-exploited vulnerability(ies) still open.", nullptr,
                                     static_cast<int>(exploited)),
                    false, modules::key::Patches);
    if (overdue > 0)
        out << make("ipa01",
                    EvidenceText::tr("%n update(s) past their due date.", nullptr,
                                     static_cast<int>(overdue)),
                    false, modules::key::Patches);
    if (unsupported > 0)
        out << make("ipa01",
                    EvidenceText::tr("%n device(s) or software at end of support.", nullptr,
                                     static_cast<int>(unsupported)),
                    false, modules::key::Assets);
    // "Nothing overdue" confirms the answer only when something was
    // recorded to be overdue: a patch item, or a current feed that would
    // have turned up a known-exploited hole. An empty record is no evidence.
    if (out.isEmpty() && (!input.patches.isEmpty() || feedIsCurrent(input, today)))
        out << make(
            "ipa01",
            EvidenceText::tr("No overdue or known-exploited update; %n open patch item(s) within "
                             "their dates.",
                             nullptr, static_cast<int>(open)),
            true, modules::key::Patches);
    return out;
}

// Question 11: backups. Kamae's own vault job is left out: the question is
// about the company's data, and a new vault's never-copied job would
// otherwise contradict every answer on the first day.
QVector<Evidence> backupEvidence(const ScoreInput &input, const QDate &today)
{
    QHash<qint64, QVector<domain::BackupEvent>> eventsByJob;
    for (const domain::BackupEvent &e : input.backupEvents)
        eventsByJob[e.jobId].append(e);
    QVector<Evidence> out;
    int jobs = 0;
    for (const domain::BackupJob &j : input.backupJobs) {
        if (!j.builtin.isEmpty())
            continue;
        ++jobs;
        const backups::JobLog log = backups::summarize(j.id, eventsByJob.value(j.id));
        const QDate last = log.lastRestoreTest.date;
        if (!last.isValid())
            out << make("ipa11", EvidenceText::tr("“%1” has never had a restore test.").arg(j.name),
                        false, modules::key::Backups, j.id);
        else if (last.daysTo(today) > kRestoreTestStaleDays)
            out << make("ipa11",
                        EvidenceText::tr("The last restore test of “%1” was %n day(s) ago.",
                                         nullptr, static_cast<int>(last.daysTo(today)))
                            .arg(j.name),
                        false, modules::key::Backups, j.id);
        else if (log.lastRestoreTest.result == domain::BackupResult::Failed)
            out << make("ipa11",
                        EvidenceText::tr("The last restore test of “%1” failed.").arg(j.name),
                        false, modules::key::Backups, j.id);
        if (!backups::hasOfflineCopy(j) &&
            std::none_of(j.copies.cbegin(), j.copies.cend(),
                         [](const domain::BackupCopy &c) { return c.immutable; }))
            out << make("ipa11",
                        EvidenceText::tr("“%1” has no offline or immutable copy.").arg(j.name),
                        false, modules::key::Backups, j.id);
    }
    if (jobs == 0)
        return {make("ipa11", EvidenceText::tr("No backup job of the company's data is recorded."),
                     false, modules::key::Backups)};
    if (out.isEmpty())
        out << make(
            "ipa11",
            EvidenceText::tr("All %n backup job(s) passed a restore test within a year and keep an "
                             "offline or immutable copy.",
                             nullptr, jobs),
            true, modules::key::Backups);
    return out;
}

// Kamae's MFA question.
QVector<Evidence> mfa(const ScoreInput &input)
{
    QStringList off;
    int n = 0;
    qint64 firstOff = 0;
    for (const domain::Asset &a : input.assets) {
        if (!a.internetFacing || a.mfa == domain::Mfa::NotApplicable)
            continue;
        ++n;
        if (a.mfa == domain::Mfa::Off) {
            if (off.isEmpty())
                firstOff = a.id;
            off << a.name;
        }
    }
    if (n == 0)
        return {};
    if (off.isEmpty())
        return {make("kamae.mfa",
                     EvidenceText::tr("MFA is on for all %n internet-facing login(s).", nullptr, n),
                     true, modules::key::Assets)};
    const int shown = 3;
    QString names = off.mid(0, shown).join(EvidenceText::tr(", "));
    if (off.size() > shown)
        names = EvidenceText::tr("%1 and %n more", nullptr, static_cast<int>(off.size() - shown))
                    .arg(names);
    return {make("kamae.mfa",
                 EvidenceText::tr("MFA is off on %n internet-facing login(s): %1.", nullptr,
                                  static_cast<int>(off.size()))
                     .arg(names),
                 false, modules::key::Assets, firstOff)};
}

// Kamae's overseas question: the register of sites says whether there are any.
QVector<Evidence> sites(const ScoreInput &input)
{
    const int overseas = input.organisation.overseasSiteCount();
    if (overseas == 0)
        return {};
    return {make("kamae.supplychain.sites",
                 EvidenceText::tr("%n overseas site(s) registered on the Organisation page.",
                                  nullptr, overseas),
                 true, modules::key::Organisation)};
}

void markContradictions(QVector<Evidence> &all, const ScoreInput &input)
{
    for (Evidence &e : all) {
        const Answer a =
            input.assessment ? input.assessment->answer(e.questionKey) : Answer::Unanswered;
        e.contradicts = isContradiction(e, a);
    }
}

} // namespace

QVector<Evidence> evidence(const ScoreInput &input, const QDate &today)
{
    QVector<Evidence> all;
    all += updates(input, today);
    all += backupEvidence(input, today);
    all += mfa(input);
    all += sites(input);
    for (const modules::ModuleInfo *m : modules::all())
        if (m->evidence)
            all += m->evidence(input, today);
    // The modules' lines (training: questions 6 and 20) come last from
    // their sources: keep the promised question order.
    std::stable_sort(all.begin(), all.end(), [](const Evidence &a, const Evidence &b) {
        const Question *qa = findQuestion(a.questionKey);
        const Question *qb = findQuestion(b.questionKey);
        return (qa ? qa->number : 0) < (qb ? qb->number : 0);
    });
    markContradictions(all, input);
    return all;
}

QVector<Evidence> evidenceFor(const QString &questionKey, const ScoreInput &input,
                              const QDate &today)
{
    QVector<Evidence> out;
    for (const Evidence &e : evidence(input, today)) {
        if (e.questionKey == questionKey)
            out.append(e);
    }
    return out;
}

QString notApplicableReason(const QString &questionKey, const ScoreInput &input)
{
    if (questionKey == QLatin1String("kamae.supplychain.sites")) {
        const domain::Organisation &org = input.organisation;
        // No site recorded says nothing: the company may simply not have
        // filled in the page yet.
        if (org.sites.isEmpty() || org.overseasSiteCount() > 0)
            return QString();
        return EvidenceText::tr("%n site(s) on the Organisation page, none overseas (Kamae "
                                "keeps no list of suppliers).",
                                nullptr, static_cast<int>(org.sites.size()));
    }
    return QString();
}

bool notApplicable(const QString &questionKey, const ScoreInput &input,
                   const Assessment *assessment)
{
    const Answer a = assessment ? assessment->answer(questionKey) : Answer::Unanswered;
    return a == Answer::Unanswered && !notApplicableReason(questionKey, input).isEmpty();
}

bool isContradiction(const Evidence &evidence, Answer answer)
{
    if (!evidence.supports)
        return answer == Answer::Implemented;
    return evidence.measures && answer == Answer::NotImplemented;
}

bool measuredByRecords(const QString &questionKey, const QVector<Evidence> &all)
{
    return std::any_of(all.cbegin(), all.cend(), [&questionKey](const Evidence &e) {
        return e.questionKey == questionKey && e.measures;
    });
}

bool contradicted(const QString &questionKey, const QVector<Evidence> &all)
{
    return std::any_of(all.cbegin(), all.cend(), [&questionKey](const Evidence &e) {
        return e.questionKey == questionKey && e.contradicts;
    });
}

} // namespace score
} // namespace kamae

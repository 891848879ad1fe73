#include "incidents/IncidentScore.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "incidents/IncidentDeadlines.h"
#include "incidents/IncidentPlaybooks.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentsModule.h"
#include "score/FactorSupport.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace kamae {
namespace incidents {

using namespace domain;

namespace {

struct IncidentFactorText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::incidents::IncidentFactorText)

public:
    static QString group(ContactGroup g)
    {
        switch (g) {
        case ContactGroup::Ipa:
            return tr("IPA's consultation desk");
        case ContactGroup::Police:
            return tr("the police cyber crime desk");
        case ContactGroup::Ppc:
            return tr("the Personal Information Protection Commission");
        case ContactGroup::Experts:
            return tr("an IT vendor or Otasuketai provider");
        case ContactGroup::Responder:
            return tr("an own responder");
        }
        return {};
    }
};
using namespace score::support;

// The day an incident counts as reviewed: a drill on the day it was held,
// a real incident on the day it was resolved once closed with its lessons.
QDate reviewDate(const Incident &i, const QTimeZone &zone)
{
    if (i.drill)
        return i.detected.isValid() ? i.detected.toTimeZone(zone).date() : QDate();
    if (i.status != IncidentStatus::Closed || i.lessons.trimmed().isEmpty())
        return {};
    const QDateTime at = i.resolved.isValid() ? i.resolved : i.detected;
    return at.isValid() ? at.toTimeZone(zone).date() : QDate();
}

} // namespace

Result<std::any> loadScoreData(store::Database &db)
{
    store::IncidentRepository repo(db);
    ScoreData data;
    for (const Status &read : {score::readInto(repo.contacts(), data.contacts),
                               score::readInto(repo.partners(), data.partners),
                               score::readInto(repo.playbooks(), data.playbooks),
                               score::readInto(repo.incidents(), data.incidents)})
        if (!read)
            return read.asFailure();
    data.zone = clock::timeZone();
    return std::any(std::move(data));
}

const ScoreData *scoreDataOf(const score::ScoreInput &input)
{
    return score::moduleDataOf<ScoreData>(input, ModuleKey);
}

QString contactGroupName(ContactGroup group)
{
    return IncidentFactorText::group(group);
}

ContactState contactState(const IncidentContact &contact, const QDate &today)
{
    if (!contact.reachable())
        return ContactState::Unreachable;
    if (!contact.checked.isValid())
        return ContactState::NeverChecked;
    return checkedRecently(contact, today) ? ContactState::Ok : ContactState::Stale;
}

bool inGroup(const IncidentContact &c, ContactGroup group)
{
    switch (group) {
    case ContactGroup::Ipa:
        return c.kind == ContactKind::IpaDesk;
    case ContactGroup::Police:
        return c.kind == ContactKind::Police;
    case ContactGroup::Ppc:
        return c.kind == ContactKind::Ppc;
    case ContactGroup::Experts:
        return c.kind == ContactKind::ItVendor || c.kind == ContactKind::Otasuketai;
    case ContactGroup::Responder:
        return c.kind == ContactKind::Responder;
    }
    return false;
}

bool checkedRecently(const IncidentContact &c, const QDate &today)
{
    return c.checked.isValid() && c.checked <= today &&
           c.checked.daysTo(today) <= kReviewIntervalDays;
}

Summary summarize(const ScoreData &data, const QDate &today)
{
    Summary s;
    s.anything = !data.contacts.isEmpty() || !data.partners.isEmpty() ||
                 !data.playbooks.isEmpty() || !data.incidents.isEmpty();
    for (int g = 0; g < kContactGroupCount; ++g) {
        const auto group = static_cast<ContactGroup>(g);
        bool met = false;
        for (const IncidentContact &c : data.contacts)
            met = met || (inGroup(c, group) && c.reachable() && checkedRecently(c, today));
        if (met)
            ++s.groupsMet;
        else
            s.missing << group;
    }
    for (const IncidentContact &c : data.contacts)
        if (!checkedRecently(c, today))
            ++s.contactsStale;
    for (IncidentKind kind : mainKinds())
        for (const Playbook &p : data.playbooks)
            if (p.kind == kind && !p.steps.isEmpty())
                ++s.mainPlaybooks;
    for (const IncidentPartner &p : data.partners)
        if (!p.address.trimmed().isEmpty() || !p.contact.trimmed().isEmpty())
            ++s.partners;
    for (const Incident &i : data.incidents) {
        const QDate d = reviewDate(i, data.zone);
        if (d.isValid() && d <= today && (!s.lastReview.isValid() || d > s.lastReview))
            s.lastReview = d;
        const LegalClock c = legalClock(i, data.zone);
        if (!c.applies)
            continue;
        if (!c.preliminaryMade.isValid() && c.preliminaryDue < today)
            ++s.reportsOverdue;
        if (!c.finalMade.isValid() && c.finalDue < today)
            ++s.reportsOverdue;
    }
    return s;
}

QVector<score::Factor> incidentFactors(const score::ScoreInput &input, const QDate &today)
{
    static const ScoreData none;
    const ScoreData *loaded = scoreDataOf(input);
    const ScoreData &data = loaded ? *loaded : none;
    const Summary s = summarize(data, today);
    // Nothing recorded: no factor, and the answers to ipa24 and
    // kamae.incident.reporting hold the measure as before.
    if (!s.anything)
        return {};
    const auto make = [](const char *id, double weight) {
        return factor(id, score::Category::Incidents, score::MeasureKind::Human, weight, ModuleKey);
    };
    score::Factor contacts = make("incidents.contacts", 2);
    contacts.title = IncidentFactorText::tr("Whom to call: contacts complete and checked in the "
                                            "last 12 months");
    score::Factor playbooks = make("incidents.playbooks", 2);
    playbooks.title = IncidentFactorText::tr("Playbooks for the main kinds of incident");
    score::Factor partners = make("incidents.partners", 1);
    partners.title = IncidentFactorText::tr("Business partners to inform");
    score::Factor review = make("incidents.review", 2);
    review.title = IncidentFactorText::tr("An incident drill or review in the last 12 months");

    contacts.value = share(s.groupsMet, kContactGroupCount);
    contacts.inputs =
        IncidentFactorText::tr("%1 of %2 kinds of contact are listed and checked within 12 "
                               "months.")
            .arg(s.groupsMet)
            .arg(kContactGroupCount);
    if (s.groupsMet == 0)
        contacts.measured = false;
    if (contacts.value < 1.0) {
        QStringList names;
        for (ContactGroup g : s.missing)
            names << IncidentFactorText::group(g);
        contacts.actions.append(action(contacts.id,
                                       IncidentFactorText::tr("Add or check the contacts: %1")
                                           .arg(names.join(IncidentFactorText::tr(", "))),
                                       1.0 - contacts.value, score::Effort::Hours, ModuleKey));
    }

    const int kinds = static_cast<int>(mainKinds().size());
    playbooks.value = share(s.mainPlaybooks, kinds);
    playbooks.inputs = IncidentFactorText::tr("%1 of %2 main kinds have a playbook.")
                           .arg(s.mainPlaybooks)
                           .arg(kinds);
    if (s.mainPlaybooks == 0)
        playbooks.measured = false;
    if (playbooks.value < 1.0)
        playbooks.actions.append(action(
            playbooks.id,
            IncidentFactorText::tr("Adopt the playbooks for ransomware, Emotet, unauthorised "
                                   "access and information leaks"),
            1.0 - playbooks.value, score::Effort::Hours, ModuleKey));

    if (s.partners == 0) {
        partners.measured = false;
        partners.inputs = IncidentFactorText::tr("No business partner to inform is listed.");
        partners.actions.append(action(partners.id,
                                       IncidentFactorText::tr("List the business partners and "
                                                              "overseas sites to inform"),
                                       1.0, score::Effort::Hours, ModuleKey));
    } else {
        partners.value = 1.0;
        partners.inputs =
            IncidentFactorText::tr("%n partner(s) to inform are listed.", nullptr, s.partners);
    }

    if (!s.lastReview.isValid()) {
        review.measured = false;
        review.inputs = IncidentFactorText::tr(
            "No incident drill, and no closed incident with its lessons learned, is recorded.");
        review.actions.append(action(review.id,
                                     IncidentFactorText::tr("Hold an incident drill and record "
                                                            "its lessons"),
                                     1.0, score::Effort::Hours, ModuleKey));
    } else {
        review.value = recency(s.lastReview, kReviewIntervalDays, today);
        review.inputs = IncidentFactorText::tr("The last drill or incident review was on %1.")
                            .arg(i18n::formatDate(s.lastReview));
        if (review.value < 1.0)
            review.actions.append(action(review.id,
                                         IncidentFactorText::tr("Hold an incident drill (last: "
                                                                "%1)")
                                             .arg(i18n::formatDate(s.lastReview)),
                                         1.0 - review.value, score::Effort::Hours, ModuleKey));
    }
    return {contacts, playbooks, partners, review};
}

QVector<score::Evidence> incidentEvidence(const score::ScoreInput &input, const QDate &today)
{
    const ScoreData *data = scoreDataOf(input);
    if (!data)
        return {};
    const Summary s = summarize(*data, today);
    if (!s.anything)
        return {};
    const auto make = [](const char *key, const QString &text, bool supports) {
        score::Evidence e;
        e.questionKey = QString::fromLatin1(key);
        e.text = text;
        e.supports = supports;
        e.measures = true;
        e.place = ModuleKey;
        return e;
    };
    const int kinds = static_cast<int>(mainKinds().size());
    const bool ready = s.groupsMet == kContactGroupCount && s.mainPlaybooks == kinds;
    QVector<score::Evidence> out;
    out << make("ipa24",
                IncidentFactorText::tr("Incident records: %1 of %2 kinds of contact checked, "
                                       "%3 of %4 playbooks.")
                    .arg(s.groupsMet)
                    .arg(kContactGroupCount)
                    .arg(s.mainPlaybooks)
                    .arg(kinds),
                ready);
    bool reporting = s.reportsOverdue == 0 && s.partners > 0;
    for (ContactGroup g : s.missing)
        reporting = reporting && g != ContactGroup::Police && g != ContactGroup::Ppc;
    QString text;
    if (s.reportsOverdue > 0)
        text = IncidentFactorText::tr("Incident records: %n legal report(s) overdue.", nullptr,
                                      s.reportsOverdue);
    else if (reporting)
        text = IncidentFactorText::tr(
            "Incident records: the police, the Commission and %n partner(s) to inform are "
            "listed.",
            nullptr, s.partners);
    else
        text = IncidentFactorText::tr(
            "Incident records: the police, the Commission or the partners to inform are "
            "missing.");
    out << make("kamae.incident.reporting", text, reporting);
    return out;
}

// ---- Reminders -------------------------------------------------------------

namespace {

struct IncidentReminderText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::incidents::IncidentReminderText)
};

QString nameOf(const Incident &i)
{
    return i.title.trimmed().isEmpty() ? IncidentRecordText::incidentKind(i.kind)
                                       : i.title.trimmed();
}

} // namespace

QVector<reminders::Reminder> incidentReminders(const ScoreData &data, const QDate &today)
{
    QVector<reminders::Reminder> out;
    const auto make = [&](const QString &uid, const QString &kind, qint64 record, const QDate &due,
                          reminders::ReminderSeverity severity) {
        reminders::Reminder r;
        r.uid = uid;
        r.module = ModuleKey;
        r.kind = kind;
        r.recordId = record;
        r.due = due;
        r.state = reminders::stateFor(due, today, reminders::kDueSoonDays);
        r.severity = severity;
        return r;
    };
    for (const Incident &i : data.incidents) {
        const LegalClock c = legalClock(i, data.zone);
        if (c.applies) {
            QStringList because;
            for (ReportTrigger t : c.triggers)
                because << DeadlineText::trigger(t);
            const QString why = IncidentReminderText::tr("%1: aware on %2; reportable because of "
                                                         "%3.")
                                    .arg(nameOf(i), i18n::formatDate(c.aware),
                                         because.join(IncidentReminderText::tr(", ")));
            if (!c.preliminaryMade.isValid()) {
                reminders::Reminder r = make(
                    QStringLiteral("incident-%1-ppc-preliminary").arg(i.id), kind::PpcPreliminary,
                    i.id, c.preliminaryDue, reminders::ReminderSeverity::Critical);
                r.title = IncidentReminderText::tr(
                    "Preliminary leak report to the Personal Information Protection Commission");
                r.detail = why + QLatin1Char(' ') +
                           IncidentReminderText::tr("Report promptly: by %1 (the guideline "
                                                    "says about 3 to 5 days, to %2).")
                               .arg(i18n::formatDate(c.preliminaryDue),
                                    i18n::formatDate(c.preliminaryLatest));
                out << r;
            }
            if (!c.finalMade.isValid()) {
                reminders::Reminder r =
                    make(QStringLiteral("incident-%1-ppc-final").arg(i.id), kind::PpcFinal, i.id,
                         c.finalDue, reminders::ReminderSeverity::Critical);
                r.title = IncidentReminderText::tr(
                    "Final leak report to the Personal Information Protection Commission");
                r.detail = why + QLatin1Char(' ') +
                           IncidentReminderText::tr("The final report is due within %n day(s), "
                                                    "by %1.",
                                                    nullptr, c.finalDays)
                               .arg(i18n::formatDate(c.finalDue));
                out << r;
            }
            if (!c.individualsNotified.isValid()) {
                reminders::Reminder r =
                    make(QStringLiteral("incident-%1-notify").arg(i.id), kind::NotifyIndividuals,
                         i.id, c.preliminaryDue, reminders::ReminderSeverity::High);
                r.title = IncidentReminderText::tr("Notify the people whose data leaked");
                r.detail = why + QLatin1Char(' ') +
                           IncidentReminderText::tr(
                               "The law asks to notify them promptly, as the situation allows, "
                               "or to publish a notice where they cannot be reached.");
                out << r;
            }
        }
        for (const IncidentAction &a : i.actions) {
            if (a.done.isValid() || !a.due.isValid())
                continue;
            reminders::Reminder r =
                make(QStringLiteral("incident-action-%1").arg(a.id), kind::FollowUp, i.id, a.due,
                     reminders::ReminderSeverity::Low);
            r.title = IncidentReminderText::tr("Incident follow-up: %1").arg(a.text);
            r.detail = IncidentReminderText::tr("From the incident \"%1\".").arg(nameOf(i));
            out << r;
        }
    }
    if (!data.contacts.isEmpty()) {
        QDate oldest;
        bool never = false;
        for (const IncidentContact &c : data.contacts) {
            if (!c.checked.isValid())
                never = true;
            else if (!oldest.isValid() || c.checked < oldest)
                oldest = c.checked;
        }
        reminders::Reminder r = make(QStringLiteral("incident-contacts-check"), kind::ContactsCheck,
                                     0, never || !oldest.isValid() ? today : oldest.addMonths(12),
                                     reminders::ReminderSeverity::Medium);
        r.title = IncidentReminderText::tr("Check the incident contacts");
        r.detail = never ? IncidentReminderText::tr(
                               "Some contacts were never checked; call or look up each and "
                               "record the date.")
                         : IncidentReminderText::tr("The oldest check was on %1; numbers and "
                                                    "pages change.")
                               .arg(i18n::formatDate(oldest));
        r.lastDone = oldest;
        r.recurring = true;
        r.recurrence = domain::Schedule::everyNDays(kReviewIntervalDays);
        out << r;
    }
    return out;
}

Result<QVector<reminders::Reminder>> incidentReminderSource(store::Database &db, const QDate &today)
{
    return score::remindersFromScoreData<ScoreData>(loadScoreData(db), incidentReminders, today);
}

} // namespace incidents
} // namespace kamae

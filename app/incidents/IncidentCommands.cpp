#include "incidents/IncidentCommands.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "incidents/IncidentDeadlines.h"
#include "incidents/IncidentDefaults.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentScore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace kamae {
namespace incidents {

using namespace domain;

namespace {

struct IncidentCommandText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::incidents::IncidentCommands)
};

constexpr const char *kContext = "kamae::incidents::IncidentCommands";

const char *const kListUsage = QT_TRANSLATE_NOOP("kamae::incidents::IncidentCommands",
                                                 "Usage: kamae incidents list VAULT [--json]");
const char *const kNewUsage = QT_TRANSLATE_NOOP(
    "kamae::incidents::IncidentCommands",
    "Usage: kamae incidents new VAULT --kind KIND --detected YYYY-MM-DD[THH:MM] [--title TEXT]");
const char *const kContactsUsage = QT_TRANSLATE_NOOP("kamae::incidents::IncidentCommands",
                                                     "Usage: kamae contacts list VAULT [--json]");

QString usage(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

// An instant as the user's local time, "2026-06-20T09:30:00+09:00".
QJsonValue timeValue(const QDateTime &t, const QTimeZone &zone)
{
    return t.isValid() ? QJsonValue(t.toTimeZone(zone).toString(Qt::ISODate)) : QJsonValue();
}

QString localText(const QDateTime &t, const QTimeZone &zone)
{
    if (!t.isValid())
        return QString();
    const QDateTime local = t.toTimeZone(zone);
    return i18n::formatDate(local.date()) + QLatin1Char(' ') +
           local.time().toString(QStringLiteral("HH:mm"));
}

QString triggerKey(ReportTrigger t)
{
    switch (t) {
    case ReportTrigger::Sensitive:
        return QStringLiteral("sensitive");
    case ReportTrigger::FinancialHarm:
        return QStringLiteral("financial_harm");
    case ReportTrigger::Malice:
        return QStringLiteral("malice");
    case ReportTrigger::OverThousand:
        return QStringLiteral("over_1000_people");
    }
    return {};
}

int listCommand(modules::CommandCall &call)
{
    if (call.positional().size() != 1)
        return call.fail(usage(kListUsage), modules::CommandError::Usage);
    store::Database *db = call.openVault(false);
    if (!db)
        return call.exitCode();
    const auto list = store::IncidentRepository(*db).incidents();
    if (!list)
        return call.fail(list.error());
    const QTimeZone zone = clock::timeZone();
    QTextStream &out = call.out();
    if (call.has(QStringLiteral("json"))) {
        QJsonArray items;
        for (const Incident &i : *list) {
            const LegalClock c = legalClock(i, zone);
            QJsonArray triggers;
            for (ReportTrigger t : c.triggers)
                triggers.append(triggerKey(t));
            items.append(QJsonObject{
                {QStringLiteral("id"), i.id},
                {QStringLiteral("kind"), incidentKindKey(i.kind)},
                {QStringLiteral("title"), i.title},
                {QStringLiteral("status"), incidentStatusKey(i.status)},
                {QStringLiteral("drill"), i.drill},
                {QStringLiteral("occurred"), timeValue(i.occurred, zone)},
                {QStringLiteral("detected"), timeValue(i.detected, zone)},
                {QStringLiteral("aware"), timeValue(i.aware, zone)},
                {QStringLiteral("contained"), timeValue(i.contained, zone)},
                {QStringLiteral("resolved"), timeValue(i.resolved, zone)},
                {QStringLiteral("people"),
                 i.personal.people >= 0 ? QJsonValue(i.personal.people) : QJsonValue()},
                {QStringLiteral("timeline_entries"), static_cast<int>(i.timeline.size())},
                {QStringLiteral("report_due"), c.applies},
                {QStringLiteral("triggers"), triggers},
                {QStringLiteral("aware_day"), dateValue(c.aware)},
                {QStringLiteral("preliminary_due"), dateValue(c.preliminaryDue)},
                {QStringLiteral("final_due"), dateValue(c.finalDue)},
                {QStringLiteral("preliminary_made"), dateValue(c.preliminaryMade)},
                {QStringLiteral("final_made"), dateValue(c.finalMade)},
                {QStringLiteral("individuals_notified"), dateValue(c.individualsNotified)},
            });
        }
        out << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (list->isEmpty()) {
        out << IncidentCommandText::tr("No incident is recorded.") << '\n';
        return 0;
    }
    for (const Incident &i : *list) {
        const QString title = i.title.trimmed().isEmpty() ? IncidentRecordText::incidentKind(i.kind)
                                                          : i.title.trimmed();
        out << i.id << '\t' << localText(i.detected, zone) << '\t'
            << IncidentRecordText::incidentKind(i.kind) << '\t'
            << IncidentRecordText::status(i.status) << '\t' << title
            << (i.drill ? IncidentCommandText::tr(" (drill)") : QString()) << '\n';
        const LegalClock c = legalClock(i, zone);
        if (!c.applies)
            continue;
        out << "\t"
            << IncidentCommandText::tr("Report to the Commission: preliminary by %1%2, final by "
                                       "%3%4")
                   .arg(i18n::formatDate(c.preliminaryDue),
                        c.preliminaryMade.isValid() ? IncidentCommandText::tr(" (made %1)")
                                                          .arg(i18n::formatDate(c.preliminaryMade))
                                                    : QString(),
                        i18n::formatDate(c.finalDue),
                        c.finalMade.isValid() ? IncidentCommandText::tr(" (made %1)")
                                                    .arg(i18n::formatDate(c.finalMade))
                                              : QString())
            << '\n';
    }
    return 0;
}

int newCommand(modules::CommandCall &call)
{
    const QString kindText = call.value(QStringLiteral("kind")).trimmed().toLower();
    const QString detectedText = call.value(QStringLiteral("detected")).trimmed();
    if (call.positional().size() != 1 || kindText.isEmpty() || detectedText.isEmpty())
        return call.fail(usage(kNewUsage), modules::CommandError::Usage);
    IncidentKind kind = IncidentKind::Other;
    if (!incidentKindFromKey(kindText, &kind)) {
        QStringList keys;
        for (int k = 0; k < kIncidentKindCount; ++k)
            keys << incidentKindKey(static_cast<IncidentKind>(k));
        return call.fail(IncidentCommandText::tr("Unknown kind \"%1\"; use one of: %2.")
                             .arg(kindText, keys.join(QLatin1String(", "))),
                         modules::CommandError::Usage);
    }
    const QDateTime detected = parseLocalTime(detectedText, clock::timeZone());
    if (!detected.isValid())
        return call.fail(IncidentCommandText::tr("\"%1\" is not a date (YYYY-MM-DD) or a date and "
                                                 "time (YYYY-MM-DDTHH:MM).")
                             .arg(detectedText),
                         modules::CommandError::Usage);
    store::Database *db = call.openVault(true);
    if (!db)
        return call.exitCode();
    Incident incident;
    incident.kind = kind;
    incident.title = call.value(QStringLiteral("title")).trimmed();
    incident.detected = detected;
    incident.aware = detected;
    TimelineEntry first;
    first.at = detected;
    first.kind = TimelineKind::Detection;
    first.text = IncidentCommandText::tr("Recorded from the command line.");
    incident.timeline << first;
    const auto id = store::IncidentRepository(*db).insertIncident(incident, clock::now());
    if (!id)
        return call.fail(id.error());
    if (!call.save())
        return call.exitCode();
    call.out() << IncidentCommandText::tr("Recorded incident %1 (%2), detected %3.")
                      .arg(*id)
                      .arg(IncidentRecordText::incidentKind(kind),
                           localText(detected, clock::timeZone()))
               << '\n';
    return 0;
}

int contactsCommand(modules::CommandCall &call)
{
    if (call.positional().size() != 1)
        return call.fail(usage(kContactsUsage), modules::CommandError::Usage);
    store::Database *db = call.openVault(false);
    if (!db)
        return call.exitCode();
    const auto stored = store::IncidentRepository(*db).contacts();
    if (!stored)
        return call.fail(stored.error());
    const QDate today = clock::today();
    QTextStream &out = call.out();
    if (call.has(QStringLiteral("json"))) {
        QJsonArray items;
        for (const IncidentContact &s : *stored) {
            const IncidentContact c = shownContact(s);
            items.append(QJsonObject{
                {QStringLiteral("id"), c.id},
                {QStringLiteral("kind"), contactKindKey(c.kind)},
                {QStringLiteral("name"), c.name},
                {QStringLiteral("purpose"), c.purpose},
                {QStringLiteral("when_to_call"), c.whenToCall},
                {QStringLiteral("phone"), c.phone},
                {QStringLiteral("address"), c.address},
                {QStringLiteral("official_page"), c.officialPage},
                {QStringLiteral("region"), c.region},
                {QStringLiteral("person_id"),
                 c.personId > 0 ? QJsonValue(c.personId) : QJsonValue()},
                {QStringLiteral("checked"), dateValue(c.checked)},
                {QStringLiteral("checked_recently"), checkedRecently(c, today)},
                {QStringLiteral("builtin"),
                 c.builtin.isEmpty() ? QJsonValue() : QJsonValue(c.builtin)},
            });
        }
        out << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (stored->isEmpty()) {
        out << IncidentCommandText::tr("No contact is recorded.") << '\n';
        return 0;
    }
    for (const IncidentContact &s : *stored) {
        const IncidentContact c = shownContact(s);
        QStringList how;
        for (const QString &part : {c.phone, c.address, c.officialPage})
            if (!part.trimmed().isEmpty())
                how << part.trimmed();
        const QString name =
            c.region.isEmpty() ? c.name : IncidentCommandText::tr("%1 (%2)").arg(c.name, c.region);
        out << name << '\t' << IncidentRecordText::contactKind(c.kind) << '\t'
            << how.join(QLatin1String(" / ")) << '\t'
            << (c.checked.isValid()
                    ? IncidentCommandText::tr("checked %1").arg(i18n::formatDate(c.checked))
                    : IncidentCommandText::tr("never checked"))
            << (checkedRecently(c, today) ? QString() : IncidentCommandText::tr(" (check it)"))
            << '\n';
    }
    return 0;
}

} // namespace

QDateTime parseLocalTime(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression form(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{1,2}):(\\d{2}))?$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    QTime time(0, 0);
    if (m.lastCapturedIndex() >= 3 && !m.captured(2).isEmpty())
        time = QTime(m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, zone).toUTC();
}

QVector<modules::Command> incidentCommands()
{
    modules::Command list;
    list.command = "incidents";
    list.sub = "list";
    list.flags = {QStringLiteral("json")};
    list.context = kContext;
    list.usage = kListUsage;
    list.help = QT_TRANSLATE_NOOP("kamae::incidents::IncidentCommands",
                                  "  incidents list VAULT [--json]\n"
                                  "                             the incident log, with the "
                                  "reports to the Personal\n"
                                  "                             Information Protection "
                                  "Commission due\n");
    list.run = listCommand;

    modules::Command create;
    create.command = "incidents";
    create.sub = "new";
    create.valued = {QStringLiteral("kind"), QStringLiteral("detected"), QStringLiteral("title")};
    create.context = kContext;
    create.usage = kNewUsage;
    create.help = QT_TRANSLATE_NOOP("kamae::incidents::IncidentCommands",
                                    "  incidents new VAULT --kind KIND --detected "
                                    "YYYY-MM-DD[THH:MM] [--title TEXT]\n"
                                    "                             record an incident (ransomware, "
                                    "malware, unauthorised_access,\n"
                                    "                             website_tampering, lost_device, "
                                    "information_leak, other)\n");
    create.run = newCommand;

    modules::Command contacts;
    contacts.command = "contacts";
    contacts.sub = "list";
    contacts.flags = {QStringLiteral("json")};
    contacts.context = kContext;
    contacts.usage = kContactsUsage;
    contacts.help = QT_TRANSLATE_NOOP("kamae::incidents::IncidentCommands",
                                      "  contacts list VAULT [--json]\n"
                                      "                             whom to call in an incident, "
                                      "and when each entry\n"
                                      "                             was last checked\n");
    contacts.run = contactsCommand;
    return {list, create, contacts};
}

} // namespace incidents
} // namespace kamae

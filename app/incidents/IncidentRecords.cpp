#include "incidents/IncidentRecords.h"

#include <QSet>

namespace kamae {
namespace domain {

QString IncidentRecordText::contactKind(ContactKind kind)
{
    switch (kind) {
    case ContactKind::IpaDesk:
        return tr("IPA consultation desk");
    case ContactKind::JpcertCc:
        return tr("JPCERT/CC");
    case ContactKind::Police:
        return tr("Police cyber crime desk");
    case ContactKind::Ministry:
        return tr("Supervising ministry");
    case ContactKind::Ppc:
        return tr("Personal Information Protection Commission");
    case ContactKind::Otasuketai:
        return tr("Otasuketai service provider");
    case ContactKind::Insurer:
        return tr("Cyber insurer");
    case ContactKind::ItVendor:
        return tr("IT vendor");
    case ContactKind::Responder:
        return tr("Own responder");
    case ContactKind::Other:
        return tr("Other contact");
    }
    return {};
}

QString IncidentRecordText::incidentKind(IncidentKind kind)
{
    switch (kind) {
    case IncidentKind::Ransomware:
        return tr("Ransomware");
    case IncidentKind::Malware:
        return tr("Emotet or other malware");
    case IncidentKind::UnauthorisedAccess:
        return tr("Unauthorised access");
    case IncidentKind::WebsiteTampering:
        return tr("Website tampering");
    case IncidentKind::LostDevice:
        return tr("Lost or stolen device");
    case IncidentKind::InformationLeak:
        return tr("Information leak");
    case IncidentKind::Other:
        return tr("Other incident");
    }
    return {};
}

QString IncidentRecordText::status(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Open:
        return tr("Open");
    case IncidentStatus::Contained:
        return tr("Contained");
    case IncidentStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString IncidentRecordText::timelineKind(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Detection:
        return tr("Detection");
    case TimelineKind::Action:
        return tr("Action");
    case TimelineKind::ContactMade:
        return tr("Contact made");
    case TimelineKind::Decision:
        return tr("Decision");
    }
    return {};
}

QString IncidentRecordText::timelineTag(const QString &tag)
{
    if (tag == timelinetag::NoRansomPaid)
        return tr("No ransom paid");
    if (tag == timelinetag::PpcPreliminary)
        return tr("Preliminary report to the Commission");
    if (tag == timelinetag::PpcFinal)
        return tr("Final report to the Commission");
    if (tag == timelinetag::IndividualsNotified)
        return tr("People concerned notified");
    if (tag == timelinetag::PartnersInformed)
        return tr("Partners informed");
    if (tag == timelinetag::PoliceReported)
        return tr("Reported to the police");
    return tag;
}

QStringList timelineTags()
{
    return {timelinetag::NoRansomPaid,     timelinetag::PpcPreliminary,
            timelinetag::PpcFinal,         timelinetag::IndividualsNotified,
            timelinetag::PartnersInformed, timelinetag::PoliceReported};
}

QString IncidentRecordText::channel(PartnerChannel channel)
{
    switch (channel) {
    case PartnerChannel::Phone:
        return tr("Phone");
    case PartnerChannel::Mail:
        return tr("E-mail");
    case PartnerChannel::Portal:
        return tr("Portal");
    }
    return {};
}

namespace {

const char *const kKindKeys[kIncidentKindCount] = {
    "ransomware",       "malware", "unauthorised_access", "website_tampering", "lost_device",
    "information_leak", "other",
};

const char *const kContactKeys[kContactKindCount] = {
    "ipa",        "jpcert_cc", "police",    "ministry",  "ppc",
    "otasuketai", "insurer",   "it_vendor", "responder", "other",
};

} // namespace

QString incidentKindKey(IncidentKind kind)
{
    const int i = static_cast<int>(kind);
    return i >= 0 && i < kIncidentKindCount ? QString::fromLatin1(kKindKeys[i]) : QString();
}

bool incidentKindFromKey(const QString &key, IncidentKind *kind)
{
    for (int i = 0; i < kIncidentKindCount; ++i)
        if (key == QLatin1String(kKindKeys[i])) {
            if (kind)
                *kind = static_cast<IncidentKind>(i);
            return true;
        }
    // "emotet" is what people type for the malware kind.
    if (key == QLatin1String("emotet")) {
        if (kind)
            *kind = IncidentKind::Malware;
        return true;
    }
    return false;
}

QString contactKindKey(ContactKind kind)
{
    const int i = static_cast<int>(kind);
    return i >= 0 && i < kContactKindCount ? QString::fromLatin1(kContactKeys[i]) : QString();
}

QString incidentStatusKey(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Open:
        return QStringLiteral("open");
    case IncidentStatus::Contained:
        return QStringLiteral("contained");
    case IncidentStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString incidentContactProblem(const IncidentContact &c, const QDate &today)
{
    if (c.name.trimmed().isEmpty() && c.personId <= 0)
        return IncidentRecordText::tr("A contact needs a name.");
    if (static_cast<int>(c.kind) < 0 || static_cast<int>(c.kind) >= kContactKindCount)
        return IncidentRecordText::tr("The contact \"%1\" has an unknown kind.")
            .arg(c.name.trimmed());
    if (c.checked.isValid() && today.isValid() && c.checked > today)
        return IncidentRecordText::tr("The contact \"%1\" cannot be checked after today.")
            .arg(c.name.trimmed());
    return {};
}

QString incidentPartnerProblem(const IncidentPartner &p)
{
    if (p.name.trimmed().isEmpty())
        return IncidentRecordText::tr("A partner to inform needs a name.");
    if (p.kinds < 0 || p.kinds > kAllIncidentKinds)
        return IncidentRecordText::tr("The partner \"%1\" names an unknown kind of incident.")
            .arg(p.name.trimmed());
    return {};
}

QString incidentProblem(const Incident &i, const QDateTime &now)
{
    if (!i.detected.isValid())
        return IncidentRecordText::tr("An incident needs the time it was detected.");
    // A minute of slack: a time typed as "now" in another window.
    const QDateTime latest = now.isValid() ? now.addSecs(60) : QDateTime();
    const auto future = [&latest](const QDateTime &t) {
        return t.isValid() && latest.isValid() && t > latest;
    };
    if (future(i.occurred) || future(i.detected) || future(i.aware) || future(i.reported) ||
        future(i.contained) || future(i.resolved))
        return IncidentRecordText::tr("An incident's times cannot be in the future.");
    if (i.occurred.isValid() && i.occurred > i.detected)
        return IncidentRecordText::tr("An incident cannot occur after it was detected.");
    for (const QDateTime &t : {i.aware, i.reported, i.contained, i.resolved})
        if (t.isValid() && i.occurred.isValid() && t < i.occurred)
            return IncidentRecordText::tr(
                "An incident cannot be known, reported, contained or resolved before it occurred.");
    if (i.contained.isValid() && i.contained < i.detected)
        return IncidentRecordText::tr("An incident cannot be contained before it was detected.");
    if (i.resolved.isValid() && i.resolved < i.detected)
        return IncidentRecordText::tr("An incident cannot be resolved before it was detected.");
    if (i.status == IncidentStatus::Closed && !i.resolved.isValid())
        return IncidentRecordText::tr("A closed incident needs the time it was resolved.");
    if (i.personal.people < -1)
        return IncidentRecordText::tr("The number of people cannot be negative.");
    QSet<qint64> assets;
    for (qint64 id : i.assets) {
        if (id <= 0 || assets.contains(id))
            return IncidentRecordText::tr(
                "An affected asset is listed twice or is not in the register.");
        assets.insert(id);
    }
    for (const TimelineEntry &e : i.timeline) {
        if (!e.at.isValid())
            return IncidentRecordText::tr("A timeline entry needs its time.");
        if (e.text.trimmed().isEmpty() && e.tag.isEmpty())
            return IncidentRecordText::tr("A timeline entry needs a text.");
        if (future(e.at))
            return IncidentRecordText::tr("A timeline entry cannot be in the future.");
    }
    for (const IncidentAction &a : i.actions)
        if (a.text.trimmed().isEmpty())
            return IncidentRecordText::tr("A follow-up action needs a description.");
    for (const StepTick &t : i.ticks) {
        if (!t.at.isValid() || t.text.trimmed().isEmpty())
            return IncidentRecordText::tr("A ticked step needs its text and time.");
        if (future(t.at))
            return IncidentRecordText::tr("A step cannot be ticked in the future.");
    }
    return {};
}

QString playbookProblem(const Playbook &p)
{
    if (static_cast<int>(p.kind) < 0 || static_cast<int>(p.kind) >= kIncidentKindCount)
        return IncidentRecordText::tr("A playbook needs a kind of incident.");
    for (const PlaybookStep &s : p.steps)
        if (s.text.trimmed().isEmpty())
            return IncidentRecordText::tr("A playbook step needs a text.");
    return {};
}

} // namespace domain
} // namespace kamae

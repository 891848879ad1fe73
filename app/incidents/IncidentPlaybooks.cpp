#include "incidents/IncidentPlaybooks.h"

#include "incidents/ShippedTexts.h"

#include <QCoreApplication>

#include <vector>

namespace kamae {
namespace incidents {

using domain::IncidentKind;

namespace {

constexpr char kContext[] = "kamae::incidents::PlaybookText";

// The steps, one text each; a kind's playbook lists some of them in order.
const char *const kIsolate = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Disconnect the affected machines from the network (unplug the cable, turn Wi-Fi off), but "
    "keep them powered on: do not shut down, restart or reinstall them.");
const char *const kEvidence =
    QT_TRANSLATE_NOOP("kamae::incidents::PlaybookText",
                      "Keep the evidence: delete no files or mail, keep the logs of the PCs, "
                      "servers, firewall and mail, and note the time of everything you see.");
const char *const kRecord =
    QT_TRANSLATE_NOOP("kamae::incidents::PlaybookText",
                      "Tell the person in charge of incidents, and record the incident in Kamae "
                      "with the time it was detected and who found it.");
const char *const kExperts = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Get expert help: call IPA's consultation desk, your IT vendor or Otasuketai provider, and "
    "tell the cyber insurer before ordering an investigation.");
const char *const kPolice = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Consult the police cyber crime desk (#9110 or the police's online reception) and report to "
    "the supervising ministry where your industry's rules ask for it.");
const char *const kLegalClock = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "If personal data may have leaked, record it in the incident: Kamae shows whether a report "
    "to the Personal Information Protection Commission is due and by when.");
const char *const kNoRansom = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Do not pay the ransom and do not contact the attacker; record the decision in the "
    "timeline.");
const char *const kScope = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Find out which machines, data and backups are affected, and whether the offline backup was "
    "connected at the time.");
const char *const kRestore = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Clean or rebuild the machines, change their passwords, then restore the data from the "
    "offline backup.");
const char *const kPatchEntry = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Close the way in (update the VPN or remote desktop, remove the account used) before "
    "reconnecting to the network.");
// The Emotet alert's urgent steps, in its order.
const char *const kWarnStaff = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Warn everyone in the company: do not open password-protected ZIP files or attachments of "
    "unexpected mail.");
const char *const kWarnPartners = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Tell business partners that mail in the company's name may be fake, and record whom you "
    "informed (Kamae drafts the message).");
const char *const kChangeMail = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Change the mail passwords and other credentials of the users of the suspected PCs.");
const char *const kChangeBrowser =
    QT_TRANSLATE_NOOP("kamae::incidents::PlaybookText",
                      "Change the passwords saved in the browsers of the suspected PCs.");
const char *const kMacros =
    QT_TRANSLATE_NOOP("kamae::incidents::PlaybookText",
                      "Disable macros in Excel and Word where they are not needed.");
const char *const kScanAll = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Scan every PC in the company with the antivirus software, and check each for Emotet with "
    "JPCERT/CC's EmoCheck.");
const char *const kExpertCheck =
    QT_TRANSLATE_NOOP("kamae::incidents::PlaybookText",
                      "If Emotet is found (in %TEMP%), have experts check how far it spread.");
// Unauthorised access.
const char *const kAccounts = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Disable the accounts the intruder used, change the administrators' and affected users' "
    "passwords, and turn on multi-factor authentication.");
const char *const kAccessLogs = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Find out from the access logs what was reached and from where, and whether personal data "
    "was taken.");
// Website tampering.
const char *const kSiteOffline = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Take the site offline or show a maintenance page; keep the server's logs and a copy of the "
    "altered pages.");
const char *const kSiteVisitors = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Check whether visitors were sent to malicious pages or card data was taken.");
const char *const kSiteRestore = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Have the web or hosting vendor find the hole and restore the site from a clean copy; change "
    "the passwords of its administration and upload accounts.");
const char *const kJpcert = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Report the tampering to JPCERT/CC, which can help stop the pages spreading malware.");
// Lost device.
const char *const kDeviceContents =
    QT_TRANSLATE_NOOP("kamae::incidents::PlaybookText",
                      "Find out what was on the device, and whether it was encrypted and locked.");
const char *const kDeviceWipe = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Lock or wipe the device remotely if you can, and change the passwords it held.");
const char *const kDeviceReport =
    QT_TRANSLATE_NOOP("kamae::incidents::PlaybookText",
                      "Report the loss or theft to the police and, for a phone, to the carrier.");
// Information leak.
const char *const kStopLeak = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Stop the leak: recall or follow up the mail, remove the published file, close the access.");
const char *const kLeakScope = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Find out whose data and which items leaked, how many people, and whether it includes "
    "sensitive data or card numbers.");
const char *const kNotify = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "Notify the people concerned, or publish a notice where they cannot be reached.");
const char *const kLessons = QT_TRANSLATE_NOOP(
    "kamae::incidents::PlaybookText",
    "When it is over, record the cause and the lessons learned, and the follow-up actions with "
    "owners and due dates.");

const QVector<const char *> &allSteps()
{
    static const QVector<const char *> list = {
        kIsolate,    kEvidence,      kRecord,       kExperts,     kPolice,      kLegalClock,
        kNoRansom,   kScope,         kRestore,      kPatchEntry,  kWarnStaff,   kWarnPartners,
        kChangeMail, kChangeBrowser, kMacros,       kScanAll,     kExpertCheck, kAccounts,
        kAccessLogs, kSiteOffline,   kSiteVisitors, kSiteRestore, kJpcert,      kDeviceContents,
        kDeviceWipe, kDeviceReport,  kStopLeak,     kLeakScope,   kNotify,      kLessons,
    };
    return list;
}

const ShippedTexts &texts()
{
    static const ShippedTexts t(kContext, allSteps());
    return t;
}

QVector<const char *> stepsOf(IncidentKind kind)
{
    switch (kind) {
    case IncidentKind::Ransomware:
        return {kIsolate, kEvidence,   kRecord,  kNoRansom,   kScope,  kExperts,
                kPolice,  kPatchEntry, kRestore, kLegalClock, kLessons};
    case IncidentKind::Malware:
        return {kIsolate,    kEvidence,      kRecord,     kWarnStaff, kWarnPartners,
                kChangeMail, kChangeBrowser, kMacros,     kScanAll,   kExpertCheck,
                kExperts,    kPolice,        kLegalClock, kLessons};
    case IncidentKind::UnauthorisedAccess:
        return {kIsolate, kEvidence, kRecord,     kAccounts, kAccessLogs,
                kExperts, kPolice,   kLegalClock, kLessons};
    case IncidentKind::WebsiteTampering:
        return {kSiteOffline, kRecord, kSiteVisitors, kSiteRestore, kJpcert,
                kExperts,     kPolice, kLegalClock,   kLessons};
    case IncidentKind::LostDevice:
        return {kRecord, kDeviceContents, kDeviceWipe, kDeviceReport, kLegalClock, kLessons};
    case IncidentKind::InformationLeak:
        return {kStopLeak, kRecord, kLeakScope, kLegalClock, kNotify, kExperts, kLessons};
    case IncidentKind::Other:
        return {kIsolate, kEvidence, kRecord, kExperts, kLessons};
    }
    return {};
}

} // namespace

QVector<IncidentKind> mainKinds()
{
    return {IncidentKind::Ransomware, IncidentKind::Malware, IncidentKind::UnauthorisedAccess,
            IncidentKind::InformationLeak};
}

domain::Playbook defaultPlaybook(IncidentKind kind)
{
    domain::Playbook p;
    p.kind = kind;
    for (const char *text : stepsOf(kind))
        p.steps.append({0, QString::fromUtf8(text)});
    return p;
}

domain::Playbook storedPlaybook(domain::Playbook playbook)
{
    for (domain::PlaybookStep &s : playbook.steps)
        s.text = texts().key(s.text);
    return playbook;
}

domain::Playbook shownPlaybook(domain::Playbook playbook)
{
    for (domain::PlaybookStep &s : playbook.steps)
        s.text = texts().shown(s.text);
    return playbook;
}

QString shownStepText(const QString &text)
{
    return texts().shown(text);
}

QString storedStepText(const QString &text)
{
    return texts().key(text);
}

domain::Playbook playbookFor(domain::IncidentKind kind, const QVector<domain::Playbook> &adopted)
{
    for (const domain::Playbook &p : adopted)
        if (p.kind == kind && !p.steps.isEmpty())
            return p;
    return defaultPlaybook(kind);
}

domain::Playbook resetToDefault(const domain::Playbook &stored)
{
    const domain::Playbook kept = storedPlaybook(stored);
    domain::Playbook out = defaultPlaybook(stored.kind);
    for (domain::PlaybookStep &s : out.steps)
        for (const domain::PlaybookStep &old : kept.steps)
            if (old.text == s.text)
                s.id = old.id;
    return out;
}

int tickOf(const domain::Incident &incident, const domain::PlaybookStep &step)
{
    const QString text = storedStepText(step.text);
    for (qsizetype i = 0; i < incident.ticks.size(); ++i) {
        const domain::StepTick &t = incident.ticks.at(i);
        if (step.id > 0 ? t.stepId == step.id : (t.stepId == 0 && t.text == text))
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace incidents
} // namespace kamae

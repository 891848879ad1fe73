#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

// The incidents module's records (issue 19), after the METI alert's second
// part (contain, get experts, never pay, tell partners, report on time) and
// the Emotet alert's first steps: the directory of whom to call, the
// business partners to inform, the incident log with its timeline,
// follow-up actions and ticked playbook steps, and the playbooks
// themselves. People are entries of the people list, assets rows of the
// register. What a record must be before it is stored is here; the legal
// clock is in IncidentDeadlines, the shipped texts in IncidentDefaults and
// IncidentPlaybooks.
namespace kamae {
namespace domain {

// Whom a directory entry is. Stable values: stored.
enum class ContactKind
{
    IpaDesk = 0,    // IPA's consultation desk for companies
    JpcertCc = 1,   // JPCERT/CC incident reporting
    Police = 2,     // the prefectural police's cyber crime desk
    Ministry = 3,   // the supervising ministry (所管省庁)
    Ppc = 4,        // 個人情報保護委員会 (漏えい等報告)
    Otasuketai = 5, // the サイバーセキュリティお助け隊 provider
    Insurer = 6,    // the cyber insurer
    ItVendor = 7,   // an IT or security vendor
    Responder = 8,  // one of the company's own responders (people list)
    Other = 9,
};
constexpr int kContactKindCount = 10;

// An entry of the directory: what it is for and when to call, and how.
// Where Kamae ships no number it stores the official page's name instead;
// `checked` is when someone last made sure the entry is right (for the
// entries Kamae ships, the day they were verified, IncidentDefaults).
struct IncidentContact
{
    qint64 id = 0;
    ContactKind kind = ContactKind::Other;
    QString name; // "IPA サイバーセキュリティ相談窓口", "山本システムサービス"
    QString purpose;      // what it is for
    QString whenToCall;   // when to call
    QString phone;        // as written; empty where Kamae ships none
    QString address;      // e-mail address or URL
    QString officialPage; // the official page's name, where the number is kept
    QString region;       // the prefecture (police), the industry (ministry)
    QString notes;        // the insurer's policy number, a contract number, …
    qint64 personId = 0;  // a responder from the people list
    QDate checked;        // invalid: never checked
    QString builtin;      // the key of a Kamae entry (IncidentDefaults), else empty

    // Something to call, write to or look up.
    bool reachable() const
    {
        return !phone.trimmed().isEmpty() || !address.trimmed().isEmpty() ||
               !officialPage.trimmed().isEmpty() || personId > 0;
    }

    bool operator==(const IncidentContact &o) const
    {
        return id == o.id && kind == o.kind && name == o.name && purpose == o.purpose &&
               whenToCall == o.whenToCall && phone == o.phone && address == o.address &&
               officialPage == o.officialPage && region == o.region && notes == o.notes &&
               personId == o.personId && checked == o.checked && builtin == o.builtin;
    }
    bool operator!=(const IncidentContact &o) const { return !(*this == o); }
};

enum class IncidentKind
{
    Ransomware = 0,
    Malware = 1, // Emotet and other malware
    UnauthorisedAccess = 2,
    WebsiteTampering = 3,
    LostDevice = 4,
    InformationLeak = 5,
    Other = 6,
};
constexpr int kIncidentKindCount = 7;

// A set of kinds, as a bit per kind (stored as one integer).
constexpr int incidentKindBit(IncidentKind kind)
{
    return 1 << static_cast<int>(kind);
}
constexpr int kAllIncidentKinds = (1 << kIncidentKindCount) - 1;

enum class PartnerChannel
{
    Phone = 0,
    Mail = 1,
    Portal = 2, // the partner's portal or form
};
constexpr int kPartnerChannelCount = 3;

// A business partner or an overseas site to inform, for which kinds of
// incident (Emotet spreads through partners' mail: the METI alert asks to
// share the situation with them).
struct IncidentPartner
{
    qint64 id = 0;
    QString name;    // "主要取引先A社", "タイ工場"
    QString contact; // who: a person or a department there
    PartnerChannel channel = PartnerChannel::Mail;
    QString address; // the number, mail address or portal
    int kinds = 0;   // incidentKindBit() of the kinds to inform them of
    bool overseas = false;
    QString notes;

    bool informedOf(IncidentKind kind) const { return (kinds & incidentKindBit(kind)) != 0; }

    bool operator==(const IncidentPartner &o) const
    {
        return id == o.id && name == o.name && contact == o.contact && channel == o.channel &&
               address == o.address && kinds == o.kinds && overseas == o.overseas &&
               notes == o.notes;
    }
    bool operator!=(const IncidentPartner &o) const { return !(*this == o); }
};

enum class IncidentStatus
{
    Open = 0,
    Contained = 1,
    Closed = 2,
};
constexpr int kIncidentStatusCount = 3;

enum class TimelineKind
{
    Detection = 0,
    Action = 1,
    ContactMade = 2,
    Decision = 3,
};
constexpr int kTimelineKindCount = 4;

// Stable tags of timeline entries the rules read (IncidentDeadlines): the
// explicit decision not to pay, and the reports and notices made.
namespace timelinetag {
inline const QString NoRansomPaid = QStringLiteral("no_ransom_paid");
inline const QString PpcPreliminary = QStringLiteral("ppc_preliminary"); // 速報
inline const QString PpcFinal = QStringLiteral("ppc_final");             // 確報
inline const QString IndividualsNotified = QStringLiteral("individuals_notified");
inline const QString PartnersInformed = QStringLiteral("partners_informed");
inline const QString PoliceReported = QStringLiteral("police_reported");
} // namespace timelinetag

struct TimelineEntry
{
    qint64 id = 0;
    QDateTime at; // an instant (stored in UTC)
    TimelineKind kind = TimelineKind::Action;
    QString text;
    qint64 personId = 0; // who; 0 once the entry left the list
    QString tag;         // a timelinetag key, or empty

    bool operator==(const TimelineEntry &o) const
    {
        return id == o.id && at == o.at && kind == o.kind && text == o.text &&
               personId == o.personId && tag == o.tag;
    }
};

struct IncidentAction
{
    qint64 id = 0;
    QString text;
    qint64 ownerId = 0;
    QDate due;
    QDate done;

    bool operator==(const IncidentAction &o) const
    {
        return id == o.id && text == o.text && ownerId == o.ownerId && due == o.due &&
               done == o.done;
    }
};

// A playbook step ticked in an incident: who and when. The step's text is
// kept as it was (a key while it was Kamae's own), so editing the playbook
// later does not rewrite what was done.
struct StepTick
{
    qint64 stepId = 0; // the playbook step, 0 once it was removed from the playbook
    QString text;
    qint64 personId = 0;
    QDateTime at;

    bool operator==(const StepTick &o) const
    {
        return stepId == o.stepId && text == o.text && personId == o.personId && at == o.at;
    }
};

// The personal data an incident involves (漏えい等, or its possibility).
struct IncidentPersonalData
{
    QString kinds;              // the items: "氏名、メールアドレス、取引履歴"
    int people = -1;            // the number of people; -1 while not known
    bool sensitive = false;     // 要配慮個人情報
    bool financialRisk = false; // a risk of financial harm (財産的被害)
    bool malice = false;        // suspected malice (不正の目的)

    bool any() const
    {
        return !kinds.trimmed().isEmpty() || people > 0 || sensitive || financialRisk || malice;
    }
    bool operator==(const IncidentPersonalData &o) const
    {
        return kinds == o.kinds && people == o.people && sensitive == o.sensitive &&
               financialRisk == o.financialRisk && malice == o.malice;
    }
};

struct Incident
{
    qint64 id = 0;
    IncidentKind kind = IncidentKind::Other;
    QString title;
    // Instants (UTC); invalid while not known or not yet.
    QDateTime occurred;
    QDateTime detected;
    QDateTime aware; // the company became aware (the legal clock starts)
    QDateTime reported;
    QDateTime contained;
    QDateTime resolved;
    qint64 foundBy = 0;     // a person
    QVector<qint64> assets; // register rows affected
    IncidentPersonalData personal;
    IncidentStatus status = IncidentStatus::Open;
    bool drill = false; // an exercise, not a real incident: no legal clock
    QString cause;
    QString lessons;                 // lessons learned
    QVector<TimelineEntry> timeline; // by time
    QVector<IncidentAction> actions;
    QVector<StepTick> ticks;

    // When the company became aware: `aware`, else when it was detected.
    QDateTime awareOrDetected() const { return aware.isValid() ? aware : detected; }
    // A timeline entry with the tag, or nullptr.
    const TimelineEntry *tagged(const QString &tag) const
    {
        for (const TimelineEntry &e : timeline)
            if (e.tag == tag)
                return &e;
        return nullptr;
    }

    bool operator==(const Incident &o) const
    {
        return id == o.id && kind == o.kind && title == o.title && occurred == o.occurred &&
               detected == o.detected && aware == o.aware && reported == o.reported &&
               contained == o.contained && resolved == o.resolved && foundBy == o.foundBy &&
               assets == o.assets && personal == o.personal && status == o.status &&
               drill == o.drill && cause == o.cause && lessons == o.lessons &&
               timeline == o.timeline && actions == o.actions && ticks == o.ticks;
    }
    bool operator!=(const Incident &o) const { return !(*this == o); }
};

// A step of a kind's playbook. Kamae's own steps are stored as keys while
// unchanged (IncidentPlaybooks), so they follow the reader's language.
struct PlaybookStep
{
    qint64 id = 0;
    QString text;

    bool operator==(const PlaybookStep &o) const { return id == o.id && text == o.text; }
};

struct Playbook
{
    IncidentKind kind = IncidentKind::Other;
    QVector<PlaybookStep> steps; // in order

    bool operator==(const Playbook &o) const { return kind == o.kind && steps == o.steps; }
};

struct IncidentRecordText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::domain::IncidentRecordText)

public:
    static QString contactKind(ContactKind kind);
    static QString incidentKind(IncidentKind kind);
    static QString status(IncidentStatus status);
    static QString timelineKind(TimelineKind kind);
    static QString channel(PartnerChannel channel);
    // What a timelinetag key says ("No ransom paid"); empty for none.
    static QString timelineTag(const QString &tag);
};

// The timeline tags a person may pick, in the order offered.
QStringList timelineTags();

// The stable keys of the kinds (JSON, the command line): "ransomware", …
QString incidentKindKey(IncidentKind kind);
// The kind of a key; false for an unknown key.
bool incidentKindFromKey(const QString &key, IncidentKind *kind);
QString contactKindKey(ContactKind kind);
QString incidentStatusKey(IncidentStatus status);

// What stops a record from being stored; empty when it can be. `today`
// bounds the dates that cannot be in the future (an incident is recorded
// after it was detected); `now` the instants.
QString incidentContactProblem(const IncidentContact &contact, const QDate &today);
QString incidentPartnerProblem(const IncidentPartner &partner);
QString incidentProblem(const Incident &incident, const QDateTime &now);
QString playbookProblem(const Playbook &playbook);

} // namespace domain
} // namespace kamae

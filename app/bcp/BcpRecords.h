#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>
#include <QVector>

// The BCP module's records (issue 18), after the SME Agency's
// 中小企業BCP策定運用指針, basic course: the plan's prose sections, the
// organisation's roles with deputies (様式03), the core businesses (06) with
// their recovery targets, the assets they depend on, their suppliers and
// key customers (15, 17) and alternatives (08), bottleneck resources
// (16-2), pre-incident investments (09), contacts (11, 12) and insurance
// (18); the exercises held on it; the published versions. People are
// entries of the people list, assets rows of the register. What a record
// must be before it is stored is here; the checks against the other
// modules' records are in BcpChecks.
namespace kamae {
namespace domain {

// The keys of the plan's prose sections (stored as the HTML a QTextEdit
// writes; sanitised when printed).
namespace bcpsection {
inline const QString Policy = QStringLiteral("policy");       // 様式02 basic policy
inline const QString Card = QStringLiteral("card");           // 様式04 employee emergency card
inline const QString Scenarios = QStringLiteral("scenarios"); // the cyber scenarios
inline const QString Response = QStringLiteral("response");   // first response steps
} // namespace bcpsection

// Recovery targets and outages are whole hours, at most ten years.
constexpr int kMaxBcpHours = 87600;

// A register asset a core business relies on, and the part it plays
// ("order database", "e-mail").
struct BcpAssetLink
{
    qint64 assetId = 0;
    QString role;

    bool operator==(const BcpAssetLink &o) const { return assetId == o.assetId && role == o.role; }
};

enum class BcpPartnerKind
{
    Supplier = 0, // 様式15 suppliers and outsourcees
    Customer = 1, // 様式17 key customers
};
constexpr int kBcpPartnerKindCount = 2;

struct BcpPartner
{
    qint64 id = 0;
    BcpPartnerKind kind = BcpPartnerKind::Supplier;
    QString name;
    QString supplies; // what they supply or take
    QString contact;

    bool operator==(const BcpPartner &o) const
    {
        return id == o.id && kind == o.kind && name == o.name && supplies == o.supplies &&
               contact == o.contact;
    }
};

// 様式08: an alternative or manual fallback, and the asset it needs, if any
// (an alternative that needs the very asset that failed is no alternative).
struct BcpAlternative
{
    qint64 id = 0;
    QString text;
    qint64 assetId = 0; // 0: needs no register asset

    bool operator==(const BcpAlternative &o) const
    {
        return id == o.id && text == o.text && assetId == o.assetId;
    }
};

// 様式06: a core business (中核事業) with its recovery targets. Hours are
// -1 while not stated.
struct BcpBusiness
{
    qint64 id = 0;
    QString name;
    QString description;
    int maxOutageHours = -1; // maximum tolerable outage (最大許容停止時間)
    int rtoHours = -1;       // recovery time objective (目標復旧時間)
    int rpoHours = -1;       // recovery point objective (目標復旧時点)
    QVector<BcpAssetLink> assets;
    QVector<BcpPartner> partners;
    QVector<BcpAlternative> alternatives;

    bool operator==(const BcpBusiness &o) const
    {
        return id == o.id && name == o.name && description == o.description &&
               maxOutageHours == o.maxOutageHours && rtoHours == o.rtoHours &&
               rpoHours == o.rpoHours && assets == o.assets && partners == o.partners &&
               alternatives == o.alternatives;
    }
};

// 様式03: a role in the emergency organisation, who holds it and the deputy.
struct BcpRole
{
    qint64 id = 0;
    QString title; // "対策本部長", "経理"
    QString duties;
    qint64 personId = 0; // 0: nobody yet
    qint64 deputyId = 0;

    bool operator==(const BcpRole &o) const
    {
        return id == o.id && title == o.title && duties == o.duties && personId == o.personId &&
               deputyId == o.deputyId;
    }
};

enum class BcpContactKind
{
    Staff = 0,        // 様式12 staff phone and e-mail list
    Organisation = 1, // 様式11 key organisations (utilities, vendors, authorities)
};
constexpr int kBcpContactKindCount = 2;

struct BcpContact
{
    qint64 id = 0;
    BcpContactKind kind = BcpContactKind::Organisation;
    QString name;
    QString organisation;
    QString phone;
    QString email;
    QString notes;
    qint64 personId = 0; // a staff contact from the people list

    bool operator==(const BcpContact &o) const
    {
        return id == o.id && kind == o.kind && name == o.name && organisation == o.organisation &&
               phone == o.phone && email == o.email && notes == o.notes && personId == o.personId;
    }
};

// 様式18: an insurance policy.
struct BcpInsurance
{
    qint64 id = 0;
    QString insurer;
    QString policy; // the product or policy number
    QString covers;
    QString amount; // in words: "1億円まで"
    QDate renews;

    bool operator==(const BcpInsurance &o) const
    {
        return id == o.id && insurer == o.insurer && policy == o.policy && covers == o.covers &&
               amount == o.amount && renews == o.renews;
    }
};

// 様式09: a pre-incident investment, its cost in yen and its dates.
struct BcpInvestment
{
    qint64 id = 0;
    QString text;
    qint64 costYen = -1; // -1: not stated
    QDate planned;
    QDate done; // invalid: not done yet

    bool operator==(const BcpInvestment &o) const
    {
        return id == o.id && text == o.text && costYen == o.costYen && planned == o.planned &&
               done == o.done;
    }
};

enum class BcpResourceKind
{
    Computer = 0,
    Software = 1,
    Other = 2, // premises, equipment, people, utilities
};
constexpr int kBcpResourceKindCount = 3;

// 様式16-2: a bottleneck resource and what is done about it.
struct BcpBottleneck
{
    qint64 id = 0;
    QString resource;
    BcpResourceKind kind = BcpResourceKind::Computer;
    qint64 assetId = 0; // the register's row, if it is one
    QString measure;

    bool operator==(const BcpBottleneck &o) const
    {
        return id == o.id && resource == o.resource && kind == o.kind && assetId == o.assetId &&
               measure == o.measure;
    }
};

// The whole plan, as the draft holds it and a version freezes it. Lists are
// in the order shown.
struct BcpPlan
{
    // The language the plan is written in, "ja" or "en": its printouts
    // speak it unless asked otherwise. A new plan is Japanese.
    QString language = QStringLiteral("ja");
    QMap<QString, QString> sections; // key (bcpsection) → HTML
    QVector<BcpRole> roles;
    QVector<BcpBusiness> businesses;
    QVector<BcpBottleneck> bottlenecks;
    QVector<BcpInvestment> investments;
    QVector<BcpContact> contacts;
    QVector<BcpInsurance> insurance;

    bool operator==(const BcpPlan &o) const
    {
        return language == o.language && sections == o.sections && roles == o.roles &&
               businesses == o.businesses && bottlenecks == o.bottlenecks &&
               investments == o.investments && contacts == o.contacts && insurance == o.insurance;
    }
    bool operator!=(const BcpPlan &o) const { return !(*this == o); }
};

enum class ExerciseKind
{
    WalkThrough = 0, // reading the plan through together
    Tabletop = 1,    // a scenario discussed step by step
    CallTree = 2,    // the call tree (連絡網) tested
    RestoreDrill = 3,
};
constexpr int kExerciseKindCount = 4;

// A follow-up action of an exercise (exercise → report → improvement).
struct BcpAction
{
    qint64 id = 0;
    QString text;
    qint64 ownerId = 0;
    QDate due;
    QDate done;

    bool operator==(const BcpAction &o) const
    {
        return id == o.id && text == o.text && ownerId == o.ownerId && due == o.due &&
               done == o.done;
    }
};

struct BcpExercise
{
    qint64 id = 0;
    ExerciseKind kind = ExerciseKind::Tabletop;
    QDate date;
    QString scenario;
    QVector<qint64> participants; // people
    QString findings;
    QVector<BcpAction> actions;

    bool operator==(const BcpExercise &o) const
    {
        return id == o.id && kind == o.kind && date == o.date && scenario == o.scenario &&
               participants == o.participants && findings == o.findings && actions == o.actions;
    }
};

// A published version: the plan frozen on a date, approved by someone.
struct BcpVersion
{
    qint64 id = 0;
    int number = 0;
    QDate published;
    qint64 approverId = 0; // 0 once the entry left the list
    QString approverName;  // as it was when published
    QString note;
    BcpPlan plan; // read only by BcpRepository::version()
};

struct BcpRecordText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::domain::BcpRecordText)

public:
    static QString exerciseKind(ExerciseKind kind);
    static QString partnerKind(BcpPartnerKind kind);
    static QString resourceKind(BcpResourceKind kind);
    static QString contactKind(BcpContactKind kind);
    // The prose section's name with its form number ("Basic policy (様式02)").
    static QString sectionName(const QString &key);
};

// "ja" or "en": the languages a plan may be written in.
bool isBcpLanguage(const QString &language);

// What stops a record from being stored; empty when it can be.
QString bcpPlanProblem(const BcpPlan &plan);
QString bcpExerciseProblem(const BcpExercise &exercise, const QDate &today);

} // namespace domain
} // namespace kamae

#include "training/StarterCourses.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

#include <memory>
#include <vector>

namespace kamae {
namespace training {

namespace {

// The context the course texts are translated in.
constexpr char kContext[] = "kamae::training::CourseText";

struct Starter
{
    const QString &key;
    const char *title;
    domain::CourseTopic topic;
    domain::CourseFormat format;
    int renewalMonths;
    int onboardingDays;
    domain::Requirement requirement;
    const char *notes;
};

using domain::CourseFormat;
using domain::CourseTopic;
using domain::Requirement;

// The alerts' lessons, one course each. Everyone takes the first five
// within a month of joining and again every year or two; the drill is
// yearly; the role courses and the follow-up are required of whom the
// company chooses (or assigns).
const std::vector<Starter> &starters()
{
    static const std::vector<Starter> list = {
        {starter::PhishingEmotet,
         QT_TRANSLATE_NOOP("kamae::training::CourseText",
                           "Phishing and Emotet: suspicious mail and attachments"),
         CourseTopic::Phishing, CourseFormat::Lecture, 12, 30, Requirement::Everyone,
         QT_TRANSLATE_NOOP("kamae::training::CourseText",
                           "Do not open password-protected ZIP attachments carelessly; keep "
                           "Office macros disabled; check the sender and the link before "
                           "clicking; report a suspicious mail at once, even after clicking it.")},
        {starter::PasswordsMfa,
         QT_TRANSLATE_NOOP("kamae::training::CourseText",
                           "Passwords and multi-factor authentication"),
         CourseTopic::PasswordsMfa, CourseFormat::ELearning, 24, 30, Requirement::Everyone,
         QT_TRANSLATE_NOOP("kamae::training::CourseText",
                           "Long passwords that are never reused; multi-factor authentication "
                           "for mail, cloud services and remote access; change the passwords "
                           "saved in the browser of a device that may be infected.")},
        {starter::IncidentReporting,
         QT_TRANSLATE_NOOP("kamae::training::CourseText",
                           "Reporting an incident: what to do, whom to call"),
         CourseTopic::IncidentReporting, CourseFormat::Lecture, 12, 14, Requirement::Everyone,
         QT_TRANSLATE_NOOP("kamae::training::CourseText",
                           "Report at once to the IT contact; disconnect the device from the "
                           "network and leave it switched on; never pay a ransom; who informs "
                           "business partners, the police and the ministry.")},
        {starter::InformationHandling,
         QT_TRANSLATE_NOOP("kamae::training::CourseText", "Handling information and clear desk"),
         CourseTopic::InformationHandling, CourseFormat::ELearning, 24, 30, Requirement::Everyone,
         QT_TRANSLATE_NOOP("kamae::training::CourseText",
                           "Keep and send information according to its importance; lock the "
                           "screen and clear the desk; take no data home without permission; "
                           "dispose of paper and media safely.")},
        {starter::PhysicalSecurity,
         QT_TRANSLATE_NOOP("kamae::training::CourseText",
                           "Physical security: offices, visitors and devices"),
         CourseTopic::PhysicalSecurity, CourseFormat::Video, 24, 30, Requirement::Everyone,
         QT_TRANSLATE_NOOP("kamae::training::CourseText",
                           "Lock offices and desks; accompany visitors and keep the entry log; "
                           "carry laptops and USB drives safely; report a lost device at once.")},
        {starter::BcpDrill,
         QT_TRANSLATE_NOOP("kamae::training::CourseText",
                           "BCP drill: keeping the business going when systems stop"),
         CourseTopic::BcpDrill, CourseFormat::Drill, 12, 0, Requirement::Everyone,
         QT_TRANSLATE_NOOP("kamae::training::CourseText",
                           "Run the call tree, switch the core businesses to their alternative "
                           "means and restore from the offline backup; note what took longer "
                           "than its recovery time objective.")},
        {starter::Executives,
         QT_TRANSLATE_NOOP("kamae::training::CourseText",
                           "For executives: leading the response to an attack"),
         CourseTopic::RoleSpecific, CourseFormat::Lecture, 12, 0, Requirement::Optional,
         QT_TRANSLATE_NOOP("kamae::training::CourseText",
                           "What the executive decides when an attack is found: stopping "
                           "systems, informing partners and authorities, paying no ransom, "
                           "using the support of a Security Otasuketai provider. Make it "
                           "required for the roles of your executives.")},
        {starter::Administrators,
         QT_TRANSLATE_NOOP("kamae::training::CourseText",
                           "For administrators: patches, backups and accounts"),
         CourseTopic::RoleSpecific, CourseFormat::Lecture, 12, 0, Requirement::Optional,
         QT_TRANSLATE_NOOP("kamae::training::CourseText",
                           "Applying security patches first where a vulnerability is known to "
                           "be exploited, keeping an offline backup and testing the restore, "
                           "removing the accounts of leavers. Make it required for the roles "
                           "that administer systems.")},
        {starter::PhishingFollowUp,
         QT_TRANSLATE_NOOP("kamae::training::CourseText",
                           "Phishing follow-up after repeated clicks"),
         CourseTopic::Phishing, CourseFormat::ELearning, 0, 0, Requirement::Optional,
         QT_TRANSLATE_NOOP("kamae::training::CourseText",
                           "For people who clicked in two drills: go through the drill mails "
                           "together, the signs they missed, and how to report a mail.")},
    };
    return list;
}

domain::Course courseOf(const Starter &s)
{
    domain::Course c;
    c.title = QString::fromUtf8(s.title);
    c.topic = s.topic;
    c.format = s.format;
    c.renewalMonths = s.renewalMonths;
    c.onboardingDays = s.onboardingDays;
    c.requirement = s.requirement;
    c.notes = QString::fromUtf8(s.notes);
    c.builtin = s.key;
    return c;
}

// Every form of every starter text → its key: the key itself and its
// translation in each language Kamae ships, so that a title saved back
// unchanged from a Japanese window is still recognised as Kamae's.
const QHash<QString, QString> &forms()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        std::vector<std::unique_ptr<QTranslator>> translators;
        for (const char *lang : {"ja", "en"}) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(QStringLiteral(":/i18n/kamae_%1.qm").arg(QLatin1String(lang))))
                translators.push_back(std::move(translator));
        }
        for (const Starter &s : starters()) {
            for (const char *text : {s.title, s.notes}) {
                const QString key = QString::fromUtf8(text);
                t.insert(key, key);
                for (const auto &translator : translators) {
                    const QString translated = translator->translate(kContext, text);
                    if (!translated.isEmpty())
                        t.insert(translated, key);
                }
            }
        }
        return t;
    }();
    return table;
}

QString keyOf(const QString &text)
{
    const auto found = forms().constFind(text.trimmed());
    return found == forms().constEnd() ? text : found.value();
}

QString shownText(const QString &text)
{
    const auto found = forms().constFind(text.trimmed());
    if (found == forms().constEnd())
        return text;
    return QCoreApplication::translate(kContext, found.value().toUtf8().constData());
}

} // namespace

QVector<domain::Course> starterCourses()
{
    QVector<domain::Course> out;
    for (const Starter &s : starters())
        out << courseOf(s);
    return out;
}

domain::Course starterCourse(const QString &key)
{
    for (const Starter &s : starters())
        if (s.key == key)
            return courseOf(s);
    return {};
}

domain::Course storedCourse(domain::Course course)
{
    if (course.builtin.isEmpty())
        return course;
    course.title = keyOf(course.title);
    course.notes = keyOf(course.notes);
    return course;
}

domain::Course shownCourse(domain::Course course)
{
    if (course.builtin.isEmpty())
        return course;
    course.title = shownText(course.title);
    course.notes = shownText(course.notes);
    return course;
}

} // namespace training
} // namespace kamae

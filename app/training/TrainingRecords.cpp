#include "training/TrainingRecords.h"

#include "i18n/Language.h"

#include <QCoreApplication>
#include <QSet>

namespace kamae {
namespace domain {

namespace {

struct TrainingCheckText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::training::TrainingChecks)
};

constexpr int kMaxNames = 200;
constexpr int kMaxSessionMinutes = 60 * 24 * 30;

bool inRange(int value, int count)
{
    return value >= 0 && value < count;
}

QString futureDate(const QDate &date)
{
    return TrainingCheckText::tr("The date %1 is in the future; record what has happened.")
        .arg(i18n::formatDate(date));
}

} // namespace

QStringList cleanedNames(const QStringList &names)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &name : names) {
        const QString trimmed = name.trimmed();
        const QString folded = trimmed.toCaseFolded();
        if (trimmed.isEmpty() || seen.contains(folded))
            continue;
        seen.insert(folded);
        out << trimmed;
    }
    return out;
}

QString courseProblem(const Course &course)
{
    if (course.title.trimmed().isEmpty())
        return TrainingCheckText::tr("A course needs a title.");
    if (!inRange(static_cast<int>(course.topic), kCourseTopicCount) ||
        !inRange(static_cast<int>(course.format), kCourseFormatCount) ||
        !inRange(static_cast<int>(course.requirement), kRequirementCount))
        return TrainingCheckText::tr("The course's topic, format or requirement is out of range.");
    if (course.renewalMonths < 0 || course.renewalMonths > kMaxRenewalMonths)
        return TrainingCheckText::tr("The renewal period must be between 0 (once) and %1 months.")
            .arg(kMaxRenewalMonths);
    if (course.onboardingDays < 0 || course.onboardingDays > kMaxOnboardingDays)
        return TrainingCheckText::tr(
                   "The onboarding deadline must be between 0 (none) and %1 days after joining.")
            .arg(kMaxOnboardingDays);
    const QStringList names = cleanedNames(course.requiredFor);
    if (course.requirement == Requirement::Departments && names.isEmpty())
        return TrainingCheckText::tr("Name the departments the course is required for.");
    if (course.requirement == Requirement::Roles && names.isEmpty())
        return TrainingCheckText::tr("Name the roles the course is required for.");
    if (names.size() > kMaxNames)
        return TrainingCheckText::tr(
                   "A course can be required for at most %1 departments or roles.")
            .arg(kMaxNames);
    return {};
}

QString sessionProblem(const TrainingSession &session, const QDate &today)
{
    if (session.courseId <= 0)
        return TrainingCheckText::tr("The session does not belong to a course.");
    if (!session.date.isValid())
        return TrainingCheckText::tr("The session needs a date.");
    if (today.isValid() && session.date > today)
        return futureDate(session.date);
    if (session.minutes < -1 || session.minutes > kMaxSessionMinutes)
        return TrainingCheckText::tr("The duration must be between 0 minutes and 30 days.");
    return {};
}

QString attendanceProblem(const Attendance &attendance)
{
    if (attendance.personId <= 0)
        return TrainingCheckText::tr("An attendance must name a person.");
    if (!inRange(static_cast<int>(attendance.state), kAttendanceStateCount))
        return TrainingCheckText::tr("The attendance state is out of range.");
    if (attendance.score < -1 || attendance.score > 100)
        return TrainingCheckText::tr("A score must be between 0 and 100.");
    return {};
}

QString assignmentProblem(const TrainingAssignment &assignment)
{
    if (assignment.courseId <= 0 || assignment.personId <= 0)
        return TrainingCheckText::tr("An assignment must name a course and a person.");
    if (!assignment.assigned.isValid())
        return TrainingCheckText::tr("The assignment needs the date it was made.");
    if (assignment.due.isValid() && assignment.due < assignment.assigned)
        return TrainingCheckText::tr("An assignment cannot be due before it was made.");
    return {};
}

QString campaignProblem(const PhishingCampaign &campaign, const QDate &today)
{
    if (campaign.name.trimmed().isEmpty())
        return TrainingCheckText::tr("A phishing drill needs a name.");
    if (!campaign.date.isValid())
        return TrainingCheckText::tr("The phishing drill needs a date.");
    if (today.isValid() && campaign.date > today)
        return futureDate(campaign.date);
    return {};
}

QString phishingResultProblem(const PhishingResult &result)
{
    if (result.personId <= 0 && result.email.trimmed().isEmpty())
        return TrainingCheckText::tr("A drill result must name a person or an e-mail address.");
    return {};
}

PhishingResult withImpliedFlags(PhishingResult result)
{
    result.clicked = result.clicked || result.submitted;
    result.opened = result.opened || result.clicked;
    result.delivered = result.delivered || result.opened || result.reported;
    return result;
}

QDate assignmentDue(const TrainingAssignment &assignment)
{
    if (assignment.due.isValid())
        return assignment.due;
    return assignment.assigned.isValid() ? assignment.assigned.addDays(kDefaultAssignmentDays)
                                         : QDate();
}

} // namespace domain
} // namespace kamae

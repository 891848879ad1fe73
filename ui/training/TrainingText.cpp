#include "training/TrainingText.h"

#include "i18n/Language.h"

#include <cmath>

namespace kamae {
namespace ui {

using domain::CourseFormat;
using domain::CourseTopic;
using domain::Requirement;
using training::CoverageState;

QString TrainingText::topic(CourseTopic topic)
{
    switch (topic) {
    case CourseTopic::Phishing:
        return tr("Phishing and Emotet");
    case CourseTopic::PasswordsMfa:
        return tr("Passwords and MFA");
    case CourseTopic::IncidentReporting:
        return tr("Reporting an incident");
    case CourseTopic::InformationHandling:
        return tr("Handling information");
    case CourseTopic::PhysicalSecurity:
        return tr("Physical security");
    case CourseTopic::BcpDrill:
        return tr("BCP drill");
    case CourseTopic::RoleSpecific:
        return tr("Role-specific");
    case CourseTopic::Other:
        break;
    }
    return tr("Other");
}

QString TrainingText::format(CourseFormat format)
{
    switch (format) {
    case CourseFormat::Lecture:
        return tr("Lecture");
    case CourseFormat::ELearning:
        return tr("E-learning");
    case CourseFormat::Video:
        return tr("Video");
    case CourseFormat::Drill:
        break;
    }
    return tr("Drill");
}

QString TrainingText::requirement(Requirement requirement)
{
    switch (requirement) {
    case Requirement::Everyone:
        return tr("Everyone");
    case Requirement::Departments:
        return tr("Departments");
    case Requirement::Roles:
        return tr("Roles");
    case Requirement::Optional:
        break;
    }
    return tr("Optional (only when assigned)");
}

QString TrainingText::requiredOf(const domain::Course &course)
{
    const QString names = domain::cleanedNames(course.requiredFor).join(tr(", "));
    switch (course.requirement) {
    case Requirement::Departments:
        return tr("Departments: %1").arg(names);
    case Requirement::Roles:
        return tr("Roles: %1").arg(names);
    case Requirement::Everyone:
        return tr("Everyone");
    case Requirement::Optional:
        break;
    }
    return tr("Optional");
}

QString TrainingText::renewal(int months)
{
    return months > 0 ? tr("Every %n month(s)", nullptr, months) : tr("Once");
}

QString TrainingText::onboarding(int days)
{
    return days > 0 ? tr("%n day(s) after joining", nullptr, days) : tr("None");
}

QString TrainingText::symbol(CoverageState state)
{
    switch (state) {
    case CoverageState::Done:
        return QStringLiteral("✓");
    case CoverageState::Pending:
        return QStringLiteral("○");
    case CoverageState::DueSoon:
        return QStringLiteral("!");
    case CoverageState::Overdue:
        return QStringLiteral("✗");
    case CoverageState::NotRequired:
        break;
    }
    return QStringLiteral("—");
}

QString TrainingText::cellText(const training::CoverageCell &cell)
{
    const QString mark = symbol(cell.state);
    switch (cell.state) {
    case CoverageState::Done:
        return mark + u' ' + i18n::formatDate(cell.completed);
    case CoverageState::DueSoon:
    case CoverageState::Pending:
        return mark + u' ' + i18n::formatDate(cell.due);
    case CoverageState::Overdue:
        return cell.due.isValid() ? mark + u' ' + i18n::formatDate(cell.due)
                                  : mark + u' ' + tr("not taken");
    case CoverageState::NotRequired:
        break;
    }
    return cell.completed.isValid() ? mark + u' ' + i18n::formatDate(cell.completed) : mark;
}

QString TrainingText::cellToolTip(const training::CoverageCell &cell)
{
    QStringList lines{training::stateName(cell.state)};
    if (cell.completed.isValid())
        lines << tr("Last completed on %1.").arg(i18n::formatDate(cell.completed));
    else if (cell.state != CoverageState::NotRequired)
        lines << tr("Never completed.");
    if (cell.due.isValid() && cell.state != CoverageState::NotRequired)
        lines << (cell.current ? tr("Renewal due on %1.") : tr("Due on %1."))
                     .arg(i18n::formatDate(cell.due));
    if (cell.assigned)
        lines << tr("Assigned as a follow-up.");
    return lines.join(u'\n');
}

QColor TrainingText::background(CoverageState state)
{
    switch (state) {
    case CoverageState::Done:
        return QColor(0xc8, 0xe6, 0xc9);
    case CoverageState::Pending:
        return QColor(0xe3, 0xf2, 0xfd);
    case CoverageState::DueSoon:
        return QColor(0xff, 0xe0, 0xb2);
    case CoverageState::Overdue:
        return QColor(0xff, 0xcd, 0xd2);
    case CoverageState::NotRequired:
        break;
    }
    return {};
}

QString TrainingText::share(const training::CoverageCounts &counts)
{
    if (!counts.measured())
        return tr("not measured");
    return tr("%1 %").arg(std::lround(counts.share() * 100));
}

} // namespace ui
} // namespace kamae

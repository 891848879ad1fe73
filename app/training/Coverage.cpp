#include "training/Coverage.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace kamae {
namespace training {

namespace {

QString folded(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

// The names a course is required for, folded, for its requirement kind.
QSet<QString> foldedNames(const domain::Course &course)
{
    QSet<QString> names;
    for (const QString &name : course.requiredFor)
        if (const QString f = folded(name); !f.isEmpty())
            names.insert(f);
    return names;
}

bool ruleNames(const domain::Course &course, const QSet<QString> &names,
               const QString &foldedDepartment, const QString &foldedRole)
{
    switch (course.requirement) {
    case domain::Requirement::Everyone:
        return true;
    case domain::Requirement::Departments:
        return !foldedDepartment.isEmpty() && names.contains(foldedDepartment);
    case domain::Requirement::Roles:
        return !foldedRole.isEmpty() && names.contains(foldedRole);
    case domain::Requirement::Optional:
        return false;
    }
    return false;
}

// Whether `deadline` (valid) is within the due-soon window of `date`.
bool soon(const QDate &date, const QDate &deadline)
{
    return date.daysTo(deadline) <= kDueSoonDays;
}

CoverageCell judge(const domain::Course &course, const domain::Person &person, bool required,
                   const QDate &lastDone, const domain::TrainingAssignment *open, const QDate &date)
{
    CoverageCell cell;
    cell.completed = lastDone;
    const bool renews = course.renewalMonths > 0;
    const QDate expiry =
        lastDone.isValid() && renews ? lastDone.addMonths(course.renewalMonths) : QDate();
    const bool valid = lastDone.isValid() && (!renews || date <= expiry);
    if (open) {
        // A follow-up asks for the course again, whatever was done before.
        cell.assigned = true;
        cell.due = domain::assignmentDue(*open);
        cell.state = date > cell.due        ? CoverageState::Overdue
                     : soon(date, cell.due) ? CoverageState::DueSoon
                                            : CoverageState::Pending;
        return cell;
    }
    cell.current = valid;
    if (!required) {
        cell.due = valid ? expiry : QDate();
        return cell;
    }
    if (valid) {
        cell.due = expiry;
        cell.state = !renews || !soon(date, expiry) ? CoverageState::Done : CoverageState::DueSoon;
        return cell;
    }
    // Not taken, or expired: the later of the renewal date and the
    // onboarding deadline, if either is still ahead.
    QDate deadline = expiry;
    if (course.onboardingDays > 0 && person.joined.isValid()) {
        const QDate onboarding = person.joined.addDays(course.onboardingDays);
        if (!deadline.isValid() || onboarding > deadline)
            deadline = onboarding;
    }
    cell.due = deadline;
    if (deadline.isValid() && date <= deadline)
        cell.state = soon(date, deadline) ? CoverageState::DueSoon : CoverageState::Pending;
    else
        cell.state = CoverageState::Overdue;
    return cell;
}

} // namespace

void CoverageCounts::add(const CoverageCell &cell)
{
    switch (cell.state) {
    case CoverageState::NotRequired:
        return;
    case CoverageState::Done:
        ++current;
        break;
    case CoverageState::Pending:
        ++pending;
        break;
    case CoverageState::DueSoon:
        ++dueSoon;
        if (cell.current)
            ++current;
        else
            ++pending;
        break;
    case CoverageState::Overdue:
        ++overdue;
        break;
    }
    ++required;
}

CoverageCounts &CoverageCounts::operator+=(const CoverageCounts &o)
{
    required += o.required;
    current += o.current;
    pending += o.pending;
    overdue += o.overdue;
    dueSoon += o.dueSoon;
    return *this;
}

bool isActiveOn(const domain::Person &person, const QDate &date)
{
    if (person.kind != domain::PersonKind::Person)
        return false;
    if (person.left.isValid() && person.left <= date)
        return false;
    return !(person.joined.isValid() && person.joined > date);
}

bool isTraineeOn(const domain::Person &person, const QDate &date)
{
    return !person.external && isActiveOn(person, date);
}

bool isRequiredOf(const domain::Course &course, const domain::Person &person)
{
    return ruleNames(course, foldedNames(course), folded(person.department), folded(person.role));
}

Coverage computeCoverage(const QVector<domain::Person> &people,
                         const store::TrainingRecords &records, const QDate &date)
{
    Coverage coverage;
    coverage.date = date;
    const int columns = static_cast<int>(records.courses.size());

    QVector<const domain::Person *> rows;
    QHash<qint64, int> rowOf;
    for (const domain::Person &p : people) {
        if (!isTraineeOn(p, date))
            continue;
        rowOf.insert(p.id, static_cast<int>(rows.size()));
        rows.append(&p);
        coverage.people.append(p.id);
        coverage.department.append(p.department.trimmed());
    }
    QHash<qint64, int> columnOf;
    QVector<QSet<QString>> names;
    names.reserve(columns);
    for (int c = 0; c < columns; ++c) {
        const domain::Course &course = records.courses.at(c);
        columnOf.insert(course.id, c);
        coverage.courses.append(course.id);
        names.append(foldedNames(course));
    }

    // Each session that counts: its column and its day.
    struct SessionAt
    {
        int column;
        qint64 day;
    };
    QHash<qint64, SessionAt> sessions;
    sessions.reserve(records.sessions.size());
    for (const domain::TrainingSession &s : records.sessions) {
        if (!s.date.isValid() || s.date > date)
            continue;
        const auto column = columnOf.constFind(s.courseId);
        if (column != columnOf.constEnd())
            sessions.insert(s.id, {column.value(), s.date.toJulianDay()});
    }
    // The last completion per cell, as a Julian day (0: none).
    const qsizetype cellCount = static_cast<qsizetype>(rows.size()) * columns;
    std::vector<qint64> lastDone(static_cast<size_t>(cellCount), 0);
    for (const domain::Attendance &a : records.attendance) {
        if (a.state != domain::AttendanceState::Completed)
            continue;
        const auto session = sessions.constFind(a.sessionId);
        if (session == sessions.constEnd())
            continue;
        const auto row = rowOf.constFind(a.personId);
        if (row == rowOf.constEnd())
            continue;
        qint64 &slot = lastDone[static_cast<size_t>(row.value()) * columns + session->column];
        slot = std::max(slot, session->day);
    }
    // The open assignment per cell (the earliest made, if several): made
    // on or before the date and not followed by a completion.
    QHash<qsizetype, const domain::TrainingAssignment *> open;
    for (const domain::TrainingAssignment &a : records.assignments) {
        if (!a.assigned.isValid() || a.assigned > date)
            continue;
        const auto row = rowOf.constFind(a.personId);
        const auto column = columnOf.constFind(a.courseId);
        if (row == rowOf.constEnd() || column == columnOf.constEnd())
            continue;
        const qsizetype index = static_cast<qsizetype>(row.value()) * columns + column.value();
        if (lastDone[static_cast<size_t>(index)] >= a.assigned.toJulianDay())
            continue;
        const auto *&slot = open[index];
        if (!slot || a.assigned < slot->assigned)
            slot = &a;
    }

    coverage.cells.resize(cellCount);
    coverage.byCourse.resize(columns);
    for (int c = 0; c < columns; ++c)
        coverage.byCourse[c].courseId = records.courses.at(c).id;
    std::map<QString, DepartmentCoverage> departments;
    for (int r = 0; r < rows.size(); ++r) {
        const domain::Person &person = *rows.at(r);
        const QString department = folded(person.department);
        const QString role = folded(person.role);
        DepartmentCoverage &dept = departments[coverage.department.at(r)];
        dept.department = coverage.department.at(r);
        ++dept.people;
        for (int c = 0; c < columns; ++c) {
            const qsizetype index = static_cast<qsizetype>(r) * columns + c;
            const domain::Course &course = records.courses.at(c);
            const qint64 day = lastDone[static_cast<size_t>(index)];
            const auto assignment = open.constFind(index);
            CoverageCell cell =
                judge(course, person, ruleNames(course, names.at(c), department, role),
                      day > 0 ? QDate::fromJulianDay(day) : QDate(),
                      assignment == open.constEnd() ? nullptr : assignment.value(), date);
            coverage.byCourse[c].counts.add(cell);
            dept.counts.add(cell);
            coverage.total.add(cell);
            coverage.cells[index] = cell;
        }
    }
    for (auto &[name, dept] : departments)
        if (!name.isEmpty())
            coverage.byDepartment.append(std::move(dept));
    if (const auto none = departments.find(QString()); none != departments.end())
        coverage.byDepartment.append(std::move(none->second));
    return coverage;
}

QVector<OverdueEntry> overdueEntries(const Coverage &coverage)
{
    QVector<OverdueEntry> out;
    for (int c = 0; c < coverage.courses.size(); ++c) {
        for (int r = 0; r < coverage.people.size(); ++r) {
            const CoverageCell &cell = coverage.cell(r, c);
            if (cell.state == CoverageState::Overdue)
                out.append({coverage.people.at(r), coverage.courses.at(c), cell.due});
        }
    }
    return out;
}

QString stateName(CoverageState state)
{
    switch (state) {
    case CoverageState::NotRequired:
        return CoverageText::tr("Not required");
    case CoverageState::Done:
        return CoverageText::tr("Done");
    case CoverageState::Pending:
        return CoverageText::tr("Not yet due");
    case CoverageState::DueSoon:
        return CoverageText::tr("Due soon");
    case CoverageState::Overdue:
        return CoverageText::tr("Overdue");
    }
    return {};
}

} // namespace training
} // namespace kamae

#pragma once

#include "domain/Person.h"
#include "training/TrainingRecords.h"
#include "training/TrainingRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

// Who has taken the courses they must take (受講率), as of a date: pure
// functions of the people list, the training records and the date, so the
// page, the command line, the score and the report share one arithmetic
// (docs/training.md, "Coverage").
namespace kamae {
namespace training {

// The state of one person for one course on the date.
enum class CoverageState
{
    NotRequired = 0, // the course is not required of them (nor assigned)
    Done = 1,        // completed within its renewal period, renewal more than 30 days away
    Pending = 2,     // not completed, deadline more than 30 days away (a joiner, an assignment)
    DueSoon = 3,     // renewal or deadline within 30 days (期限間近)
    Overdue = 4,     // required, not completed (or expired), deadline passed (期限超過)
};
constexpr int kCoverageStateCount = 5;
// "Due soon" starts this many days before a renewal or a deadline.
constexpr int kDueSoonDays = 30;

struct CoverageCell
{
    CoverageState state = CoverageState::NotRequired;
    // The last completion on or before the date, whether required or not.
    QDate completed;
    // Completed within the renewal period (any completion for a course
    // taken once), and no open assignment asks for it again.
    bool current = false;
    // The renewal date (current) or the deadline (not current); invalid
    // when there is none (required from the start, never taken).
    QDate due;
    // An open assignment (a follow-up) makes the course required.
    bool assigned = false;
};

// Counts over the cells of a course, a department or everything.
struct CoverageCounts
{
    int required = 0; // cells where the course is required
    int current = 0;  // … completed within the renewal period
    int pending = 0;  // … not completed, deadline not passed (joiners, assignments)
    int overdue = 0;  // … deadline passed
    int dueSoon = 0;  // … renewal or deadline within 30 days (current or pending)

    // current / (current + overdue): people still within their onboarding
    // window or assignment deadline are left out until their deadline, so
    // that hiring does not lower coverage and an empty course does not
    // raise it. -1 when nobody's deadline has passed (not measured).
    double share() const
    {
        const int judged = current + overdue;
        return judged > 0 ? static_cast<double>(current) / judged : -1.0;
    }
    bool measured() const { return current + overdue > 0; }
    void add(const CoverageCell &cell);
    CoverageCounts &operator+=(const CoverageCounts &o);
};

struct CourseCoverage
{
    qint64 courseId = 0;
    CoverageCounts counts;
};

struct DepartmentCoverage
{
    QString department; // as the people list writes it; empty: no department
    int people = 0;     // trainees in it
    CoverageCounts counts;
};

// The people × courses matrix on a date, and its sums.
struct Coverage
{
    QDate date;
    QVector<qint64> people;                   // rows: the trainees, in the order given
    QVector<QString> department;              // per row: the department it is counted in
    QVector<qint64> courses;                  // columns: every course, in the order given
    QVector<CoverageCell> cells;              // people.size() × courses.size(), row by row
    QVector<CourseCoverage> byCourse;         // per column
    QVector<DepartmentCoverage> byDepartment; // by name, "no department" last
    CoverageCounts total;

    const CoverageCell &cell(int row, int column) const
    {
        return cells.at(static_cast<qsizetype>(row) * courses.size() + column);
    }
    int rowOf(qint64 personId) const { return static_cast<int>(people.indexOf(personId)); }
    int columnOf(qint64 courseId) const { return static_cast<int>(courses.indexOf(courseId)); }
};

// Whether a person counts on a date: a person (not a department entry) who
// has joined (or whose joining is not recorded) and has not left.
bool isActiveOn(const domain::Person &person, const QDate &date);
// Whether a person is one of the trainees on a date: active and on the
// staff. People outside the company (Person::external: a vendor's engineer,
// an advisor) are required no course and assigned none; what they attended
// stays in the records.
bool isTraineeOn(const domain::Person &person, const QDate &date);
// Whether the course's requirement names the person (Everyone; their
// department or role, trimmed and case-insensitively), assignments aside.
bool isRequiredOf(const domain::Course &course, const domain::Person &person);

// The coverage on `date` (from core/Clock for "today"). Sessions dated
// after it do not count; attended-only attendance never counts.
Coverage computeCoverage(const QVector<domain::Person> &people,
                         const store::TrainingRecords &records, const QDate &date);

// One overdue cell, for lists ("who is behind").
struct OverdueEntry
{
    qint64 personId = 0;
    qint64 courseId = 0;
    QDate due; // invalid: required from the start and never taken
};
// The overdue cells, by course (in column order), then person (row order).
QVector<OverdueEntry> overdueEntries(const Coverage &coverage);

struct CoverageText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::training::CoverageText)
};
// "Done", "Due soon", … in the current language.
QString stateName(CoverageState state);

} // namespace training
} // namespace kamae

#include "training/TrainingPrint.h"

#include "core/FileNames.h"
#include "i18n/Language.h"
#include "store/OrganisationRepository.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace kamae {
namespace training {

namespace {

QString percentText(int percent)
{
    return percent < 0 ? QStringLiteral("—") : TrainingPrintText::tr("%1 %").arg(percent);
}

int percentOf(const CoverageCounts &counts)
{
    return counts.measured() ? int(std::lround(counts.share() * 100)) : -1;
}

QString fileName(const QString &stem, const QString &subject, const QDate &day)
{
    return pdfFileName(stem, {subject, day.toString(QStringLiteral("yyyyMMdd"))});
}

Result<QString> organisationName(store::Database &db)
{
    auto organisation = store::OrganisationRepository(db).load();
    if (!organisation)
        return organisation.asFailure();
    return organisation->name.trimmed();
}

} // namespace

QString stateSymbol(CoverageState state)
{
    switch (state) {
    case CoverageState::Done:
        return QStringLiteral("○");
    case CoverageState::Pending:
        return QStringLiteral("□");
    case CoverageState::DueSoon:
        return QStringLiteral("△");
    case CoverageState::Overdue:
        return QStringLiteral("×");
    case CoverageState::NotRequired:
        break;
    }
    return QStringLiteral("—");
}

CoverageSheet coverageSheet(const TrainingState &state, const QString &organisation,
                            const QDate &asOf)
{
    const Coverage coverage = computeCoverage(state.people, state.records, asOf);
    CoverageSheet sheet;
    sheet.language = i18n::currentLanguage();
    sheet.asOf = asOf;
    sheet.organisation = organisation;
    sheet.title = TrainingPrintText::tr("Training coverage");
    sheet.asOfText = TrainingPrintText::tr("As of %1").arg(i18n::formatDate(asOf));
    sheet.people = int(coverage.people.size());
    const int columns = int(coverage.courses.size());
    // The separator is the reader's: 「・」 in Japanese.
    const QString separator = TrainingPrintText::tr(" · ");
    sheet.summary =
        TrainingPrintText::tr("%n person(s)", nullptr, sheet.people) + separator +
        TrainingPrintText::tr("%n course(s)", nullptr, columns) + separator +
        TrainingPrintText::tr("Coverage %1").arg(percentText(percentOf(coverage.total)));
    sheet.nameHeader = TrainingPrintText::tr("Name");
    sheet.coverageLabel = TrainingPrintText::tr("Coverage");
    sheet.legendNote =
        TrainingPrintText::tr("The date in a cell is the date of completion for a course done, "
                              "otherwise the due date. Coverage: done ÷ (done + overdue).");
    sheet.emptyText = TrainingPrintText::tr("No people or no courses to show.");
    sheet.footerCentre = sheet.asOfText;
    sheet.pageLabel = TrainingPrintText::tr("Page %1 of %2");
    sheet.continuedLabel = TrainingPrintText::tr("%1 (continued)");
    sheet.fileName = fileName(TrainingPrintText::tr("Training_coverage"), organisation, asOf);
    for (const CoverageState s :
         {CoverageState::Done, CoverageState::DueSoon, CoverageState::Overdue,
          CoverageState::Pending, CoverageState::NotRequired})
        sheet.legend.append({s, stateSymbol(s), stateName(s)});

    QHash<qint64, const domain::Person *> people;
    for (const domain::Person &p : state.people)
        people.insert(p.id, &p);
    for (int c = 0; c < columns; ++c) {
        SheetCourse course;
        course.id = coverage.courses.at(c);
        course.title = state.records.courses.at(c).title;
        course.percent = percentOf(coverage.byCourse.at(c).counts);
        course.coverage = percentText(course.percent);
        sheet.courses.append(course);
    }
    if (coverage.people.isEmpty() || columns == 0)
        return sheet;

    for (const DepartmentCoverage &department : coverage.byDepartment) {
        QVector<int> members;
        for (int r = 0; r < coverage.people.size(); ++r)
            if (coverage.department.at(r) == department.department)
                members.append(r);
        SheetRow heading;
        heading.name =
            department.department.isEmpty()
                ? TrainingPrintText::tr("No department (%n person(s))", nullptr, department.people)
                : TrainingPrintText::tr("%1 (%n person(s))", nullptr, department.people)
                      .arg(department.department);
        for (int c = 0; c < columns; ++c) {
            CoverageCounts counts;
            for (const int r : members)
                counts.add(coverage.cell(r, c));
            heading.coverage << percentText(percentOf(counts));
        }
        sheet.rows.append(heading);
        for (const int r : members) {
            SheetRow row;
            row.personId = coverage.people.at(r);
            row.name = people.value(row.personId)->name;
            for (int c = 0; c < columns; ++c) {
                const CoverageCell &cell = coverage.cell(r, c);
                SheetCell shown;
                shown.state = cell.state;
                shown.symbol = stateSymbol(cell.state);
                const QDate date = cell.state == CoverageState::Done          ? cell.completed
                                   : cell.state == CoverageState::NotRequired ? QDate()
                                                                              : cell.due;
                shown.date = date.isValid() ? i18n::formatDate(date) : QString();
                row.cells.append(shown);
            }
            sheet.rows.append(row);
        }
    }
    return sheet;
}

Result<CoverageSheet> buildCoverageSheet(store::Database &db, const CoverageSheetOptions &options)
{
    const i18n::ScopedLanguage language(options.language);
    auto state = loadTraining(db);
    if (!state)
        return state.asFailure();
    auto organisation = organisationName(db);
    if (!organisation)
        return organisation.asFailure();
    return coverageSheet(*state, *organisation, options.asOf);
}

QStringList sheetText(const CoverageSheet &sheet)
{
    QStringList texts{sheet.title,        sheet.organisation,  sheet.asOfText,      sheet.summary,
                      sheet.nameHeader,   sheet.coverageLabel, sheet.legendNote,    sheet.emptyText,
                      sheet.footerCentre, sheet.pageLabel,     sheet.continuedLabel};
    for (const SheetCourse &course : sheet.courses)
        texts << course.title << course.coverage;
    for (const LegendEntry &entry : sheet.legend)
        texts << entry.symbol << entry.label;
    for (const SheetRow &row : sheet.rows) {
        texts << row.name << row.coverage;
        for (const SheetCell &cell : row.cells)
            texts << cell.symbol << cell.date;
    }
    return texts;
}

Result<CertificateBatch> certificates(const TrainingState &state, const QString &organisation,
                                      const CertificateOptions &options)
{
    const domain::TrainingSession *session = nullptr;
    for (const domain::TrainingSession &s : state.records.sessions)
        if (s.id == options.sessionId)
            session = &s;
    if (!session)
        return Result<CertificateBatch>::failure(
            ErrorCode::NotFound, TrainingPrintText::tr("The session is no longer in the vault."));
    const domain::Course *course = nullptr;
    for (const domain::Course &c : state.records.courses)
        if (c.id == session->courseId)
            course = &c;
    if (!course)
        return Result<CertificateBatch>::failure(
            ErrorCode::NotFound,
            TrainingPrintText::tr("The session's course is no longer in the vault."));

    QSet<qint64> completed;
    for (const domain::Attendance &a : state.records.attendance)
        if (a.sessionId == session->id && a.state == domain::AttendanceState::Completed)
            completed.insert(a.personId);
    QHash<qint64, const domain::Person *> byId;
    for (const domain::Person &p : state.people)
        byId.insert(p.id, &p);

    QVector<const domain::Person *> chosen;
    if (options.people.isEmpty()) {
        for (const domain::Person &p : state.people) // the list's order
            if (completed.contains(p.id))
                chosen.append(&p);
        if (chosen.isEmpty())
            return Result<CertificateBatch>::failure(
                ErrorCode::Invalid,
                TrainingPrintText::tr(
                    "Nobody completed this session: there is no certificate to print."));
    } else {
        for (const qint64 id : options.people) {
            const domain::Person *p = byId.value(id);
            if (!p)
                return Result<CertificateBatch>::failure(
                    ErrorCode::NotFound,
                    TrainingPrintText::tr("The person is no longer in the people list."));
            if (!completed.contains(id))
                return Result<CertificateBatch>::failure(
                    ErrorCode::Invalid,
                    TrainingPrintText::tr(
                        "%1 did not complete this session: no certificate can be printed "
                        "for them.")
                        .arg(p->name));
            chosen.append(p);
        }
    }

    CertificateBatch batch;
    batch.language = i18n::currentLanguage();
    batch.title = TrainingPrintText::tr("Certificates of completion: %1").arg(course->title);
    batch.fileName = fileName(TrainingPrintText::tr("Certificates"), course->title, session->date);
    for (const domain::Person *p : chosen) {
        Certificate c;
        c.personId = p->id;
        c.sessionId = session->id;
        c.heading = TrainingPrintText::tr("Certificate of completion");
        //: The person's name as a certificate addresses them (Japanese adds 殿).
        c.name = TrainingPrintText::tr("%1", "certificate name").arg(p->name);
        c.statement = TrainingPrintText::tr("has completed the course below.");
        c.fields.append({TrainingPrintText::tr("Course"), course->title});
        c.fields.append(
            {TrainingPrintText::tr("Date of completion"), i18n::formatDate(session->date)});
        if (!session->trainer.trimmed().isEmpty())
            c.fields.append({TrainingPrintText::tr("Trainer"), session->trainer.trimmed()});
        c.issued = TrainingPrintText::tr("Issued %1").arg(i18n::formatDate(options.issued));
        c.organisation = organisation;
        batch.certificates.append(c);
    }
    return batch;
}

Result<CertificateBatch> buildCertificates(store::Database &db, const CertificateOptions &options)
{
    const i18n::ScopedLanguage language(options.language);
    auto state = loadTraining(db);
    if (!state)
        return state.asFailure();
    auto organisation = organisationName(db);
    if (!organisation)
        return organisation.asFailure();
    return certificates(*state, *organisation, options);
}

qint64 lastCompletedSession(const TrainingState &state, qint64 personId, qint64 courseId,
                            const QDate &date)
{
    QHash<qint64, const domain::TrainingSession *> sessions;
    for (const domain::TrainingSession &s : state.records.sessions)
        if (s.courseId == courseId && s.date.isValid() && s.date <= date)
            sessions.insert(s.id, &s);
    const domain::TrainingSession *last = nullptr;
    for (const domain::Attendance &a : state.records.attendance) {
        if (a.personId != personId || a.state != domain::AttendanceState::Completed)
            continue;
        const domain::TrainingSession *s = sessions.value(a.sessionId);
        if (s && (!last || s->date > last->date || (s->date == last->date && s->id > last->id)))
            last = s;
    }
    return last ? last->id : 0;
}

QStringList certificateText(const CertificateBatch &batch)
{
    QStringList texts{batch.title};
    for (const Certificate &c : batch.certificates) {
        texts << c.heading << c.name << c.statement << c.issued << c.organisation;
        for (const CertificateField &f : c.fields)
            texts << f.label << f.value;
    }
    return texts;
}

} // namespace training
} // namespace kamae

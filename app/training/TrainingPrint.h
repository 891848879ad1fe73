#pragma once

#include "core/Result.h"
#include "training/Coverage.h"
#include "training/TrainingDesk.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

// What the training module prints (issue 17), already in the reader's
// language and without any notion of paper: the coverage matrix (受講状況)
// and certificates of completion (修了証). training/report/TrainingPdf.h lays
// them out on A4 and writes the PDF; the split keeps the module's rules
// below the report (docs/architecture.md, "Layers") and lets the page read the vault
// on its own thread and write the file on another.
namespace kamae {
namespace training {

struct TrainingPrintText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::training::TrainingPrint)
};

// The mark of a state in a cell, so that the matrix reads in black and
// white: ○ done, □ not yet due, △ due soon, × overdue, — not required.
QString stateSymbol(CoverageState state);

// --- The coverage matrix ---

struct SheetCourse
{
    qint64 id = 0;
    QString title;    // in the reader's language for a starter course
    int percent = -1; // coverage of the course, -1: not measured
    QString coverage; // "85 %", or "—" when not measured
};

struct SheetCell
{
    CoverageState state = CoverageState::NotRequired;
    QString symbol;
    // The completion date for a done cell, else the due date; empty when
    // there is none (required from the start and never taken).
    QString date;
};

// A department's heading (personId 0) or one person.
struct SheetRow
{
    qint64 personId = 0;
    QString name; // the person's name, or "Sales (12 people)"
    // A person's row: one cell per course.
    QVector<SheetCell> cells;
    // A department's row: its coverage per course ("85 %", "—").
    QStringList coverage;
    bool isDepartment() const { return personId == 0; }
};

struct LegendEntry
{
    CoverageState state = CoverageState::NotRequired;
    QString symbol;
    QString label; // "Done"
};

struct CoverageSheet
{
    QString language; // "ja" or "en"
    QDate asOf;
    QString title;         // "Training coverage" (PDF metadata and each page's heading)
    QString organisation;  // the organisation's name, may be empty
    QString asOfText;      // "As of 2026-11-22"
    QString summary;       // "300 people · 12 courses · coverage 86 %"
    QString nameHeader;    // the first column's heading
    QString coverageLabel; // the label of the coverage row under the heading
    QVector<SheetCourse> courses;
    QVector<SheetRow> rows; // each department's row, then its people
    QVector<LegendEntry> legend;
    QString legendNote; // what the date in a cell is
    QString emptyText;  // instead of the table when there are no people or no courses
    QString footerCentre;
    QString pageLabel; // "Page %1 of %2"
    // A department's heading repeated at the top of a page its people
    // continue on: "%1 (continued)" with %1 its name.
    QString continuedLabel;
    // The PDF's default name: 受講状況_<organisation>_YYYYMMDD.pdf,
    // Training_coverage_<organisation>_YYYYMMDD.pdf.
    QString fileName;
    int people = 0;
};

// The sheet of the records, in the current language (call it inside an
// i18n::ScopedLanguage, as buildCoverageSheet does). Pure.
CoverageSheet coverageSheet(const TrainingState &state, const QString &organisation,
                            const QDate &asOf);

struct CoverageSheetOptions
{
    QString language = QStringLiteral("ja"); // "ja" or "en"
    QDate asOf;                              // clock::today() for today
};
// Reads the vault (the people, the training records, the organisation's
// name) in options.language; the window's language is untouched. GUI
// thread (i18n::ScopedLanguage).
Result<CoverageSheet> buildCoverageSheet(store::Database &db, const CoverageSheetOptions &options);

// Every string the sheet shows: for the PDF's text map and for tests.
QStringList sheetText(const CoverageSheet &sheet);

// --- Certificates of completion ---

struct CertificateField
{
    QString label; // "Course"
    QString value; // its title
};

// One page: one person's completion of one session.
struct Certificate
{
    qint64 personId = 0;
    qint64 sessionId = 0;
    QString heading;                  // "Certificate of completion"
    QString name;                     // as addressed ("山田 太郎 殿")
    QString statement;                // "has completed the course below."
    QVector<CertificateField> fields; // course, date of completion, trainer (when recorded)
    QString issued;                   // "Issued 2026-11-22"
    QString organisation;             // the organisation's name, may be empty
};

struct CertificateBatch
{
    QString language;
    QString title; // PDF metadata
    // The PDF's default name: 修了証_<course>_YYYYMMDD.pdf,
    // Certificates_<course>_YYYYMMDD.pdf (the session's date).
    QString fileName;
    QVector<Certificate> certificates;
};

struct CertificateOptions
{
    QString language = QStringLiteral("ja");
    QDate issued;           // clock::today() for today
    qint64 sessionId = 0;   // the session whose completions are certified
    QVector<qint64> people; // empty: everyone who completed it, in the people list's order
};

// The certificates of a session's completions, in the current language.
// Fails (translated) when the session is unknown, when a person asked for
// did not complete it, or when nobody did.
Result<CertificateBatch> certificates(const TrainingState &state, const QString &organisation,
                                      const CertificateOptions &options);
// The same, reading the vault in options.language. GUI thread.
Result<CertificateBatch> buildCertificates(store::Database &db, const CertificateOptions &options);

// The session of the person's last completion of the course on or before
// `date` (for "print the certificate of this cell"); 0 when there is none.
qint64 lastCompletedSession(const TrainingState &state, qint64 personId, qint64 courseId,
                            const QDate &date);

QStringList certificateText(const CertificateBatch &batch);

} // namespace training
} // namespace kamae

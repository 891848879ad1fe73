#pragma once

#include "core/Result.h"
#include "report/ReportDocument.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

// The executive report: built from the vault in the language chosen for the
// report (not the window's), laid out on A4, written as PDF or printed. The
// command line and the Report page call the same functions.
namespace kamae {
namespace report {

// The span the report looks back over; it always ends today.
enum class Period
{
    Last90Days = 0,   // "90d"
    ThisQuarter = 1,  // "quarter": since the first day of the calendar quarter
    Last12Months = 2, // "year": since the same day a year ago
};
QString periodKey(Period period);
std::optional<Period> periodFromKey(const QString &key);
QDate periodStart(Period period, const QDate &today);

struct ReportOptions
{
    QString language = QStringLiteral("ja"); // "ja" or "en"
    Period period = Period::Last90Days;
    QString preparedBy; // the 作成 person; empty leaves the line blank to write on
    QString vaultName;  // the vault's file name (not printed: the footer names the company)
};

// The PDF's default file name in the report's language:
// 情報セキュリティ報告書_<company>_YYYYMMDD.pdf or
// Information_security_report_<company>_YYYYMMDD.pdf. Characters that a
// file name cannot hold (/ \ : * ? " < > |, control characters) and spaces
// become "_"; without a company name that part is left out.
QString defaultFileName(const QString &language, const QString &company, const QDate &day);

// A number the next report compares against ("assets.unreviewed" = 12).
struct Metric
{
    QString key;   // stable
    QString label; // in the report's language
    double value = 0;
    bool higherIsBetter = true;
    int decimals = 0;
    QString unit; // "%", "points", or empty
};

// What the vault keeps about a report once it was saved or printed (not the
// PDF itself, which is wherever the user saved it).
struct ReportRecord
{
    qint64 id = 0;
    QDateTime createdAt;
    QString language;
    Period period = Period::Last90Days;
    QDate from;
    QDate to;
    double total = 0;
    QString preparedBy;
    QString destination; // the PDF's file path, or printedDestination()
    int pages = 0;
    QHash<QString, double> metrics; // by Metric::key
    bool operator==(const ReportRecord &o) const
    {
        return id == o.id && createdAt == o.createdAt && language == o.language &&
               period == o.period && from == o.from && to == o.to &&
               qFuzzyCompare(total + 1, o.total + 1) && preparedBy == o.preparedBy &&
               destination == o.destination && pages == o.pages && metrics == o.metrics;
    }
};

// The destination of a report sent to a printer rather than to a file.
inline QString printedDestination()
{
    return QStringLiteral("print");
}
inline bool isPrinted(const ReportRecord &record)
{
    return record.destination == printedDestination();
}

struct BuiltReport
{
    Document document;
    QVector<Metric> metrics;
    // What history stores once the report is issued (id, destination and
    // pages still empty).
    ReportRecord record;
};

// Reads the vault and writes the report's content in options.language.
// The window's language is untouched (see i18n::ScopedLanguage).
Result<BuiltReport> buildReport(store::Database &db, const ReportOptions &options,
                                const QDate &today);

// Changes who prepared a built report without reading the vault again (the
// cover, the PDF's author and the record), as the Report page does while the
// name is typed.
void setPreparedBy(BuiltReport &report, const QString &name);

// Lays the document out and writes it as PDF, replacing `path` only once
// the whole file is written. Returns the number of pages.
Result<int> writePdf(const Document &document, const QString &path);

// Stores the record (with destination and pages) in the report history.
Result<ReportRecord> recordIssued(store::Database &db, const BuiltReport &report,
                                  const QString &destination, int pages);

} // namespace report
} // namespace kamae

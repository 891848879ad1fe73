#include "report/Report.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "report/ReportRepository.h"
#include "report/ReportText.h"
#include "report/Sections.h"

#include <QRegularExpression>

namespace kamae {
namespace report {

namespace {

// The sections in the order they are printed. Changes comes last: it
// compares the figures the others add.
const SectionBuilder kSections[] = {
    buildCover, buildSummary, buildActions, buildStatus, buildChanges,
};

} // namespace

QString periodKey(Period period)
{
    switch (period) {
    case Period::Last90Days:
        return QStringLiteral("90d");
    case Period::ThisQuarter:
        return QStringLiteral("quarter");
    case Period::Last12Months:
        return QStringLiteral("year");
    }
    return QStringLiteral("90d");
}

std::optional<Period> periodFromKey(const QString &key)
{
    for (Period p : {Period::Last90Days, Period::ThisQuarter, Period::Last12Months}) {
        if (periodKey(p) == key)
            return p;
    }
    return std::nullopt;
}

QDate periodStart(Period period, const QDate &today)
{
    switch (period) {
    case Period::Last90Days:
        return today.addDays(-90);
    case Period::ThisQuarter:
        return QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    case Period::Last12Months:
        return today.addYears(-1);
    }
    return today;
}

QString defaultFileName(const QString &language, const QString &company, const QDate &day)
{
    // A naming convention per language rather than a translated sentence:
    // the Japanese name is the one Japanese offices file such papers under.
    const QString prefix = language == QLatin1String("ja")
                               ? QStringLiteral("情報セキュリティ報告書")
                               : QStringLiteral("Information_security_report");
    QString name;
    for (const QChar ch : company.trimmed()) {
        const bool bad = ch.unicode() < 0x20 || ch.unicode() == 0x7f || ch.isSpace() ||
                         QStringLiteral("/\\:*?\"<>|").contains(ch);
        name += bad ? QChar(QLatin1Char('_')) : ch;
    }
    // No leading or trailing dots (hidden files, Windows), no runs of "_".
    name.replace(QRegularExpression(QStringLiteral("_{2,}")), QStringLiteral("_"));
    while (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('_')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char('_')))
        name.chop(1);
    QStringList parts{prefix};
    if (!name.isEmpty())
        parts << name;
    parts << day.toString(QStringLiteral("yyyyMMdd"));
    return parts.join(QLatin1Char('_')) + QStringLiteral(".pdf");
}

Result<BuiltReport> buildReport(store::Database &db, const ReportOptions &options,
                                const QDate &today)
{
    // Everything that calls tr(), the score's factor titles and the
    // reminders' text included, runs inside the report's language.
    const i18n::ScopedLanguage language(options.language);
    auto context = gatherContext(db, options, today);
    if (!context)
        return Result<BuiltReport>::failure(context.error());

    ReportParts parts;
    for (SectionBuilder build : kSections)
        build(*context, parts);

    Document &doc = parts.document;
    const QString company = context->input.organisation.name;
    doc.language = i18n::currentLanguage();
    doc.title = ReportText::tr("Information security report: %1").arg(company);
    doc.author = options.preparedBy;
    doc.company = company;
    // The company, not the vault's file name: the paper is about the company.
    doc.footerLeft = company;
    doc.footerCentre = ReportText::tr("Issued %1 · Confidential").arg(ReportText::date(today));
    doc.pageLabel = ReportText::tr("Page %1 of %2");

    BuiltReport built;
    built.document = std::move(parts.document);
    built.metrics = std::move(parts.metrics);
    ReportRecord &r = built.record;
    r.createdAt = clock::now();
    r.language = built.document.language;
    r.period = options.period;
    r.from = context->from;
    r.to = today;
    r.total = score::roundedPoints(context->score.total);
    r.preparedBy = options.preparedBy;
    for (const Metric &m : built.metrics)
        r.metrics.insert(m.key, m.value);
    return built;
}

void setPreparedBy(BuiltReport &report, const QString &name)
{
    for (Section &section : report.document.sections) {
        for (Block &block : section.blocks) {
            Cover *cover = std::get_if<Cover>(&block);
            if (cover && cover->preparedByField >= 0 &&
                cover->preparedByField < cover->fields.size())
                cover->fields[cover->preparedByField].value = name;
        }
    }
    report.document.author = name;
    report.record.preparedBy = name;
}

Result<ReportRecord> recordIssued(store::Database &db, const BuiltReport &report,
                                  const QString &destination, int pages)
{
    ReportRecord r = report.record;
    r.destination = destination;
    r.pages = pages;
    return store::ReportRepository(db).add(r);
}

} // namespace report
} // namespace kamae

#include "report/ReportHistoryModel.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "score/Score.h"

#include <QDir>
#include <QLocale>
#include <QTimeZone>

namespace kamae {
namespace ui {

namespace {

const QString kPrinted = QStringLiteral("print");

QDateTime localTime(const report::ReportRecord &r)
{
    // The user's calendar, as everywhere else in Kamae, not UTC's.
    return r.createdAt.toTimeZone(clock::timeZone());
}

} // namespace

ReportHistoryModel::ReportHistoryModel(QObject *parent)
    : RecordTableModel({QT_TR_NOOP("Issued"), QT_TR_NOOP("Score"), QT_TR_NOOP("Language"),
                        QT_TR_NOOP("Period"), QT_TR_NOOP("Pages"), QT_TR_NOOP("Where")},
                       parent)
{
    setAlignment({ScoreColumn, PagesColumn}, Qt::AlignRight | Qt::AlignVCenter);
}

bool ReportHistoryModel::isPrinted(const report::ReportRecord &record)
{
    return record.destination == kPrinted;
}

QString ReportHistoryModel::cellText(int row, int column) const
{
    const report::ReportRecord &r = record(row);
    const QLocale locale;
    switch (column) {
    case IssuedColumn: {
        const QDateTime local = localTime(r);
        return QStringLiteral("%1 %2").arg(i18n::formatDate(local.date()),
                                           locale.toString(local.time(), QLocale::ShortFormat));
    }
    case PeriodColumn:
        return tr("%1 – %2").arg(i18n::formatDate(r.from), i18n::formatDate(r.to));
    case LanguageColumn:
        // Each language by its own name, as the language choices read.
        return r.language == QLatin1String("ja") ? QStringLiteral("日本語")
                                                 : QStringLiteral("English");
    case ScoreColumn:
        // As the report's headline and `kamae score` show it: 48.45 is 49.
        return locale.toString(score::displayedScore(r.total));
    case PagesColumn:
        return locale.toString(r.pages);
    case WhereColumn:
        return isPrinted(r) ? tr("Printed") : QDir::toNativeSeparators(r.destination);
    default:
        return {};
    }
}

QVariant ReportHistoryModel::cellData(int row, int column, int role) const
{
    const report::ReportRecord &r = record(row);
    switch (role) {
    case Qt::ToolTipRole: {
        // The pane is narrow: every cell tells the whole entry.
        const QString summary = tr("Issued %1 · %2 · %3 · score %4 · %n page(s)", nullptr, r.pages)
                                    .arg(cellText(row, IssuedColumn), cellText(row, PeriodColumn),
                                         cellText(row, LanguageColumn), cellText(row, ScoreColumn));
        if (isPrinted(r))
            return tr("%1\nPrinted on paper; there is no file to open.").arg(summary);
        return tr("%1\n%2\nEnter or double-click opens it.")
            .arg(summary, QDir::toNativeSeparators(r.destination));
    }
    case SortRole:
        switch (column) {
        case IssuedColumn:
            return r.createdAt;
        case PeriodColumn:
            return r.from;
        case ScoreColumn:
            return r.total;
        case PagesColumn:
            return r.pages;
        }
        return {};
    case DestinationRole:
        return r.destination;
    }
    return {};
}

} // namespace ui
} // namespace kamae

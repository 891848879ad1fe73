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

ReportHistoryModel::ReportHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

bool ReportHistoryModel::isPrinted(const report::ReportRecord &record)
{
    return record.destination == kPrinted;
}

void ReportHistoryModel::setRecords(const QVector<report::ReportRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

int ReportHistoryModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_records.size(); ++i)
        if (m_records.at(i).id == id)
            return i;
    return -1;
}

void ReportHistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ReportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int ReportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportHistoryModel::text(const report::ReportRecord &r, int column) const
{
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

QVariant ReportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const report::ReportRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(r, index.column());
    case Qt::ToolTipRole: {
        // The pane is narrow: every cell tells the whole entry.
        const QString summary = tr("Issued %1 · %2 · %3 · score %4 · %n page(s)", nullptr, r.pages)
                                    .arg(text(r, IssuedColumn), text(r, PeriodColumn),
                                         text(r, LanguageColumn), text(r, ScoreColumn));
        if (isPrinted(r))
            return tr("%1\nPrinted on paper; there is no file to open.").arg(summary);
        return tr("%1\n%2\nEnter or double-click opens it.")
            .arg(summary, QDir::toNativeSeparators(r.destination));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn || index.column() == PagesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        switch (index.column()) {
        case IssuedColumn:
            return r.createdAt;
        case PeriodColumn:
            return r.from;
        case ScoreColumn:
            return r.total;
        case PagesColumn:
            return r.pages;
        default:
            return text(r, index.column());
        }
    case IdRole:
        return r.id;
    case DestinationRole:
        return r.destination;
    default:
        return {};
    }
}

QVariant ReportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IssuedColumn:
        return tr("Issued");
    case PeriodColumn:
        return tr("Period");
    case LanguageColumn:
        return tr("Language");
    case ScoreColumn:
        return tr("Score");
    case PagesColumn:
        return tr("Pages");
    case WhereColumn:
        return tr("Where");
    default:
        return {};
    }
}

} // namespace ui
} // namespace kamae

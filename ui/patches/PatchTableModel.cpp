#include "patches/PatchTableModel.h"
#include "core/Clock.h"

#include "domain/PatchRules.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace kamae {
namespace ui {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

PatchTableModel::PatchTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_today(clock::today())
{}

void PatchTableModel::setContent(QVector<domain::PatchItem> items,
                                 const QVector<domain::Asset> &assets, const QDate &today)
{
    beginResetModel();
    m_items = std::move(items);
    m_assets.set(assets);
    m_today = today;
    endResetModel();
}

int PatchTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == id)
            return i;
    return -1;
}

void PatchTableModel::upsert(const domain::PatchItem &item)
{
    const int row = rowOfId(item.id);
    if (row >= 0) {
        m_items[row] = item;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = static_cast<int>(m_items.size());
    beginInsertRows({}, at, at);
    m_items.append(item);
    endInsertRows();
}

void PatchTableModel::removeIds(const QVector<qint64> &ids)
{
    for (qint64 id : ids) {
        const int row = rowOfId(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        endRemoveRows();
    }
}

void PatchTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool PatchTableModel::isOverdue(int row) const
{
    return domain::isOverdue(m_items.at(row), m_today);
}

int PatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int PatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PatchTableModel::cell(int row, int column) const
{
    const domain::PatchItem &p = m_items.at(row);
    switch (column) {
    case AssetColumn:
        return m_assets.name(p.assetId);
    case ImportanceColumn:
        return m_assets.importanceText(p.assetId);
    case ProductColumn:
        return p.product;
    case VersionColumn:
        return p.installedVersion;
    case UpdateColumn:
        return p.availableUpdate;
    case IdsColumn:
        return (p.cves + p.jvnIds).join(QLatin1Char(' '));
    case SeverityColumn:
        return PatchCells::severity(p);
    case ExploitedColumn:
        return PatchCells::exploited(p);
    case FoundColumn:
        return dateText(p.found);
    case DueColumn:
        return dateText(p.due);
    case StatusColumn:
        if (domain::acceptanceNeedsReview(p, m_today))
            return tr("%1 (review due)").arg(domain::PatchText::status(p.status));
        return domain::PatchText::status(p.status);
    case AppliedColumn:
        return dateText(p.applied);
    case NotesColumn:
        return p.status == domain::PatchStatus::RiskAccepted && !p.acceptedReason.isEmpty()
                   ? p.acceptedReason
                   : p.notes.section(QLatin1Char('\n'), 0, 0);
    }
    return {};
}

QVariant PatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const domain::PatchItem &p = m_items.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return cell(index.row(), column);
    case Qt::ToolTipRole:
        if (column == ExploitedColumn && p.knownExploited)
            return p.knownRansomwareUse
                       ? tr("Listed as exploited in the wild and used in ransomware campaigns.")
                       : tr("Listed as exploited in the wild.");
        if (column == DueColumn && isOverdue(index.row()))
            return tr("Overdue by %n day(s).", nullptr, static_cast<int>(p.due.daysTo(m_today)));
        if (column == NotesColumn)
            return p.status == domain::PatchStatus::RiskAccepted ? p.acceptedReason : p.notes;
        return {};
    case Qt::ForegroundRole:
        if (isOverdue(index.row()))
            return QBrush(QColor(0xB7, 0x1C, 0x1C));
        if (column == ExploitedColumn && p.knownExploited && domain::isOpen(p))
            return QBrush(QColor(0xB7, 0x1C, 0x1C));
        if (p.status == domain::PatchStatus::Applied)
            return QBrush(QColor(0x60, 0x60, 0x60));
        return {};
    case Qt::FontRole:
        if ((column == DueColumn && isOverdue(index.row())) ||
            (column == ExploitedColumn && p.knownExploited && domain::isOpen(p))) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == ImportanceColumn)
            return int(Qt::AlignCenter);
        return {};
    case SortRole:
        switch (column) {
        case ImportanceColumn:
            return m_assets.importance(p.assetId);
        case SeverityColumn:
            return p.cvssScore >= 0 ? p.cvssScore : static_cast<double>(p.severity) * 2.5 - 0.5;
        case ExploitedColumn:
            return PatchCells::exploitedRank(p);
        case FoundColumn:
            return p.found;
        case DueColumn:
            return p.due.isValid() ? p.due : QDate(9999, 12, 31);
        case AppliedColumn:
            return p.applied;
        case StatusColumn:
            return static_cast<int>(p.status);
        default:
            return cell(index.row(), column);
        }
    case IdRole:
        return p.id;
    case OverdueRole:
        return isOverdue(index.row());
    case SearchRole:
        return QStringList{m_assets.name(p.assetId),
                           p.product,
                           p.installedVersion,
                           p.availableUpdate,
                           p.cves.join(QLatin1Char(' ')),
                           p.jvnIds.join(QLatin1Char(' ')),
                           p.notes,
                           p.acceptedReason}
            .join(QLatin1Char('\n'));
    }
    return {};
}

QVariant PatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AssetColumn:
        return tr("Asset");
    case ImportanceColumn:
        return tr("Importance");
    case ProductColumn:
        return tr("Product");
    case VersionColumn:
        return tr("Installed");
    case UpdateColumn:
        return tr("Update");
    case IdsColumn:
        return tr("CVE / JVN");
    case SeverityColumn:
        return tr("Severity (CVSS)");
    case ExploitedColumn:
        return tr("Known exploited");
    case FoundColumn:
        return tr("Found");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case AppliedColumn:
        return tr("Applied");
    case NotesColumn:
        return tr("Notes / reason");
    }
    return {};
}

} // namespace ui
} // namespace kamae

#include "patches/PatchTableModel.h"
#include "i18n/Language.h"
#include "core/Clock.h"

#include "domain/PatchRules.h"
#include "store/AssetRepository.h"
#include "store/ChangeSet.h"
#include "store/PatchRepository.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace kamae {
namespace ui {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? i18n::formatDate(date) : QString();
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

QHash<qint64, int> PatchTableModel::rowsById() const
{
    QHash<qint64, int> rows;
    rows.reserve(m_items.size());
    for (int i = 0; i < m_items.size(); ++i)
        rows.insert(m_items.at(i).id, i);
    return rows;
}

void PatchTableModel::removeRows(QVector<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QVector<std::pair<int, int>> runs; // (first, last)
    for (int row : rows) {
        if (!runs.isEmpty() && runs.last().second + 1 == row)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    if (runs.size() <= 32) {
        for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
            beginRemoveRows({}, it->first, it->second);
            m_items.remove(it->first, it->second - it->first + 1);
            endRemoveRows();
        }
        return;
    }
    beginResetModel();
    QVector<bool> gone(m_items.size(), false);
    for (int row : rows)
        gone[row] = true;
    QVector<domain::PatchItem> kept;
    kept.reserve(m_items.size() - rows.size());
    for (int row = 0; row < m_items.size(); ++row)
        if (!gone.at(row))
            kept.append(std::move(m_items[row]));
    m_items = std::move(kept);
    endResetModel();
}

Status PatchTableModel::applyChanges(const store::ChangeSet &changes, store::Database &db)
{
    const QString itemTable = QStringLiteral("patch_item");
    const QString assetTable = QStringLiteral("asset");
    if (!changes.touches(itemTable) && !changes.touches(assetTable))
        return {};
    using store::ChangeKind;
    const QSet<qint64> changedItems =
        changes.ids(itemTable, ChangeKind::Insert) + changes.ids(itemTable, ChangeKind::Update);
    if (changes.wholeTable(itemTable) || changes.wholeTable(assetTable) ||
        changedItems.size() > std::max<qsizetype>(1000, m_items.size() / 2)) {
        auto items = store::PatchRepository(db).all();
        auto assets = store::AssetRepository(db).all();
        if (!items || !assets)
            return Status::failure(!items ? items.error() : assets.error());
        setContent(std::move(items).value(), assets.value(), m_today);
        return {};
    }
    auto stored = store::PatchRepository(db).byIds(
        QVector<qint64>(changedItems.cbegin(), changedItems.cend()));
    if (!stored)
        return Status::failure(stored.error());

    // The assets first: changed ones, and any an item names that the index
    // does not know yet.
    const QSet<qint64> changedAssets =
        changes.ids(assetTable, ChangeKind::Insert) + changes.ids(assetTable, ChangeKind::Update);
    // Many (a review of the whole register): reading them all is cheaper.
    const bool allAssets = changedAssets.size() > 1000;
    QSet<qint64> wanted = allAssets ? QSet<qint64>() : changedAssets;
    for (const domain::PatchItem &p : stored.value())
        if (!m_assets.contains(p.assetId))
            wanted.insert(p.assetId);
    store::AssetRepository assetRepo(db);
    auto assets = allAssets ? assetRepo.all()
                            : assetRepo.byIds(QVector<qint64>(wanted.cbegin(), wanted.cend()));
    if (!assets)
        return Status::failure(assets.error());
    if (allAssets) {
        m_assets.set(assets.value());
    } else {
        for (qint64 id : changes.ids(assetTable, ChangeKind::Delete))
            m_assets.remove(id);
        for (qint64 id : changedAssets)
            m_assets.remove(id);
        for (const domain::Asset &a : assets.value())
            m_assets.put(a);
    }

    // Then the items: gone ones (deleted, or named and no longer stored) out.
    QSet<qint64> found;
    for (const domain::PatchItem &p : stored.value())
        found.insert(p.id);
    QSet<qint64> gone = changes.ids(itemTable, ChangeKind::Delete);
    for (qint64 id : changedItems)
        if (!found.contains(id))
            gone.insert(id);
    QHash<qint64, int> rowOf = rowsById();
    QVector<int> goneRows;
    for (qint64 id : gone)
        if (const int row = rowOf.value(id, -1); row >= 0)
            goneRows.append(row);
    if (!goneRows.isEmpty()) {
        removeRows(std::move(goneRows));
        rowOf = rowsById();
    }

    QSet<int> changedRows;
    QVector<domain::PatchItem> fresh;
    for (domain::PatchItem &p : stored.value()) {
        const int row = rowOf.value(p.id, -1);
        if (row < 0) {
            fresh.append(std::move(p));
            continue;
        }
        m_items[row] = std::move(p);
        changedRows.insert(row);
    }
    // Items whose asset was renamed or re-rated show it in two columns.
    if (!changedAssets.isEmpty())
        for (int row = 0; row < m_items.size(); ++row)
            if (changedAssets.contains(m_items.at(row).assetId))
                changedRows.insert(row);
    if (changedRows.size() > 64) {
        // One signal over the span: a proxy handles it in one pass.
        const auto [low, high] = std::minmax_element(changedRows.cbegin(), changedRows.cend());
        emit dataChanged(index(*low, 0), index(*high, ColumnCount - 1));
    } else {
        for (int row : changedRows)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (!fresh.isEmpty()) {
        const int first = static_cast<int>(m_items.size());
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        for (domain::PatchItem &p : fresh)
            m_items.append(std::move(p));
        endInsertRows();
    }
    return {};
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

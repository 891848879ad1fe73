#include "patches/PatchTableModel.h"
#include "core/Clock.h"
#include "i18n/Language.h"

#include "domain/PatchRules.h"
#include "store/AssetRepository.h"
#include "store/ChangeSet.h"
#include "store/PatchRepository.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace kamae {
namespace ui {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? i18n::formatDate(date) : QString();
}

} // namespace

PatchTableModel::PatchTableModel(QObject *parent)
    : RecordTableModel({QT_TR_NOOP("Asset"), QT_TR_NOOP("Importance"), QT_TR_NOOP("Product"),
                        QT_TR_NOOP("CVE / JVN"), QT_TR_NOOP("Severity (CVSS)"),
                        QT_TR_NOOP("Known exploited"), QT_TR_NOOP("Due"), QT_TR_NOOP("Status"),
                        QT_TR_NOOP("Installed"), QT_TR_NOOP("Update"), QT_TR_NOOP("Found"),
                        QT_TR_NOOP("Applied"), QT_TR_NOOP("Notes / reason")},
                       parent),
      m_today(clock::today())
{
    setAlignment({ImportanceColumn}, Qt::AlignCenter);
    setTextColumns({{ProductColumn, &domain::PatchItem::product},
                    {VersionColumn, &domain::PatchItem::installedVersion},
                    {UpdateColumn, &domain::PatchItem::availableUpdate}});
}

void PatchTableModel::setContent(QVector<domain::PatchItem> items,
                                 const QVector<domain::Asset> &assets, const QDate &today)
{
    resetRecords(std::move(items), [&] {
        m_assets.set(assets);
        m_today = today;
    });
}

Status PatchTableModel::applyChanges(const store::ChangeSet &changes, store::Database &db)
{
    const QString itemTable = QStringLiteral("patch_item");
    const QString assetTable = QStringLiteral("asset");
    if (!changes.touches(itemTable) && !changes.touches(assetTable))
        return {};
    const QSet<qint64> changedItems = savedIds(changes, itemTable);
    if (changes.wholeTable(itemTable) || changes.wholeTable(assetTable) ||
        cheaperToReload(changedItems.size())) {
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
    const QSet<qint64> changedAssets = savedIds(changes, assetTable);
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
        for (qint64 id : changes.ids(assetTable, store::ChangeKind::Delete))
            m_assets.remove(id);
        for (qint64 id : changedAssets)
            m_assets.remove(id);
        for (const domain::Asset &a : assets.value())
            m_assets.put(a);
    }

    // Then the items. Those whose asset was renamed or re-rated show it in
    // two columns.
    syncRecords(
        changedItems + changes.ids(itemTable, store::ChangeKind::Delete), std::move(stored).value(),
        [&changedAssets](const domain::PatchItem &p) { return changedAssets.contains(p.assetId); });
    return {};
}

bool PatchTableModel::isOverdue(int row) const
{
    return domain::isOverdue(record(row), m_today);
}

QString PatchTableModel::cellText(int row, int column) const
{
    const domain::PatchItem &p = record(row);
    switch (column) {
    case AssetColumn:
        return m_assets.name(p.assetId);
    case ImportanceColumn:
        return m_assets.importanceText(p.assetId);
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
    return RecordTableModel::cellText(row, column);
}

QVariant PatchTableModel::cellData(int row, int column, int role) const
{
    const domain::PatchItem &p = record(row);
    switch (role) {
    case Qt::ToolTipRole:
        if (column == ExploitedColumn && p.knownExploited)
            return p.knownRansomwareUse
                       ? tr("Listed as exploited in the wild and used in ransomware campaigns.")
                       : tr("Listed as exploited in the wild.");
        if (column == DueColumn && isOverdue(row))
            return tr("Overdue by %n day(s).", nullptr, static_cast<int>(p.due.daysTo(m_today)));
        if (column == NotesColumn)
            return p.status == domain::PatchStatus::RiskAccepted ? p.acceptedReason : p.notes;
        return {};
    case Qt::ForegroundRole:
        if (isOverdue(row))
            return QBrush(QColor(0xB7, 0x1C, 0x1C));
        if (column == ExploitedColumn && p.knownExploited && domain::isOpen(p))
            return QBrush(QColor(0xB7, 0x1C, 0x1C));
        if (p.status == domain::PatchStatus::Applied)
            return QBrush(QColor(0x60, 0x60, 0x60));
        return {};
    case Qt::FontRole:
        if ((column == DueColumn && isOverdue(row)) ||
            (column == ExploitedColumn && p.knownExploited && domain::isOpen(p)))
            return boldFont();
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
        }
        return {};
    case OverdueRole:
        return isOverdue(row);
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

} // namespace ui
} // namespace kamae

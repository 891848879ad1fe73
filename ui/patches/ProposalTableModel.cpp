#include "patches/ProposalTableModel.h"

#include "domain/PatchRules.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace kamae {
namespace ui {

ProposalTableModel::ProposalTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProposalTableModel::setContent(QVector<patches::Proposal> proposals,
                                    const QVector<domain::Asset> &assets)
{
    beginResetModel();
    m_proposals = std::move(proposals);
    m_assets.set(assets);
    endResetModel();
}

void ProposalTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_proposals.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProposalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_proposals.size());
}

int ProposalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProposalTableModel::cell(int row, int column) const
{
    const patches::Proposal &p = m_proposals.at(row);
    const domain::PatchItem &item = p.item;
    switch (column) {
    case AssetColumn:
        return m_assets.name(p.assetId);
    case ImportanceColumn:
        return m_assets.importanceText(p.assetId);
    case ProductColumn:
        return item.installedVersion.isEmpty()
                   ? item.product
                   : QStringLiteral("%1 %2").arg(item.product, item.installedVersion);
    case IdsColumn:
        return (item.cves + item.jvnIds).join(QLatin1Char(' '));
    case TitleColumn:
        return p.title;
    case SeverityColumn:
        return PatchCells::severity(item);
    case ExploitedColumn:
        return PatchCells::exploited(item);
    case PublishedColumn:
        return p.published.isValid() ? QLocale().toString(p.published, QLocale::ShortFormat)
                                     : QString();
    case DueColumn:
        return item.due.isValid() ? QLocale().toString(item.due, QLocale::ShortFormat) : QString();
    }
    return {};
}

QVariant ProposalTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const patches::Proposal &p = m_proposals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cell(index.row(), index.column());
    case Qt::ToolTipRole: {
        QStringList lines{p.title};
        if (!p.description.isEmpty())
            lines << p.description;
        if (!p.requiredAction.isEmpty())
            lines << tr("Required action: %1").arg(p.requiredAction);
        if (!p.url.isEmpty())
            lines << p.url;
        return lines.join(QStringLiteral("\n\n"));
    }
    case Qt::ForegroundRole:
        if (index.column() == ExploitedColumn && p.item.knownExploited)
            return QBrush(QColor(0xB7, 0x1C, 0x1C));
        return {};
    case Qt::FontRole:
        if (index.column() == ExploitedColumn && p.item.knownExploited) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ImportanceColumn)
            return int(Qt::AlignCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case ImportanceColumn:
            return m_assets.importance(p.assetId);
        case SeverityColumn:
            return p.item.cvssScore;
        case ExploitedColumn:
            return PatchCells::exploitedRank(p.item);
        case PublishedColumn:
            return p.published;
        case DueColumn:
            return p.item.due;
        default:
            return cell(index.row(), index.column());
        }
    }
    return {};
}

QVariant ProposalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AssetColumn:
        return tr("Asset");
    case ImportanceColumn:
        return tr("Importance");
    case ProductColumn:
        return tr("Product and version");
    case IdsColumn:
        return tr("CVE / JVN");
    case TitleColumn:
        return tr("Vulnerability name");
    case SeverityColumn:
        return tr("Severity (CVSS)");
    case ExploitedColumn:
        return tr("Known exploited");
    case PublishedColumn:
        return tr("Published");
    case DueColumn:
        return tr("Due if confirmed");
    }
    return {};
}

} // namespace ui
} // namespace kamae

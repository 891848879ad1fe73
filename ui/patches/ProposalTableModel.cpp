#include "patches/ProposalTableModel.h"

#include "i18n/Language.h"
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
    m_newCount = patches::countNew(m_proposals);
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
        return p.published.isValid() ? i18n::formatDate(p.published)
                                     : QString();
    case DueColumn:
        return item.due.isValid() ? i18n::formatDate(item.due) : QString();
    case StateColumn:
        return p.state == patches::ProposalState::ProbablyFixed
                   ? tr("Probably fixed by the update of %1")
                         .arg(i18n::formatDate(p.fixedBy))
                   : tr("New");
    case ReasonColumn:
        return patches::reasonText(p);
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
    case StateRole:
        return p.state == patches::ProposalState::ProbablyFixed ? QStringLiteral("fixed")
                                                                : QStringLiteral("new");
    case Qt::ToolTipRole: {
        if (index.column() == StateColumn && p.state == patches::ProposalState::ProbablyFixed)
            return tr("The feed listed this vulnerability on %1, before the asset's last update "
                      "on %2: that update probably brought the fix. Check the installed "
                      "version; confirm it if the fix is missing, dismiss it otherwise.")
                .arg(i18n::formatDate(p.published),
                     i18n::formatDate(p.fixedBy));
        QStringList lines{p.title};
        if (!p.description.isEmpty())
            lines << p.description;
        if (!p.requiredAction.isEmpty())
            lines << tr("Required action: %1").arg(p.requiredAction);
        if (!p.url.isEmpty())
            lines << p.url;
        lines << tr("Why it matched: %1").arg(patches::reasonText(p));
        return lines.join(QStringLiteral("\n\n"));
    }
    case Qt::ForegroundRole:
        // Probably fixed: shown, but quieter than what waits for a decision.
        if (p.state == patches::ProposalState::ProbablyFixed)
            return QBrush(QColor(0x75, 0x75, 0x75));
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
        case StateColumn:
            return p.state == patches::ProposalState::ProbablyFixed ? p.fixedBy : QDate();
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
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Why it matched");
    }
    return {};
}

} // namespace ui
} // namespace kamae

#include "patches/ProposalTableModel.h"

#include "domain/AssetRules.h"
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
    m_assetNames.clear();
    m_importance.clear();
    for (const domain::Asset &a : assets) {
        m_assetNames.insert(a.id, a.name);
        m_importance.insert(a.id, domain::importance(a));
    }
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
        return m_assetNames.value(p.assetId);
    case ImportanceColumn: {
        const int importance = m_importance.value(p.assetId);
        return importance > 0 ? QString::number(importance) : QString();
    }
    case ProductColumn:
        return item.installedVersion.isEmpty()
                   ? item.product
                   : QStringLiteral("%1 %2").arg(item.product, item.installedVersion);
    case IdsColumn:
        return (item.cves + item.jvnIds).join(QLatin1Char(' '));
    case TitleColumn:
        return p.title;
    case SeverityColumn:
        if (item.cvssScore >= 0)
            return QStringLiteral("%1 (%2)")
                .arg(domain::PatchText::severity(item.severity))
                .arg(item.cvssScore, 0, 'f', 1);
        return item.severity == domain::Severity::Unknown
                   ? QString()
                   : domain::PatchText::severity(item.severity);
    case ExploitedColumn:
        if (item.knownRansomwareUse)
            return tr("Exploited, ransomware");
        return item.knownExploited ? tr("Exploited") : QString();
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
            return m_importance.value(p.assetId);
        case SeverityColumn:
            return p.item.cvssScore;
        case ExploitedColumn:
            return (p.item.knownExploited ? 2 : 0) + (p.item.knownRansomwareUse ? 1 : 0);
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

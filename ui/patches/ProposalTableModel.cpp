#include "patches/ProposalTableModel.h"

#include "domain/PatchRules.h"
#include "i18n/Language.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace kamae {
namespace ui {

ProposalTableModel::ProposalTableModel(QObject *parent)
    : RecordTableModel(
          {QT_TR_NOOP("Asset"), QT_TR_NOOP("Importance"), QT_TR_NOOP("Product and version"),
           QT_TR_NOOP("CVE / JVN"), QT_TR_NOOP("State"), QT_TR_NOOP("Known exploited"),
           QT_TR_NOOP("Severity (CVSS)"), QT_TR_NOOP("Due if confirmed"),
           QT_TR_NOOP("Vulnerability name"), QT_TR_NOOP("Published"), QT_TR_NOOP("Why it matched")},
          parent)
{
    setAlignment({ImportanceColumn}, Qt::AlignCenter);
}

void ProposalTableModel::setContent(QVector<patches::Proposal> proposals,
                                    const QVector<domain::Asset> &assets)
{
    const int newCount = patches::countNew(proposals);
    resetRecords(std::move(proposals), [&] {
        m_newCount = newCount;
        m_assets.set(assets);
    });
}

QString ProposalTableModel::cellText(int row, int column) const
{
    const patches::Proposal &p = record(row);
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
        return p.published.isValid() ? i18n::formatDate(p.published) : QString();
    case DueColumn:
        return item.due.isValid() ? i18n::formatDate(item.due) : QString();
    case StateColumn:
        return p.state == patches::ProposalState::ProbablyFixed
                   ? tr("Probably fixed by the update of %1").arg(i18n::formatDate(p.fixedBy))
                   : tr("New");
    case ReasonColumn:
        return patches::reasonText(p);
    }
    return {};
}

QVariant ProposalTableModel::cellData(int row, int column, int role) const
{
    const patches::Proposal &p = record(row);
    switch (role) {
    case StateRole:
        return p.state == patches::ProposalState::ProbablyFixed ? QStringLiteral("fixed")
                                                                : QStringLiteral("new");
    case Qt::ToolTipRole: {
        if (column == StateColumn && p.state == patches::ProposalState::ProbablyFixed)
            return tr("The feed listed this vulnerability on %1, before the asset's last update "
                      "on %2: that update probably brought the fix. Check the installed "
                      "version; confirm it if the fix is missing, dismiss it otherwise.")
                .arg(i18n::formatDate(p.published), i18n::formatDate(p.fixedBy));
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
        if (column == ExploitedColumn && p.item.knownExploited)
            return QBrush(QColor(0xB7, 0x1C, 0x1C));
        return {};
    case Qt::FontRole:
        return column == ExploitedColumn && p.item.knownExploited ? boldFont() : QVariant();
    case SortRole:
        switch (column) {
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
        }
        return {};
    }
    return {};
}

} // namespace ui
} // namespace kamae

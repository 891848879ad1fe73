#include "patches/PatchFilterProxy.h"

#include "domain/PatchRules.h"
#include "patches/PatchTableModel.h"

namespace kamae {
namespace ui {

PatchFilterProxy::PatchFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PatchTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void PatchFilterProxy::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    invalidateRowsFilter();
}

void PatchFilterProxy::setAssetId(qint64 assetId)
{
    if (assetId == m_assetId)
        return;
    m_assetId = assetId;
    invalidateRowsFilter();
}

void PatchFilterProxy::setSearchText(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateRowsFilter();
}

bool PatchFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const PatchTableModel *>(sourceModel());
    if (!model)
        return true;
    const domain::PatchItem &p = model->itemAt(sourceRow);
    if (m_assetId > 0 && p.assetId != m_assetId)
        return false;
    switch (m_scope) {
    case Scope::Open:
        if (!domain::isOpen(p))
            return false;
        break;
    case Scope::Overdue:
        if (!model->isOverdue(sourceRow))
            return false;
        break;
    case Scope::KnownExploited:
        if (!domain::isOpen(p) || !p.knownExploited)
            return false;
        break;
    case Scope::RiskAccepted:
        if (p.status != domain::PatchStatus::RiskAccepted)
            return false;
        break;
    case Scope::Applied:
        if (p.status != domain::PatchStatus::Applied)
            return false;
        break;
    case Scope::All:
        break;
    }
    if (m_search.isEmpty())
        return true;
    const QString text = model->index(sourceRow, 0)
                             .data(PatchTableModel::SearchRole)
                             .toString()
                             .normalized(QString::NormalizationForm_KC)
                             .toCaseFolded();
    const QStringList words = m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words)
        if (!text.contains(w))
            return false;
    return true;
}

} // namespace ui
} // namespace kamae

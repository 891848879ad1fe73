#include "patches/PatchFilterProxy.h"

#include "domain/PatchRules.h"
#include "patches/PatchTableModel.h"

namespace kamae {
namespace ui {

bool PatchFilterProxy::acceptsRow(int sourceRow) const
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
    if (foldedSearch().isEmpty())
        return true;
    const QString text =
        foldForSearch(model->index(sourceRow, 0).data(PatchTableModel::SearchRole).toString());
    const QStringList words = foldedSearch().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words)
        if (!text.contains(w))
            return false;
    return true;
}

} // namespace ui
} // namespace kamae

#include "models/RecordFilterProxy.h"

#include "models/RecordTableModel.h"

namespace kamae {
namespace ui {

RecordFilterProxy::RecordFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RecordFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    m_folded = foldForSearch(trimmed);
    invalidateRowsFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceModel() || sourceParent.isValid() || acceptsRow(sourceRow);
}

bool RecordFilterProxy::anyContainsSearch(const QStringList &texts) const
{
    if (m_folded.isEmpty())
        return true;
    for (const QString &text : texts)
        if (foldForSearch(text).contains(m_folded))
            return true;
    return false;
}

bool SearchFilterProxy::acceptsRow(int sourceRow) const
{
    return anyContainsSearch(
        sourceModel()->index(sourceRow, 0).data(TableModel::SearchRole).toStringList());
}

} // namespace ui
} // namespace kamae

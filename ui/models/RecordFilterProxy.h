#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

#include <utility>

namespace kamae {
namespace ui {

// What the filter proxies of Kamae's tables do alike: sort on the model's
// TableModel::SortRole in the user's locale, keep a search text (trimmed,
// and folded by foldForSearch()), and filter only when the source is a
// flat table; the subclass says which source rows pass.
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_DISABLE_COPY_MOVE(RecordFilterProxy)

public:
    void setSearchText(const QString &text);
    // As typed, trimmed.
    QString searchText() const { return m_search; }

protected:
    explicit RecordFilterProxy(QObject *parent);

    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const final;
    virtual bool acceptsRow(int sourceRow) const = 0;

    // The search text, folded; empty when there is none.
    const QString &foldedSearch() const { return m_folded; }
    // True without a search text, or when one of `texts` contains it.
    bool anyContainsSearch(const QStringList &texts) const;
    // Sets a filter's value and filters again when it changed.
    template <typename V, typename U> void setFilterValue(V &member, U &&value)
    {
        if (member == value)
            return;
        member = std::forward<U>(value);
        invalidateRowsFilter();
    }

private:
    QString m_search;
    QString m_folded;
};

// The proxy of a table whose only filter is the search: a row passes when
// one of the texts its model gives for TableModel::SearchRole (a
// QStringList, asked of the row's first cell) contains it.
class SearchFilterProxy final : public RecordFilterProxy
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchFilterProxy)

public:
    explicit SearchFilterProxy(QObject *parent = nullptr) : RecordFilterProxy(parent) {}

protected:
    bool acceptsRow(int sourceRow) const override;
};

} // namespace ui
} // namespace kamae

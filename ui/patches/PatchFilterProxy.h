#pragma once

#include <QSortFilterProxyModel>

namespace kamae {
namespace ui {

// Which patch items the Patches page shows: a scope (open, overdue, …),
// one asset or all, and a search text.
class PatchFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatchFilterProxy)

public:
    enum class Scope
    {
        Open, // open and scheduled
        Overdue,
        KnownExploited, // open and known exploited
        RiskAccepted,
        Applied,
        All,
    };

    explicit PatchFilterProxy(QObject *parent = nullptr);

    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    // 0 = every asset.
    void setAssetId(qint64 assetId);
    qint64 assetId() const { return m_assetId; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Scope m_scope = Scope::Open;
    qint64 m_assetId = 0;
    QString m_search;
};

} // namespace ui
} // namespace kamae

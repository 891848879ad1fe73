#pragma once

#include "models/RecordFilterProxy.h"

namespace kamae {
namespace ui {

// Which patch items the Patches page shows: a scope (open, overdue, …),
// one asset or all, and a search text.
class PatchFilterProxy final : public RecordFilterProxy
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

    explicit PatchFilterProxy(QObject *parent = nullptr) : RecordFilterProxy(parent) {}

    void setScope(Scope scope) { setFilterValue(m_scope, scope); }
    Scope scope() const { return m_scope; }
    // 0 = every asset.
    void setAssetId(qint64 assetId) { setFilterValue(m_assetId, assetId); }
    qint64 assetId() const { return m_assetId; }
    // setSearchText(): every word of it, in any of the item's texts.

protected:
    bool acceptsRow(int sourceRow) const override;

private:
    Scope m_scope = Scope::Open;
    qint64 m_assetId = 0;
};

} // namespace ui
} // namespace kamae

#pragma once

#include "patches/PatchDesk.h"

#include <QLabel>

namespace kamae {
namespace ui {

// The line over the Patches page's tabs: open, overdue (in red), known
// exploited, risk acceptances to review, proposals, stale assets.
class PatchesSummary final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatchesSummary)

public:
    explicit PatchesSummary(QWidget *parent = nullptr);

    // `proposals`: the new ones only (those probably fixed are not open).
    void setCounts(const patches::ItemTally &items, int proposals, int staleAssets);
    void retranslate();

private:
    patches::ItemTally m_items;
    int m_proposals = 0;
    int m_stale = 0;
};

} // namespace ui
} // namespace kamae

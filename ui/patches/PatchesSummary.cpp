#include "patches/PatchesSummary.h"

#include "patches/PatchViews.h"

namespace kamae {
namespace ui {

PatchesSummary::PatchesSummary(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("summaryLabel"));
    setTextFormat(Qt::RichText);
    retranslate();
}

void PatchesSummary::setCounts(const patches::ItemTally &items, int proposals, int staleAssets)
{
    m_items = items;
    m_proposals = proposals;
    m_stale = staleAssets;
    retranslate();
}

void PatchesSummary::retranslate()
{
    QStringList parts;
    parts << PatchesPageText::tr("%n open", nullptr, m_items.open);
    const QString overdue =
        PatchesPageText::tr("%n overdue", nullptr, m_items.overdue).toHtmlEscaped();
    parts << (m_items.overdue > 0
                  ? QStringLiteral("<span style=\"color:#b71c1c; font-weight:bold\">%1</span>")
                        .arg(overdue)
                  : overdue);
    parts << PatchesPageText::tr("%n known exploited", nullptr, m_items.exploited);
    if (m_items.toReview > 0)
        parts << PatchesPageText::tr("%n risk acceptance(s) to review", nullptr, m_items.toReview);
    parts << PatchesPageText::tr("%n proposal(s)", nullptr, m_proposals);
    parts << PatchesPageText::tr("%n stale asset(s)", nullptr, m_stale);
    setText(parts.join(QStringLiteral(" · ")));
}

} // namespace ui
} // namespace kamae

// The BCP page's printouts: the binder, the emergency cards, the call tree
// and the 事業継続力強化計画 draft of the draft plan, and any published
// version's binder, in the plan's language (bcp/report/BcpPdf).
#include "bcp/BcpHistoryPanel.h"
#include "bcp/BcpPage.h"
#include "bcp/BcpPlanPanel.h"
#include "bcp/report/BcpPdf.h"
#include "core/Clock.h"
#include "widgets/ListPanel.h"
#include "widgets/MessageBar.h"
#include "widgets/PdfSaving.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QMenu>
#include <QTabWidget>
#include <QToolButton>

namespace kamae {
namespace ui {

void BcpPage::setUpPrinting()
{
    auto *menu = new QMenu(this);
    const bcp::PrintPart parts[] = {bcp::PrintPart::Binder, bcp::PrintPart::Card,
                                    bcp::PrintPart::CallTree, bcp::PrintPart::Meti};
    for (bcp::PrintPart part : parts) {
        QAction *action = menu->addAction(QString());
        m_printParts[static_cast<int>(part)] = action;
        connect(action, &QAction::triggered, this, [this, part] { print(part, 0); });
    }
    m_print = addCornerMenu(m_tabs, menu, QStringLiteral("bcpPrintButton"));

    connect(m_history->printAction(), &QAction::triggered, this, [this] {
        if (const int number = static_cast<int>(m_history->versions()->currentId()); number > 0)
            print(bcp::PrintPart::Binder, number);
    });
}

void BcpPage::retranslatePrinting()
{
    m_print->setText(tr("Print (PDF)"));
    m_print->setToolTip(tr("The plan on A4, in the plan's language, to print or to file"));
    m_printParts[static_cast<int>(bcp::PrintPart::Binder)]->setText(tr("Whole plan (binder)…"));
    m_printParts[static_cast<int>(bcp::PrintPart::Card)]->setText(tr("Employee emergency cards…"));
    m_printParts[static_cast<int>(bcp::PrintPart::CallTree)]->setText(tr("Call tree…"));
    m_printParts[static_cast<int>(bcp::PrintPart::Meti)]->setText(
        tr("Business Continuity Strengthening Plan draft…"));
    m_history->printAction()->setText(tr("Print version…"));
    m_history->printAction()->setToolTip(
        tr("The selected version as it was published, on A4 (PDF)"));
}

bool BcpPage::print(bcp::PrintPart part, int version, const QString &path)
{
    m_planPanel->flush();
    bcp::PrintOptions options;
    options.version = version;
    options.today = clock::today();
    return savePdf(this, messageBar(), report::buildBcpPrint(database(), part, options), path,
                   tr("Save the BCP as PDF"), report::writeBcpPrint);
}

} // namespace ui
} // namespace kamae

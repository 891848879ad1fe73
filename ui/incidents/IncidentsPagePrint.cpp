// The incidents page's printouts: the selected incident's report, the
// incident card on A4 and the wallet cards (incidents/report/IncidentPdf),
// in the window's language.
#include "core/Clock.h"
#include "incidents/IncidentsPage.h"
#include "incidents/report/IncidentPdf.h"
#include "widgets/MessageBar.h"
#include "widgets/PdfSaving.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QMenu>
#include <QTabWidget>
#include <QToolButton>

namespace kamae {
namespace ui {

void IncidentsPage::setUpPrinting()
{
    auto *menu = new QMenu(this);
    using Part = report::IncidentPrintPart;
    for (Part part : {Part::Report, Part::Card, Part::WalletCard}) {
        QAction *action = menu->addAction(QString());
        action->setObjectName(QStringLiteral("incidentsPrint%1").arg(static_cast<int>(part)));
        m_printParts[static_cast<int>(part)] = action;
        connect(action, &QAction::triggered, this, [this, part] { print(part); });
    }
    // The report needs an incident: say which, or why it is not offered.
    connect(menu, &QMenu::aboutToShow, this,
            [this] { m_printParts[0]->setEnabled(currentIncident() != nullptr); });
    m_print = addCornerMenu(m_tabs, menu, QStringLiteral("incidentsPrintButton"));
}

void IncidentsPage::retranslatePrinting()
{
    using Part = report::IncidentPrintPart;
    m_print->setText(tr("Print (PDF)"));
    m_print->setToolTip(tr("The incident report, or the incident card with the first steps and "
                           "the numbers to call, on A4"));
    m_printParts[static_cast<int>(Part::Report)]->setText(tr("Incident report…"));
    m_printParts[static_cast<int>(Part::Report)]->setToolTip(
        tr("The selected incident, for the police, the insurer or a business partner"));
    m_printParts[static_cast<int>(Part::Card)]->setText(tr("Incident card (A4)…"));
    m_printParts[static_cast<int>(Part::WalletCard)]->setText(tr("Wallet cards…"));
}

bool IncidentsPage::print(report::IncidentPrintPart part, const QString &path)
{
    incidents::IncidentPrintOptions options;
    options.today = clock::today();
    if (part == report::IncidentPrintPart::Report) {
        const domain::Incident *incident = currentIncident();
        if (!incident) {
            messageBar()->showWarning(tr("Select the incident to report on in the log."));
            return false;
        }
        options.incident = incident->id;
    }
    return savePdf(this, messageBar(), report::buildIncidentPrint(database(), part, options), path,
                   tr("Save as PDF"), report::writeIncidentPrint);
}

} // namespace ui
} // namespace kamae

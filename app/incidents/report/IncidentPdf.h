#pragma once

#include "core/Result.h"
#include "incidents/IncidentPrint.h"
#include "report/ReportDocument.h"

#include <QLineF>
#include <QPageLayout>
#include <QRectF>
#include <QString>
#include <QVector>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

// The incidents module's printouts (issue 19), with the report's fonts,
// blocks and PDF output (PdfOutput.h): the incident card on one A4 page,
// the same as wallet cards (91 × 55 mm faces, folded in two: the first
// steps on one face, the numbers on the other; five per A4 page with cut
// lines), and the report of one incident, on as many pages as it takes.
// Their content comes from incidents/IncidentPrint.h; this file only lays
// it out.
namespace kamae {
namespace report {

// Where the card goes on a page, and the size its text fits at.
struct IncidentCardLayout
{
    QRectF page;                 // the printable rectangle
    QVector<QRectF> stepFaces;   // the faces with the first steps (A4: the one card)
    QVector<QRectF> numberFaces; // wallet: the faces with the numbers, beside their steps
    QVector<QLineF> cuts;        // wallet: dashed, across the page
    QVector<QLineF> folds;       // wallet: the middle of each card
    double fontPoints = 0;       // the steps' face (A4: the card)
    double numberPoints = 0;     // wallet: the numbers' face, fitted on its own
    int steps = 0;               // the steps shown; never fewer than the card's essential ones
    int numbers = 0;             // the numbers shown, first ones first; the rest are counted
    bool fits = false;           // everything shown fits its face at those sizes
};

IncidentCardLayout layoutIncidentCard(const incidents::IncidentCard &card, incidents::CardSize size,
                                      QPaintDevice &device, const QRectF &page);

// The page layout of a card's PDF: the report's A4 for the A4 card, the
// whole sheet for the wallet cards (they place their own margins).
QPageLayout incidentCardPageLayout(incidents::CardSize size);

// The report as the report's blocks, laid out and painted by the renderer.
Document incidentReportDocument(const incidents::IncidentReport &report);

// Paint on an active painter; return the number of pages.
int paintIncidentCard(const incidents::IncidentCard &card, incidents::CardSize size,
                      QPagedPaintDevice &device, QPainter &painter);
int paintIncidentReport(const incidents::IncidentReport &report, QPagedPaintDevice &device,
                        QPainter &painter);

// Write the PDF, replacing `path` only once the whole file is written.
Result<int> writeIncidentCardPdf(const incidents::IncidentCard &card, incidents::CardSize size,
                                 const QString &path);
Result<int> writeIncidentReportPdf(const incidents::IncidentReport &report, const QString &path);

enum class IncidentPrintPart
{
    Report = 0,
    Card,       // one A4 page
    WalletCard, // wallet cards, five per A4 page
};

// One printout, ready to write (the page passes it to ui::savePdf).
struct IncidentPrintJob
{
    IncidentPrintPart part = IncidentPrintPart::Card;
    QString language;
    incidents::IncidentReport report;
    incidents::IncidentCard card;
    QString fileName() const;
};

// Reads the vault and builds the printout in options.language (else the
// current one); the window's language is untouched. GUI thread.
Result<IncidentPrintJob> buildIncidentPrint(store::Database &db, IncidentPrintPart part,
                                            const incidents::IncidentPrintOptions &options);
// Any thread.
Result<int> writeIncidentPrint(const IncidentPrintJob &job, const QString &path);

} // namespace report
} // namespace kamae

#pragma once

#include "bcp/BcpPrint.h"
#include "core/Result.h"

#include <QLineF>
#include <QRectF>
#include <QString>
#include <QVector>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

// The BCP module's printouts on A4 (issue 18), with the report's fonts,
// blocks and PDF output (PdfOutput.h): the binder (cover, contents with
// page numbers, the plan's sections with their form numbers, the checks
// for a draft, then the call tree and the emergency card as appendices),
// the emergency card alone (two identical cards per page with a cut line),
// the call tree alone, and the 事業継続力強化計画 draft. Their content comes
// from bcp/BcpPrint.h; this file only lays it out. It lives here because a
// module may not include the report (docs/architecture.md, "Layers").
namespace kamae {
namespace report {

// The call tree's geometry on one device: where each box and line goes,
// page by page. Pure geometry, which the tests check stays on the page.
struct CallTreePage
{
    QRectF root;
    QVector<QRectF> boxes; // the children on this page
    QVector<int> children; // their indexes in tree.children
    QVector<QLineF> lines;
};

struct CallTreeLayout
{
    QRectF page;             // the printable rectangle
    QRectF body;             // above the footer
    double headerHeight = 0; // the title and intro at the top of each page
    QVector<CallTreePage> pages;
};

CallTreeLayout layoutCallTree(const bcp::CallTree &tree, QPaintDevice &device, const QRectF &page);

// Where the two cards of a page go, and the cut line between them.
struct CardLayout
{
    QRectF top;
    QRectF bottom;
    QLineF cut;
    double fontPoints = 0; // the size the card's text fits at
    int stepLines = 4;     // a step longer than this many lines ends in "…"
    int steps = 0;         // the steps shown; the rest are one "…"
};
CardLayout layoutCards(const bcp::EmergencyCard &card, QPaintDevice &device, const QRectF &page);

// Paint on an active painter, calling device.newPage() between pages.
// Return the number of pages.
int paintBinder(const bcp::BcpPrintout &binder, QPagedPaintDevice &device, QPainter &painter);
int paintCards(const bcp::BcpPrintout &binder, QPagedPaintDevice &device, QPainter &painter);
int paintCallTree(const bcp::BcpPrintout &binder, QPagedPaintDevice &device, QPainter &painter);
int paintMetiDraft(const bcp::MetiDraft &draft, QPagedPaintDevice &device, QPainter &painter);

// Write the PDF, replacing `path` only once the whole file is written.
// Return the number of pages.
Result<int> writeBinderPdf(const bcp::BcpPrintout &binder, const QString &path);
Result<int> writeCardPdf(const bcp::BcpPrintout &binder, const QString &path);
Result<int> writeCallTreePdf(const bcp::BcpPrintout &binder, const QString &path);
Result<int> writeMetiPdf(const bcp::MetiDraft &draft, const QString &path);

// What one printout is, ready to write: its default file name and pages.
struct BcpPrintJob
{
    bcp::PrintPart part = bcp::PrintPart::Binder;
    QString language;
    bcp::BcpPrintout binder; // binder, card, call tree
    bcp::MetiDraft meti;
    QString fileName() const;
};

// Reads the vault and builds the printout in its language (options.language,
// else the printed plan's); the window's language is untouched. GUI thread
// (i18n::ScopedLanguage).
Result<BcpPrintJob> buildBcpPrint(store::Database &db, bcp::PrintPart part,
                                  const bcp::PrintOptions &options);
// Any thread.
Result<int> writeBcpPrint(const BcpPrintJob &job, const QString &path);
// Both in one call, for the command line.
Result<int> printBcp(store::Database &db, bcp::PrintPart part, const bcp::PrintOptions &options,
                     const QString &path);

} // namespace report
} // namespace kamae

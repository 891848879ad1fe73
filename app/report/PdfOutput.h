#pragma once

#include "core/Result.h"

#include <QPageLayout>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;
class QPainter;

// The one way Kamae writes a PDF: drawn in memory with the report's fonts,
// its text map corrected so that copied and searched text is what was
// meant (PdfOutput.cpp), then written beside the target and renamed, so a
// failure leaves no half file and an existing file as it was. The report
// (writePdf in Report.h) and the training module's printouts
// (training/report/TrainingPdf.h) paint their own pages through it.
namespace kamae {
namespace report {

struct PdfPages
{
    QString title;      // the PDF's metadata
    QPageLayout layout; // of every page
    // Every string the pages show: the characters whose glyphs the text
    // map must name as the document meant them.
    QStringList texts;
    // Paints every page (calling device.newPage() between pages) on the
    // active painter; returns the number of pages.
    std::function<int(QPagedPaintDevice &device, QPainter &painter)> paint;
};

// The printable rectangle of the device's page from (0, 0), in device
// pixels: where a printout's pages are laid out.
QRectF printableRect(QPagedPaintDevice &device);

// `texts` and the characters every printout may draw besides them (page
// numbers, "…", "✂", "・"), for PdfPages::texts.
QStringList withPrintoutGlyphs(QStringList texts);

// Any thread: it reads no vault and calls no tr() but for its errors.
Result<int> writePdfPages(const PdfPages &pages, const QString &path);

} // namespace report
} // namespace kamae

#pragma once

#include "core/Result.h"
#include "report/ReportDocument.h"

#include <QPageLayout>
#include <QRectF>
#include <QVector>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

// Lays a Document out on pages and paints it with QPainter, so charts stay
// vector graphics in a PDF and the same code prints and previews.
namespace kamae {
namespace report {

// One block (or, for a table or paragraph, a slice of it) on a page.
struct PlacedBlock
{
    int section = 0;
    int block = 0;
    int firstRow = 0; // tables: rows [firstRow, endRow); paragraphs: lines
    int endRow = 0;
    bool sectionTitle = false; // the section's numbered title
    QRectF rect;               // in device pixels, inside the body area
};

struct LaidOutPage
{
    QVector<PlacedBlock> blocks;
};

struct Layout
{
    QRectF page; // the whole printable rectangle, device pixels
    QRectF body; // where blocks go: above the footer
    QVector<LaidOutPage> pages;
};

// Page geometry from the device (its page layout and resolution).
Layout layoutDocument(const Document &document, QPaintDevice &device, const QRectF &page);

// Paints every page; the painter must be active on `device`. Calls
// device.newPage() between pages. Returns the number of pages.
int paintDocument(const Document &document, QPagedPaintDevice &device, QPainter &painter);

// Paints the pages of `layout` (made by layoutDocument on the same device)
// as paintDocument does, their footers numbering them `firstPage`, … of
// `pages`: for a document followed by pages of another kind (the BCP
// binder's appendices).
void paintLayout(const Document &document, const Layout &layout, QPagedPaintDevice &device,
                 QPainter &painter, int firstPage, int pages);

// The section titles as the pages show them: "N. Title" for titled
// sections, numbered from 1; empty for the others.
QStringList sectionTitles(const Document &document);

// A4 portrait with the report's margins, for the PDF, the printer and the
// preview alike, so that what is previewed is what is written.
QPageLayout reportPageLayout();

// The font the report uses: Noto Sans CJK JP (or the system's Japanese
// font), without OpenType shaping so that a PDF's text can be copied and
// searched digit for digit.
QString reportFontFamily();

} // namespace report
} // namespace kamae

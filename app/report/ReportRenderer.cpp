#include "report/ReportRenderer.h"

#include <QMarginsF>
#include <QPageSize>

#include "report/ReportBlocks.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <vector>

namespace kamae {
namespace report {

namespace {

// Something the page flow places: a section's title or one of its blocks.
struct Item
{
    int section = 0;
    int block = 0;
    bool title = false;
    Measure measure;
    double gap = 0; // space above it, except at the top of a page
    bool keepWithNext = false;
};

// "N. Title" for titled sections, numbered from 1; empty for the others.
QStringList numberedTitles(const Document &document)
{
    QStringList titles;
    int number = 0;
    for (const Section &section : document.sections)
        titles << (section.title.isEmpty()
                       ? QString()
                       : QStringLiteral("%1. %2").arg(++number).arg(section.title));
    return titles;
}

double sectionTitleHeight(const QString &title, const Style &s, double width)
{
    return Wrapped(title, s.font(size::sectionTitle, true), s, width, 1.3).height() + s.mm(1.2) +
           s.pt(0.8);
}

void paintSectionTitle(QPainter &p, const Style &s, const QString &title, const QRectF &rect)
{
    Wrapped(title, s.font(size::sectionTitle, true), s, rect.width(), 1.3)
        .draw(p, rect.topLeft(), Style::accent());
    p.setPen(QPen(Style::accent(), s.pt(0.8)));
    const double y = rect.bottom() - s.pt(0.4);
    p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
}

std::vector<Item> itemsOf(const Document &document, const Style &s, double width)
{
    const QStringList titles = numberedTitles(document);
    std::vector<Item> items;
    for (int si = 0; si < document.sections.size(); ++si) {
        const Section &section = document.sections.at(si);
        if (!titles.at(si).isEmpty()) {
            Item title;
            title.section = si;
            title.title = true;
            title.measure.rows = {sectionTitleHeight(titles.at(si), s, width)};
            title.keepWithNext = true;
            items.push_back(title);
        }
        for (int bi = 0; bi < section.blocks.size(); ++bi) {
            Item item;
            item.section = si;
            item.block = bi;
            item.measure = measureBlock(section.blocks.at(bi), s, width);
            if (!item.measure.splittable && item.measure.rows.value(0) <= 0)
                continue; // nothing to show, e.g. Facts without items
            item.keepWithNext = std::holds_alternative<SubHeading>(section.blocks.at(bi));
            items.push_back(item);
        }
    }
    // More space above a heading than below it, so it reads as belonging to
    // what follows.
    for (std::size_t i = 1; i < items.size(); ++i) {
        const Item &previous = items[i - 1];
        const bool heading = !items[i].title &&
                             std::holds_alternative<SubHeading>(
                                 document.sections.at(items[i].section).blocks.at(items[i].block));
        if (items[i].title)
            items[i].gap = s.mm(7);
        else if (previous.title)
            items[i].gap = s.mm(3.5);
        else if (heading)
            items[i].gap = s.mm(4.5);
        else if (previous.keepWithNext)
            items[i].gap = s.mm(1.8);
        else
            items[i].gap = s.mm(3);
    }
    return items;
}

// The smallest piece of an item that may start a page's run of it: the
// whole of an atomic block, a table's header with one row, two lines of a
// paragraph.
double firstPiece(const Measure &m)
{
    const int n = int(m.rows.size());
    // The smallest start the page-break rules below accept: two lines of a
    // paragraph, or all three (two would leave one alone), one table row.
    const int lines = !m.splittable ? n : m.keepLines ? (n == 3 ? 3 : std::min(n, 2)) : 1;
    double h = m.head;
    for (int i = 0; i < lines; ++i)
        h += m.rows.at(i);
    return h;
}

// What must fit below the current position for item i to start here: a
// heading brings the start of what it introduces along.
double leadHeight(const std::vector<Item> &items, std::size_t i)
{
    double h = firstPiece(items[i].measure);
    if (items[i].keepWithNext && i + 1 < items.size())
        h += items[i + 1].gap + leadHeight(items, i + 1);
    return h;
}

void paintFooter(QPainter &p, const Style &s, const Document &document, const QRectF &band,
                 int page, int pages)
{
    report::paintFooter(p, s, band, document.footerLeft, document.footerCentre,
                        document.pageLabel.isEmpty() ? QString()
                                                     : document.pageLabel.arg(page).arg(pages));
}

} // namespace

QPageLayout reportPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 14, 16, 12),
                       QPageLayout::Millimeter);
}

QString reportFontFamily()
{
    const QString noto = QStringLiteral("Noto Sans CJK JP");
    if (QFontDatabase::families().contains(noto))
        return noto;
    const QStringList japanese = QFontDatabase::families(QFontDatabase::Japanese);
    if (!japanese.isEmpty())
        return japanese.first();
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

Layout layoutDocument(const Document &document, QPaintDevice &device, const QRectF &page)
{
    const Style s(device);
    Layout layout;
    layout.page = page;
    layout.body = QRectF(page.topLeft(), QSizeF(page.width(), page.height() - s.mm(9)));
    const QRectF &body = layout.body;
    const std::vector<Item> items = itemsOf(document, s, body.width());
    // Rounding in the sums must not push a block that fits onto the next page.
    const double slack = 0.01;

    double y = body.top();
    bool atTop = true;
    const auto newPage = [&] {
        layout.pages.append(LaidOutPage());
        y = body.top();
        atTop = true;
    };
    newPage();
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        const Measure &m = item.measure;
        const int n = int(m.rows.size());
        int row = 0;
        while (row < n) {
            const double gap = atTop ? 0 : item.gap;
            const double room = body.bottom() - y - gap + slack;
            if (row == 0 && !atTop && leadHeight(items, i) > room) {
                newPage();
                continue;
            }
            int k = 0;
            double h = m.head;
            while (row + k < n && h + m.rows.at(row + k) <= room) {
                h += m.rows.at(row + k);
                ++k;
            }
            // A paragraph's last line alone at the top of a page reads as a
            // mistake; take one more line along.
            if (m.keepLines && k > 0 && n - row - k == 1) {
                if (k >= 3) {
                    --k;
                    h -= m.rows.at(row + k);
                } else if (!atTop)
                    k = 0;
            }
            // Nor does a table's last row alone under a repeated header.
            if (m.splittable && !m.keepLines && k >= 2 && n - row - k == 1) {
                --k;
                h -= m.rows.at(row + k);
            }
            bool oversized = false;
            if (k == 0) {
                if (!atTop) {
                    newPage();
                    continue;
                }
                // Taller than a whole body: placed anyway and cut at the
                // bottom, instead of moving from page to page for ever.
                k = m.splittable ? 1 : n;
                oversized = true;
                h = m.head;
                for (int r = row; r < row + k; ++r)
                    h += m.rows.at(r);
            }
            PlacedBlock placed;
            placed.section = item.section;
            placed.block = item.block;
            placed.sectionTitle = item.title;
            placed.firstRow = m.splittable ? row : 0;
            placed.endRow = m.splittable ? row + k : 0;
            const double top = y + gap;
            placed.rect = QRectF(body.left(), top, body.width(),
                                 oversized ? std::min(h, body.bottom() - top) : h);
            layout.pages.last().blocks.append(placed);
            y = top + h;
            atTop = false;
            row += k;
            if (row < n)
                newPage();
        }
    }
    return layout;
}

int paintDocument(const Document &document, QPagedPaintDevice &device, QPainter &painter)
{
    // QPagedPaintDevice has no resolution(); its logical DPI is that
    // resolution for QPdfWriter and QPrinter alike.
    const QRectF page(QPointF(0, 0),
                      device.pageLayout().paintRectPixels(device.logicalDpiY()).size());
    const Layout layout = layoutDocument(document, device, page);
    const int pages = int(layout.pages.size());
    paintLayout(document, layout, device, painter, 1, pages);
    return pages;
}

void paintLayout(const Document &document, const Layout &layout, QPagedPaintDevice &device,
                 QPainter &painter, int firstPage, int pages)
{
    const Style s(device);
    const QStringList titles = numberedTitles(document);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int i = 0; i < layout.pages.size(); ++i) {
        if (i > 0)
            device.newPage();
        for (const PlacedBlock &placed : layout.pages.at(i).blocks) {
            painter.save();
            // Whatever a block draws stays above the footer, even a block
            // taller than the page.
            painter.setClipRect(layout.body);
            if (placed.sectionTitle)
                paintSectionTitle(painter, s, titles.at(placed.section), placed.rect);
            else
                paintBlock(painter, s, document.sections.at(placed.section).blocks.at(placed.block),
                           placed.rect, placed.firstRow, placed.endRow);
            painter.restore();
        }
        const QRectF band(QPointF(layout.page.left(), layout.body.bottom()),
                          layout.page.bottomRight());
        paintFooter(painter, s, document, band, firstPage + i, pages);
    }
}

QStringList sectionTitles(const Document &document)
{
    return numberedTitles(document);
}

} // namespace report
} // namespace kamae

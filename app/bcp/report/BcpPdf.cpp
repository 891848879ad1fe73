#include "bcp/report/BcpPdf.h"

#include "i18n/Language.h"
#include "report/PdfOutput.h"
#include "report/ReportBlocks.h"
#include "report/ReportRenderer.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <vector>

namespace kamae {
namespace report {

namespace {

using bcp::PrintBlock;

// ---- The plan's sections as the report's blocks --------------------------

Section sectionOf(const bcp::PrintSection &printed)
{
    Section out;
    out.id = printed.id;
    out.title = printed.heading();
    for (const PrintBlock &b : printed.blocks) {
        switch (b.kind) {
        case PrintBlock::Kind::Heading:
            out.blocks.append(SubHeading{b.text});
            break;
        case PrintBlock::Kind::Text:
            out.blocks.append(Paragraph{b.text, false, Tone::Neutral});
            break;
        case PrintBlock::Kind::Note:
            out.blocks.append(Paragraph{b.text, true, Tone::Muted});
            break;
        case PrintBlock::Kind::Empty:
            out.blocks.append(Paragraph{b.text, false, Tone::Muted});
            break;
        case PrintBlock::Kind::Bullet: {
            // Deeper items indented by full-width spaces, which keep their
            // width in Japanese and English text alike.
            const QString indent = QString(std::max(0, b.depth - 1) * 2, QChar(0x3000));
            out.blocks.append(
                Paragraph{indent + b.marker + QStringLiteral(" ") + b.text, false, Tone::Neutral});
            break;
        }
        case PrintBlock::Kind::Table: {
            Table table;
            for (int c = 0; c < b.headers.size(); ++c)
                table.columns.append({b.headers.at(c), b.stretch.value(c, 1), Align::Left});
            for (const QStringList &row : b.rows) {
                QVector<Cell> cells;
                for (int c = 0; c < table.columns.size(); ++c)
                    cells.append({row.value(c), Tone::Neutral, false});
                table.rows.append(cells);
            }
            out.blocks.append(table);
            break;
        }
        }
    }
    return out;
}

// The binder's first pages: the cover with the contents. `pages` holds the
// page of each contents row (empty: placeholders).
Document coverDocument(const bcp::BcpPrintout &b, const QVector<int> &pages)
{
    Document doc =
        printoutDocument(b.language, b.title, b.organisation, b.footerCentre, b.pageLabel);

    Section cover;
    cover.id = QStringLiteral("cover");
    Cover c;
    c.title = b.title;
    c.subtitle = b.status;
    c.company = b.organisation;
    for (const auto &field : b.coverFields)
        c.fields.append({field.first, field.second});
    cover.blocks.append(c);
    cover.blocks.append(SubHeading{b.contentsTitle});
    Table contents;
    contents.columns = {{b.contentsHeaders.value(0), 8, Align::Left},
                        {b.contentsHeaders.value(1), 1, Align::Right}};
    QStringList rows;
    for (int i = 0; i < b.sections.size(); ++i)
        rows << QStringLiteral("%1. %2").arg(i + 1).arg(b.sections.at(i).heading());
    rows << b.callTreeHeading << b.cardHeading;
    for (int i = 0; i < rows.size(); ++i) {
        const QString page =
            pages.isEmpty() ? QStringLiteral("00") : QString::number(pages.value(i));
        contents.rows.append(QVector<Cell>{Cell{rows.at(i), Tone::Neutral, false},
                                           Cell{page, Tone::Neutral, false}});
    }
    cover.blocks.append(contents);
    doc.sections.append(cover);
    return doc;
}

// The plan's sections, numbered from 1 as the contents list them.
Document sectionsDocument(const bcp::BcpPrintout &b)
{
    Document doc =
        printoutDocument(b.language, b.title, b.organisation, b.footerCentre, b.pageLabel);
    for (const bcp::PrintSection &s : b.sections)
        doc.sections.append(sectionOf(s));
    return doc;
}

// The first page of each titled section (1-based).
QVector<int> sectionPages(const Layout &layout, int sections)
{
    QVector<int> first(sections, 0);
    for (int p = 0; p < layout.pages.size(); ++p)
        for (const PlacedBlock &placed : layout.pages.at(p).blocks)
            if (placed.sectionTitle && placed.section < sections && first[placed.section] == 0)
                first[placed.section] = p + 1;
    return first;
}

// ---- The call tree -------------------------------------------------------

namespace tree {
constexpr double title = 13;
constexpr double intro = 8.5;
constexpr double role = 9;
constexpr double text = 8;
constexpr int columns = 4;
} // namespace tree

double boxHeight(const Style &s)
{
    // Role, holder, phone, then a rule and the deputy with their phone.
    return s.pt(tree::role) * 1.45 + 4 * s.pt(tree::text) * 1.4 + s.mm(4);
}

double treeHeader(const bcp::CallTree &t, const Style &s, double width)
{
    return s.pt(tree::title) * 1.5 + s.mm(1.5) +
           Wrapped(t.intro, s.font(tree::intro), s, width, 1.35).height() + s.mm(6);
}

void paintBox(QPainter &p, const Style &s, const bcp::CallTree &t, const bcp::CallTreeBox &box,
              const QRectF &r, bool root)
{
    p.save();
    p.setPen(thinPen(Style::accent(), s.pt(root ? 1.4 : 0.8)));
    p.setBrush(root ? Style::headerFill() : QColor(Qt::white));
    p.drawRoundedRect(r, s.mm(1.2), s.mm(1.2));
    const double pad = s.mm(1.8);
    const double w = r.width() - 2 * pad;
    double y = r.top() + s.mm(1.2);
    const auto line = [&](const QString &text, const QFont &font, const QColor &colour,
                          double height) {
        p.setFont(font);
        p.setPen(colour);
        p.drawText(QRectF(r.left() + pad, y, w, height), Qt::AlignLeft | Qt::AlignVCenter,
                   elided(text, font, s, w));
        y += height;
    };
    const double roleH = s.pt(tree::role) * 1.45, textH = s.pt(tree::text) * 1.4;
    line(box.role, s.font(tree::role, true), Style::accent(), roleH);
    line(box.holder, s.font(tree::text, true), Style::text(), textH);
    line(box.phone.isEmpty() ? QStringLiteral("—") : box.phone, s.font(tree::text), Style::text(),
         textH);
    p.setPen(thinPen(Style::rule(), s.pt(0.5)));
    p.drawLine(QPointF(r.left() + pad, y + s.mm(0.6)), QPointF(r.right() - pad, y + s.mm(0.6)));
    y += s.mm(1.2);
    line(t.deputyLabel.arg(box.deputy.isEmpty() ? QStringLiteral("—") : box.deputy),
         s.font(tree::text), Style::muted(), textH);
    line(box.deputyPhone.isEmpty() ? QString() : box.deputyPhone, s.font(tree::text),
         Style::muted(), textH);
    p.restore();
}

// ---- The emergency card --------------------------------------------------

// Lays out (and with a painter, paints) one card in `r` at `points`;
// returns the height it needs.
double doCard(const bcp::EmergencyCard &card, const Style &s, const QRectF &r, double points,
              int maxLines, int maxSteps, QPainter *p)
{
    // The steps that fit; what is left out is said by a last "…".
    bcp::EmergencyCard c = card;
    if (maxSteps < c.firstSteps.size()) {
        c.firstSteps = c.firstSteps.mid(0, maxSteps);
        c.firstSteps << QStringLiteral("…");
    }
    const double pad = s.mm(4);
    const QRectF inner = r.adjusted(pad, pad, -pad, -pad);
    const double width = inner.width();
    const double gap = s.mm(5);
    const double leftW = (width - gap) * 0.56;
    const double rightW = width - gap - leftW;
    const QFont body = s.font(points);
    const QFont bold = s.font(points, true);
    const QFont titleFont = s.font(points * 1.45, true);
    const double lineF = 1.3;

    if (p) {
        p->save();
        p->setPen(thinPen(Style::accent(), s.pt(1.2)));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(r, s.mm(2), s.mm(2));
    }
    // The heading: the title, the organisation on the right.
    const double titleH = QFontMetricsF(titleFont, s.device()).height() * 1.15;
    const double titleW =
        std::min(QFontMetricsF(titleFont, s.device()).horizontalAdvance(c.title), width * 0.6);
    if (p) {
        p->setFont(titleFont);
        p->setPen(Style::accent());
        p->drawText(QRectF(inner.left(), inner.top(), titleW + s.mm(1), titleH),
                    Qt::AlignLeft | Qt::AlignVCenter, elided(c.title, titleFont, s, titleW));
        p->setFont(bold);
        p->setPen(Style::text());
        const double orgW = width - titleW - s.mm(5);
        p->drawText(QRectF(inner.right() - orgW, inner.top(), orgW, titleH),
                    Qt::AlignRight | Qt::AlignVCenter, elided(c.organisation, bold, s, orgW));
        p->setPen(thinPen(Style::accent(), s.pt(0.8)));
        p->drawLine(QPointF(inner.left(), inner.top() + titleH + s.mm(0.8)),
                    QPointF(inner.right(), inner.top() + titleH + s.mm(0.8)));
    }
    const double top = inner.top() + titleH + s.mm(2.5);

    // Left: what to do first, then the message dial 171 in a box.
    double y = top;
    const auto heading = [&](const QString &text, double x, double w) {
        const Wrapped h(fitted(text, bold, s, w, 2), bold, s, w, lineF);
        if (p)
            h.draw(*p, QPointF(x, y), Style::accent());
        y += h.height() + s.mm(0.8);
    };
    heading(c.firstTitle, inner.left(), leftW);
    const QFontMetricsF metrics(body, s.device());
    for (int i = 0; i < c.firstSteps.size(); ++i) {
        const QString marker = QStringLiteral("%1.").arg(i + 1);
        const double markerW = metrics.horizontalAdvance(QStringLiteral("00.")) + s.mm(1);
        const double w = leftW - markerW;
        const Wrapped step(fitted(c.firstSteps.at(i), body, s, w, maxLines), body, s, w, lineF);
        if (p) {
            p->setFont(body);
            p->setPen(Style::text());
            p->drawText(QRectF(inner.left(), y, markerW, step.lineHeight()),
                        Qt::AlignLeft | Qt::AlignVCenter, marker);
            step.draw(*p, QPointF(inner.left() + markerW, y), Style::text());
        }
        y += step.height() + s.mm(0.8);
    }
    y += s.mm(1.5);
    const double dialPad = s.mm(2);
    const double dialW = leftW - 2 * dialPad;
    const Wrapped dialTitle(fitted(c.dialTitle, bold, s, dialW, 2), bold, s, dialW, lineF);
    double dialH = dialPad + dialTitle.height() + s.mm(0.6);
    std::vector<Wrapped> dialLines;
    for (const QString &line : c.dialSteps) {
        dialLines.push_back(Wrapped(fitted(line, body, s, dialW, 3), body, s, dialW, lineF));
        dialH += dialLines.back().height();
    }
    dialH += dialPad;
    if (p) {
        const QRectF box(inner.left(), y, leftW, dialH);
        p->setPen(thinPen(Style::tone(Tone::Bad), s.pt(1)));
        p->setBrush(QColor(0xfd, 0xf0, 0xef));
        p->drawRect(box);
        double dy = y + dialPad;
        dialTitle.draw(*p, QPointF(box.left() + dialPad, dy), Style::tone(Tone::Bad));
        dy += dialTitle.height() + s.mm(0.6);
        for (const Wrapped &w : dialLines) {
            w.draw(*p, QPointF(box.left() + dialPad, dy), Style::text());
            dy += w.height();
        }
    }
    const double leftBottom = y + dialH;

    // Right: the emergency contacts, then the lines to fill in.
    y = top;
    const double rightX = inner.left() + leftW + gap;
    heading(c.contactsTitle, rightX, rightW);
    const double rowH = metrics.height() * 1.25;
    for (const bcp::CardContact &k : c.contacts) {
        // The role or organisation on its own line, then name and phone.
        if (p) {
            p->setFont(body);
            p->setPen(Style::muted());
            p->drawText(QRectF(rightX, y, rightW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                        elided(k.label, body, s, rightW));
        }
        y += rowH;
        const double phoneW = std::min(
            QFontMetricsF(bold, s.device()).horizontalAdvance(k.phone) + s.mm(1), rightW * 0.55);
        if (p) {
            p->setFont(body);
            p->setPen(Style::text());
            p->drawText(QRectF(rightX + s.mm(2), y, rightW - phoneW - s.mm(3), rowH),
                        Qt::AlignLeft | Qt::AlignVCenter,
                        elided(k.name, body, s, rightW - phoneW - s.mm(3)));
            p->setFont(bold);
            p->drawText(QRectF(rightX + rightW - phoneW, y, phoneW, rowH),
                        Qt::AlignRight | Qt::AlignVCenter, elided(k.phone, bold, s, phoneW));
        }
        y += rowH + s.mm(0.6);
    }
    y += s.mm(2);
    for (const QString &blank : c.blanks) {
        const double lineH = rowH * 1.5;
        if (p) {
            p->setFont(body);
            p->setPen(Style::muted());
            p->drawText(QRectF(rightX, y, rightW, lineH), Qt::AlignLeft | Qt::AlignBottom,
                        elided(blank, body, s, rightW));
            p->setPen(thinPen(Style::muted(), s.pt(0.6)));
            p->drawLine(QPointF(rightX, y + lineH + s.mm(0.6)),
                        QPointF(rightX + rightW, y + lineH + s.mm(0.6)));
        }
        y += lineH + s.mm(1.8);
    }
    const double rightBottom = y;
    if (p)
        p->restore();
    return std::max(leftBottom, rightBottom) - r.top() + pad;
}

void paintCardPage(QPainter &p, const Style &s, const bcp::EmergencyCard &card,
                   const CardLayout &layout)
{
    for (const QRectF &r : {layout.top, layout.bottom}) {
        p.save();
        p.setClipRect(r.adjusted(-s.mm(1), -s.mm(1), s.mm(1), s.mm(1)));
        doCard(card, s, r, layout.fontPoints, layout.stepLines, layout.steps, &p);
        p.restore();
    }
    // The cut line, dashed, with its label and scissors in the middle.
    p.save();
    p.setPen(thinPen(Style::muted(), s.pt(0.7), Qt::DashLine));
    const QFont font = s.font(size::small);
    const QFontMetricsF metrics(font, s.device());
    const QString label = QStringLiteral("✂ ") + card.cutLabel;
    const double labelW = metrics.horizontalAdvance(label) + s.mm(4);
    const QLineF cut = layout.cut;
    const double mid = (cut.x1() + cut.x2()) / 2;
    p.drawLine(QPointF(cut.x1(), cut.y1()), QPointF(mid - labelW / 2, cut.y1()));
    p.drawLine(QPointF(mid + labelW / 2, cut.y1()), QPointF(cut.x2(), cut.y1()));
    p.setFont(font);
    p.setPen(Style::muted());
    p.drawText(QRectF(mid - labelW / 2, cut.y1() - metrics.height() / 2, labelW, metrics.height()),
               Qt::AlignCenter, label);
    p.restore();
}

// ---- Shared page frame -----------------------------------------------------

QRectF bodyOf(const QRectF &page, const Style &s)
{
    return QRectF(page.topLeft(), QSizeF(page.width(), page.height() - s.mm(9)));
}

void footer(QPainter &p, const Style &s, const QRectF &page, const QString &left,
            const QString &centre, const QString &label, int number, int pages)
{
    const QRectF band(QPointF(page.left(), bodyOf(page, s).bottom()), page.bottomRight());
    paintFooter(p, s, band, left, centre, label.arg(number).arg(pages));
}

// The binder's pages: the cover with the contents, the plan's sections
// from a new page, the call tree's pages, then the card's page.
struct BinderPages
{
    Document cover;
    Layout coverLayout;
    Document body;
    Layout bodyLayout;
    CallTreeLayout tree;
    CardLayout cards;
    int total() const
    {
        return int(coverLayout.pages.size() + bodyLayout.pages.size() + tree.pages.size()) + 1;
    }
};

BinderPages binderPages(const bcp::BcpPrintout &b, QPaintDevice &device, const QRectF &page)
{
    BinderPages out;
    out.tree = layoutCallTree(b.callTree, device, page);
    out.cards = layoutCards(b.card, device, page);
    out.body = sectionsDocument(b);
    out.bodyLayout = layoutDocument(out.body, device, page);
    QVector<int> pages;
    out.cover = coverDocument(b, pages);
    // The numbers take no more room than their placeholders, so the
    // contents' pages settle in the second pass; a third is a safeguard.
    for (int pass = 0; pass < 3; ++pass) {
        out.coverLayout = layoutDocument(out.cover, device, page);
        const int offset = int(out.coverLayout.pages.size());
        QVector<int> next;
        for (const int p : sectionPages(out.bodyLayout, int(out.body.sections.size())))
            next << offset + p;
        const int treePage = offset + int(out.bodyLayout.pages.size()) + 1;
        next << treePage << treePage + int(out.tree.pages.size());
        if (next == pages)
            break;
        pages = next;
        out.cover = coverDocument(b, pages);
    }
    return out;
}

int paintTreePages(QPainter &p, const Style &s, const bcp::CallTree &t, const CallTreeLayout &l,
                   QPagedPaintDevice &device, const QString &organisation,
                   const QString &footerCentre, const QString &pageLabel, int firstPage, int pages,
                   bool newPageFirst)
{
    for (int i = 0; i < l.pages.size(); ++i) {
        if (i > 0 || newPageFirst)
            device.newPage();
        const CallTreePage &page = l.pages.at(i);
        p.save();
        // The heading.
        const QFont titleFont = s.font(tree::title, true);
        double y = l.body.top();
        p.setFont(titleFont);
        p.setPen(Style::accent());
        const double titleH = s.pt(tree::title) * 1.5;
        const double w = l.body.width();
        p.drawText(QRectF(l.body.left(), y, w * 0.6, titleH), Qt::AlignLeft | Qt::AlignBottom,
                   elided(t.title, titleFont, s, w * 0.6));
        p.setFont(s.font(10, true));
        p.setPen(Style::text());
        p.drawText(QRectF(l.body.left() + w * 0.62, y, w * 0.38, titleH),
                   Qt::AlignRight | Qt::AlignBottom,
                   elided(organisation, s.font(10, true), s, w * 0.38));
        y += titleH;
        p.setPen(thinPen(Style::accent(), s.pt(0.8)));
        p.drawLine(QPointF(l.body.left(), y + s.mm(0.5)), QPointF(l.body.right(), y + s.mm(0.5)));
        y += s.mm(1.5);
        Wrapped(t.intro, s.font(tree::intro), s, w, 1.35)
            .draw(p, QPointF(l.body.left(), y), Style::muted());
        if (t.empty()) {
            Wrapped(t.emptyText, s.font(size::body), s, w, 1.4)
                .draw(p, QPointF(l.body.left(), l.body.top() + l.headerHeight), Style::muted());
        } else {
            p.setPen(thinPen(Style::muted(), s.pt(0.9)));
            for (const QLineF &line : page.lines)
                p.drawLine(line);
            paintBox(p, s, t, t.root, page.root, true);
            for (int k = 0; k < page.boxes.size(); ++k)
                paintBox(p, s, t, t.children.at(page.children.at(k)), page.boxes.at(k), false);
        }
        p.restore();
        footer(p, s, l.page, organisation, footerCentre, pageLabel, firstPage + i, pages);
    }
    return int(l.pages.size());
}

int paintTree(const bcp::BcpPrintout &b, QPagedPaintDevice &device, QPainter &painter,
              int firstPage, int pages, bool newPageFirst)
{
    const Style s(device);
    const QRectF page = printableRect(device);
    const CallTreeLayout layout = layoutCallTree(b.callTree, device, page);
    return paintTreePages(painter, s, b.callTree, layout, device, b.organisation, b.footerCentre,
                          b.pageLabel, firstPage, pages, newPageFirst);
}

} // namespace

// ---- Layouts -----------------------------------------------------------------

CallTreeLayout layoutCallTree(const bcp::CallTree &t, QPaintDevice &device, const QRectF &page)
{
    const Style s(device);
    CallTreeLayout l;
    l.page = page;
    l.body = bodyOf(page, s);
    l.headerHeight = treeHeader(t, s, l.body.width());
    const double width = l.body.width();
    const double gap = s.mm(5);
    const double boxW = (width - (tree::columns - 1) * gap) / tree::columns;
    const double boxH = boxHeight(s);
    const double rowGap = s.mm(9); // room for the bus and the drops
    const double top = l.body.top() + l.headerHeight;
    const QRectF root(l.body.center().x() - std::min(width, boxW * 1.5) / 2, top,
                      std::min(width, boxW * 1.5), boxH);
    const int n = int(t.children.size());
    const int rows = (n + tree::columns - 1) / tree::columns;
    // Rows that fit below the root on one page.
    const double room = l.body.bottom() - root.bottom();
    const int perPage = std::max(1, int(std::floor((room + 0.01) / (rowGap + boxH))));
    int row = 0;
    do {
        CallTreePage pg;
        pg.root = root;
        const int pageRows = std::min(perPage, rows - row);
        double y = root.bottom();
        const double trunkX = root.center().x();
        double lastBus = root.bottom();
        for (int r = 0; r < pageRows; ++r, ++row) {
            const int first = row * tree::columns;
            const int count = std::min(tree::columns, n - first);
            const double rowW = count * boxW + (count - 1) * gap;
            const double left = l.body.center().x() - rowW / 2;
            const double bus = y + rowGap / 2;
            const double boxTop = y + rowGap;
            QVector<double> centres;
            for (int k = 0; k < count; ++k) {
                const QRectF box(left + k * (boxW + gap), boxTop, boxW, boxH);
                pg.boxes.append(box);
                pg.children.append(first + k);
                centres << box.center().x();
                pg.lines.append(QLineF(box.center().x(), bus, box.center().x(), boxTop));
            }
            const double busLeft = std::min(centres.first(), trunkX);
            const double busRight = std::max(centres.last(), trunkX);
            pg.lines.append(QLineF(busLeft, bus, busRight, bus));
            lastBus = bus;
            y = boxTop + boxH;
        }
        if (pageRows > 0)
            pg.lines.prepend(QLineF(trunkX, root.bottom(), trunkX, lastBus));
        l.pages.append(pg);
    } while (row < rows);
    return l;
}

CardLayout layoutCards(const bcp::EmergencyCard &card, QPaintDevice &device, const QRectF &page)
{
    const Style s(device);
    const QRectF body = bodyOf(page, s);
    CardLayout l;
    const double gap = s.mm(14); // the cut line runs in the middle
    const double h = (body.height() - gap) / 2;
    l.top = QRectF(body.left(), body.top(), body.width(), h);
    l.bottom = QRectF(body.left(), body.top() + h + gap, body.width(), h);
    l.cut = QLineF(page.left(), body.top() + h + gap / 2, page.right(), body.top() + h + gap / 2);
    // The largest size from 10.5 pt down to 6 pt at which the card fits
    // with steps of up to four lines; then shorter steps, then fewer, so
    // that the message dial and the contacts are always there.
    const int steps = int(card.firstSteps.size());
    l.fontPoints = 6;
    l.stepLines = 1;
    l.steps = 0;
    for (double pt = 10.5; pt >= 6; pt -= 0.5)
        if (doCard(card, s, l.top, pt, 4, steps, nullptr) <= h) {
            l.fontPoints = pt;
            l.stepLines = 4;
            l.steps = steps;
            return l;
        }
    for (int lines = 3; lines >= 1; --lines)
        if (doCard(card, s, l.top, 6, lines, steps, nullptr) <= h) {
            l.stepLines = lines;
            l.steps = steps;
            return l;
        }
    for (int n = steps - 1; n >= 0; --n)
        if (doCard(card, s, l.top, 6, 1, n, nullptr) <= h) {
            l.steps = n;
            return l;
        }
    return l;
}

// ---- Painting ----------------------------------------------------------------

int paintBinder(const bcp::BcpPrintout &b, QPagedPaintDevice &device, QPainter &painter)
{
    const QRectF page = printableRect(device);
    const BinderPages pages = binderPages(b, device, page);
    const int total = pages.total();
    paintLayout(pages.cover, pages.coverLayout, device, painter, 1, total);
    int next = int(pages.coverLayout.pages.size()) + 1;
    device.newPage();
    paintLayout(pages.body, pages.bodyLayout, device, painter, next, total);
    next += int(pages.bodyLayout.pages.size());
    const Style s(device);
    paintTreePages(painter, s, b.callTree, pages.tree, device, b.organisation, b.footerCentre,
                   b.pageLabel, next, total, true);
    device.newPage();
    paintCardPage(painter, s, b.card, pages.cards);
    footer(painter, s, page, b.organisation, b.footerCentre, b.pageLabel, total, total);
    return total;
}

int paintCards(const bcp::BcpPrintout &b, QPagedPaintDevice &device, QPainter &painter)
{
    const QRectF page = printableRect(device);
    const Style s(device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintCardPage(painter, s, b.card, layoutCards(b.card, device, page));
    footer(painter, s, page, b.organisation, b.footerCentre, b.pageLabel, 1, 1);
    return 1;
}

int paintCallTree(const bcp::BcpPrintout &b, QPagedPaintDevice &device, QPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int pages = int(layoutCallTree(b.callTree, device, printableRect(device)).pages.size());
    return paintTree(b, device, painter, 1, pages, false);
}

namespace {

Document metiDocument(const bcp::MetiDraft &d)
{
    Document doc =
        printoutDocument(d.language, d.title, d.organisation, d.footerCentre, d.pageLabel);
    Section cover;
    cover.id = QStringLiteral("cover");
    Cover c;
    c.title = d.title;
    c.company = d.organisation;
    cover.blocks.append(c);
    cover.blocks.append(Paragraph{d.draftNote, false, Tone::Warn});
    doc.sections.append(cover);
    // The form numbers its own sections: no second number in front.
    for (const bcp::PrintSection &s : d.sections) {
        Section out = sectionOf(s);
        Section untitled;
        untitled.id = out.id;
        untitled.blocks.append(SubHeading{out.title});
        untitled.blocks += out.blocks;
        doc.sections.append(untitled);
    }
    return doc;
}

} // namespace

int paintMetiDraft(const bcp::MetiDraft &d, QPagedPaintDevice &device, QPainter &painter)
{
    return paintDocument(metiDocument(d), device, painter);
}

// ---- Writing -------------------------------------------------------------------

namespace {

PdfPages pagesOf(const bcp::BcpPrintout &b, const QString &title)
{
    PdfPages pages;
    pages.title = b.organisation.isEmpty() ? title : title + QStringLiteral(": ") + b.organisation;
    pages.layout = reportPageLayout();
    pages.texts = withPrintoutGlyphs(bcp::printoutText(b));
    pages.texts << pages.title;
    return pages;
}

} // namespace

Result<int> writeBinderPdf(const bcp::BcpPrintout &b, const QString &path)
{
    PdfPages pages = pagesOf(b, b.title);
    pages.paint = [&b](QPagedPaintDevice &device, QPainter &painter) {
        return paintBinder(b, device, painter);
    };
    return writePdfPages(pages, path);
}

Result<int> writeCardPdf(const bcp::BcpPrintout &b, const QString &path)
{
    PdfPages pages = pagesOf(b, b.card.title);
    pages.paint = [&b](QPagedPaintDevice &device, QPainter &painter) {
        return paintCards(b, device, painter);
    };
    return writePdfPages(pages, path);
}

Result<int> writeCallTreePdf(const bcp::BcpPrintout &b, const QString &path)
{
    PdfPages pages = pagesOf(b, b.callTree.title);
    pages.paint = [&b](QPagedPaintDevice &device, QPainter &painter) {
        return paintCallTree(b, device, painter);
    };
    return writePdfPages(pages, path);
}

Result<int> writeMetiPdf(const bcp::MetiDraft &d, const QString &path)
{
    PdfPages pages;
    pages.title = d.title;
    pages.layout = reportPageLayout();
    pages.texts = withPrintoutGlyphs(bcp::metiText(d));
    pages.texts << documentText(metiDocument(d));
    pages.paint = [&d](QPagedPaintDevice &device, QPainter &painter) {
        return paintMetiDraft(d, device, painter);
    };
    return writePdfPages(pages, path);
}

QString BcpPrintJob::fileName() const
{
    switch (part) {
    case bcp::PrintPart::Binder:
        return binder.fileName;
    case bcp::PrintPart::Card:
        return binder.cardFileName;
    case bcp::PrintPart::CallTree:
        return binder.callTreeFileName;
    case bcp::PrintPart::Meti:
        return meti.fileName;
    }
    return binder.fileName;
}

Result<BcpPrintJob> buildBcpPrint(store::Database &db, bcp::PrintPart part,
                                  const bcp::PrintOptions &options)
{
    auto input = bcp::loadPrintInput(db, options);
    if (!input)
        return input.asFailure();
    BcpPrintJob job;
    job.part = part;
    job.language = bcp::printLanguage(*input, options);
    const i18n::ScopedLanguage language(job.language);
    if (part == bcp::PrintPart::Meti)
        job.meti = bcp::metiDraft(*input);
    else
        job.binder = bcp::binder(*input);
    return job;
}

Result<int> writeBcpPrint(const BcpPrintJob &job, const QString &path)
{
    switch (job.part) {
    case bcp::PrintPart::Binder:
        return writeBinderPdf(job.binder, path);
    case bcp::PrintPart::Card:
        return writeCardPdf(job.binder, path);
    case bcp::PrintPart::CallTree:
        return writeCallTreePdf(job.binder, path);
    case bcp::PrintPart::Meti:
        return writeMetiPdf(job.meti, path);
    }
    return writeBinderPdf(job.binder, path);
}

Result<int> printBcp(store::Database &db, bcp::PrintPart part, const bcp::PrintOptions &options,
                     const QString &path)
{
    auto job = buildBcpPrint(db, part, options);
    if (!job)
        return job.asFailure();
    return writeBcpPrint(*job, path);
}

} // namespace report
} // namespace kamae

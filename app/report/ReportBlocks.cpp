#include "report/ReportBlocks.h"

#include "report/ReportRenderer.h"
#include "score/ScoreBands.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <vector>

namespace kamae {
namespace report {

Style::Style(QPaintDevice &device)
    : m_device(&device), m_family(reportFontFamily()), m_pxPerPt(device.logicalDpiY() / 72.0)
{}

QFont Style::font(double points, bool bold) const
{
    QFont font(m_family);
    font.setPointSizeF(points);
    font.setBold(bold);
    // Shaped CJK glyphs lose their ToUnicode entries in Qt's PDF output, so
    // copied or searched text would miss digits.
    font.setStyleStrategy(QFont::PreferNoShaping);
    // Hinting would make widths depend on the resolution, so a preview and
    // the PDF would break lines differently.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QColor Style::text()
{
    return QColor(0x1f, 0x23, 0x28);
}
QColor Style::muted()
{
    return QColor(0x6b, 0x72, 0x80);
}
QColor Style::rule()
{
    return QColor(0xd0, 0xd7, 0xde);
}
QColor Style::accent()
{
    return QColor(0x1f, 0x3a, 0x5f);
}
QColor Style::headerFill()
{
    return QColor(0xee, 0xf2, 0xf6);
}
QColor Style::zebra()
{
    return QColor(0xf8, 0xf9, 0xfb);
}

QColor Style::tone(Tone tone)
{
    switch (tone) {
    // Paper is light: the bands' own colours (score/ScoreBands.h).
    case Tone::Good:
        return score::bandColour(score::ScoreBand::Good);
    case Tone::Warn:
        return score::bandColour(score::ScoreBand::Fair);
    case Tone::Bad:
        return score::bandColour(score::ScoreBand::Poor);
    case Tone::Muted:
        return muted();
    case Tone::Neutral:
        break;
    }
    return text();
}

Wrapped::Wrapped(const QString &text, const QFont &font, const Style &style, double width,
                 double lineFactor, Qt::Alignment align)
{
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_layout = std::make_unique<QTextLayout>(shown, font, style.device());
    QTextOption option(align);
    // Japanese has no spaces: it breaks between any two characters, and a
    // long English word must break too rather than run out of its box.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    const QFontMetricsF metrics(font, style.device());
    m_lineHeight = std::max(metrics.height(), lineFactor * style.pt(font.pointSizeF()));
    m_layout->beginLayout();
    for (int i = 0;; ++i) {
        QTextLine line = m_layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(std::max(width, 1.0));
        line.setPosition(QPointF(0, i * m_lineHeight + (m_lineHeight - line.height()) / 2));
    }
    m_layout->endLayout();
}

Wrapped::~Wrapped() = default;
Wrapped::Wrapped(Wrapped &&) noexcept = default;
Wrapped &Wrapped::operator=(Wrapped &&) noexcept = default;

int Wrapped::lines() const
{
    return m_layout->lineCount();
}

double Wrapped::widest() const
{
    double widest = 0;
    for (int i = 0; i < m_layout->lineCount(); ++i)
        widest = std::max(widest, m_layout->lineAt(i).naturalTextWidth());
    return widest;
}

void Wrapped::draw(QPainter &painter, const QPointF &topLeft, const QColor &colour, int first,
                   int end) const
{
    if (end < 0 || end > lines())
        end = lines();
    painter.save();
    painter.setPen(colour);
    const QPointF origin = topLeft - QPointF(0, first * m_lineHeight);
    for (int i = first; i < end; ++i)
        m_layout->lineAt(i).draw(&painter, origin);
    painter.restore();
}

namespace {

constexpr double kLoose = 1.55; // running text
constexpr double kTight = 1.3;  // headings, table cells, labels

QPen pen(const QColor &colour, double width)
{
    QPen pen(colour, width);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

void hLine(QPainter &painter, double x1, double x2, double y, const QPen &linePen)
{
    painter.setPen(linePen);
    painter.drawLine(QPointF(x1, y), QPointF(x2, y));
}

Qt::Alignment alignmentOf(Align align)
{
    switch (align) {
    case Align::Right:
        return Qt::AlignRight;
    case Align::Centre:
        return Qt::AlignHCenter;
    case Align::Left:
        break;
    }
    return Qt::AlignLeft;
}

// Atomic blocks measure and paint in one pass so the two never disagree:
// with no painter they only return their height.

double doCover(const Cover &cover, const Style &s, double width, QPainter *p, QPointF at)
{
    const double boxW = s.mm(21), boxH = s.mm(24), headH = s.mm(6.5);
    const double boxesW = cover.approvals.size() * boxW;
    const double leftW = std::max(width - boxesW - (boxesW > 0 ? s.mm(10) : 0), width * 0.4);
    double y = 0;
    const auto put = [&](const Wrapped &text, const QColor &colour) {
        if (p)
            text.draw(*p, at + QPointF(0, y), colour);
        y += text.height();
    };
    if (p)
        p->fillRect(QRectF(at, QSizeF(s.mm(12), s.pt(2.5))), Style::accent());
    y += s.mm(4);
    put(Wrapped(cover.title, s.font(size::coverTitle, true), s, leftW, 1.3), Style::accent());
    if (!cover.subtitle.isEmpty()) {
        y += s.mm(1);
        put(Wrapped(cover.subtitle, s.font(size::subHeading), s, leftW, kTight), Style::muted());
    }
    if (!cover.company.isEmpty()) {
        y += s.mm(7);
        put(Wrapped(cover.company, s.font(size::company, true), s, leftW, kTight), Style::text());
    }
    if (!cover.fields.isEmpty()) {
        y += s.mm(3);
        const QFont font = s.font(size::body);
        double labelW = 0;
        for (const CoverField &field : cover.fields)
            labelW = std::max(labelW, Wrapped(field.label, font, s, leftW, 1).widest());
        labelW = std::min(labelW + s.mm(5), leftW * 0.4);
        for (const CoverField &field : cover.fields) {
            const Wrapped label(field.label, font, s, labelW - s.mm(2), 1.45);
            const Wrapped value(field.value, font, s, leftW - labelW, 1.45);
            if (p) {
                label.draw(*p, at + QPointF(0, y), Style::muted());
                value.draw(*p, at + QPointF(labelW, y), Style::text());
            }
            y += std::max(label.height(), value.height()) + s.mm(0.6);
        }
    }
    const double height = std::max(y, s.mm(4) + boxH) + s.mm(6);
    if (p && boxesW > 0) {
        const QFont font = s.font(size::small);
        const QRectF boxes(at.x() + width - boxesW, at.y() + s.mm(4), boxesW, boxH);
        p->fillRect(QRectF(boxes.topLeft(), QSizeF(boxesW, headH)), Style::headerFill());
        p->setPen(pen(Style::muted(), s.pt(0.6)));
        p->setBrush(Qt::NoBrush);
        p->drawRect(boxes);
        hLine(*p, boxes.left(), boxes.right(), boxes.top() + headH, pen(Style::muted(), s.pt(0.6)));
        for (int i = 0; i < cover.approvals.size(); ++i) {
            const double x = boxes.left() + i * boxW;
            if (i > 0) {
                p->setPen(pen(Style::muted(), s.pt(0.6)));
                p->drawLine(QPointF(x, boxes.top()), QPointF(x, boxes.bottom()));
            }
            const Wrapped label(cover.approvals.at(i), font, s, boxW, 1, Qt::AlignHCenter);
            label.draw(*p, QPointF(x, boxes.top() + (headH - label.height()) / 2), Style::text());
        }
    }
    if (p)
        hLine(*p, at.x(), at.x() + width, at.y() + height - s.pt(0.5),
              pen(Style::accent(), s.pt(1)));
    return height;
}

double doHero(const ScoreHero &hero, const Style &s, double width, QPainter *p, QPointF at)
{
    const double pad = s.mm(4.5), bar = s.mm(1.2);
    const Wrapped caption(hero.caption, s.font(size::small), s, width * 0.45, kTight);
    const QFont scoreFont = s.font(40, true);
    const QFont outOfFont = s.font(size::subHeading);
    const QString score = QString::number(hero.score);
    const QString outOf = QStringLiteral("/ 100");
    const QFontMetricsF scoreMetrics(scoreFont, s.device());
    const double scoreW = scoreMetrics.horizontalAdvance(score);
    const double outOfW = QFontMetricsF(outOfFont, s.device()).horizontalAdvance(outOf);
    const double leftH = caption.height() + scoreMetrics.capHeight() + s.mm(3);
    const double dividerX =
        bar + pad + std::max(scoreW + s.mm(1.5) + outOfW, caption.widest()) + s.mm(7);
    const double textX = dividerX + s.mm(7);
    const double textW = std::max(width - textX - pad, width * 0.3);
    const Wrapped verdict(hero.verdict, s.font(13, true), s, textW, kTight);
    const Wrapped change(hero.change, s.font(size::body), s, textW, kTight);
    const Wrapped declared(hero.declared, s.font(size::small), s, textW, kTight);
    const double rightH = verdict.height() + (hero.change.isEmpty() ? 0 : change.height()) +
                          (hero.declared.isEmpty() ? 0 : declared.height() + s.mm(0.8));
    const double height = std::max(s.mm(25), std::max(leftH, rightH) + 2 * pad);
    if (!p)
        return height;
    const QRectF panel(at, QSizeF(width, height));
    p->setPen(Qt::NoPen);
    p->setBrush(Style::zebra());
    p->drawRoundedRect(panel, s.mm(1.5), s.mm(1.5));
    p->fillRect(QRectF(at, QSizeF(bar, height)), Style::tone(hero.tone));
    const double top = at.y() + (height - leftH) / 2;
    caption.draw(*p, QPointF(at.x() + bar + pad, top), Style::muted());
    const double baseline = top + leftH;
    p->setFont(scoreFont);
    p->setPen(Style::tone(hero.tone));
    p->drawText(QPointF(at.x() + bar + pad, baseline), score);
    p->setFont(outOfFont);
    p->setPen(Style::muted());
    p->drawText(QPointF(at.x() + bar + pad + scoreW + s.mm(1.5), baseline), outOf);
    p->setPen(pen(Style::rule(), s.pt(0.75)));
    p->drawLine(QPointF(at.x() + dividerX, at.y() + pad),
                QPointF(at.x() + dividerX, at.y() + height - pad));
    double y = at.y() + (height - rightH) / 2;
    verdict.draw(*p, QPointF(at.x() + textX, y), Style::tone(hero.tone));
    y += verdict.height();
    if (!hero.change.isEmpty()) {
        change.draw(*p, QPointF(at.x() + textX, y), Style::tone(hero.changeTone));
        y += change.height();
    }
    if (!hero.declared.isEmpty())
        declared.draw(*p, QPointF(at.x() + textX, y + s.mm(0.8)), Style::muted());
    return height;
}

double doFacts(const Facts &facts, const Style &s, double width, QPainter *p, QPointF at)
{
    const int count = int(facts.items.size());
    if (count == 0)
        return 0;
    // Five still read side by side on A4 (the overdue count of each module
    // with duties); from six on, rows of four.
    const int columns = count <= 5 ? count : 4;
    const double gap = s.mm(3), pad = s.mm(3);
    const double boxW = (width - (columns - 1) * gap) / columns;
    std::vector<Wrapped> values, labels;
    double boxH = 0;
    for (const Fact &fact : facts.items) {
        values.emplace_back(fact.value, s.font(15, true), s, boxW - 2 * pad, 1.2);
        labels.emplace_back(fact.label, s.font(size::small), s, boxW - 2 * pad, 1.4);
        boxH = std::max(boxH, values.back().height() + s.mm(0.8) + labels.back().height());
    }
    boxH += 2 * pad;
    const int rows = (count + columns - 1) / columns;
    if (!p)
        return rows * boxH + (rows - 1) * gap;
    for (int i = 0; i < count; ++i) {
        const QPointF box =
            at + QPointF((i % columns) * (boxW + gap), (i / columns) * (boxH + gap));
        p->setPen(pen(Style::rule(), s.pt(0.75)));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(QRectF(box, QSizeF(boxW, boxH)), s.mm(1.5), s.mm(1.5));
        const std::size_t k = std::size_t(i);
        values[k].draw(*p, box + QPointF(pad, pad), Style::tone(facts.items.at(i).tone));
        labels[k].draw(*p, box + QPointF(pad, pad + values[k].height() + s.mm(0.8)),
                       Style::muted());
    }
    return rows * boxH + (rows - 1) * gap;
}

double doBars(const BarChart &chart, const Style &s, double width, QPainter *p, QPointF at)
{
    const QFont font = s.font(size::table);
    const double labelW = width * 0.34, gap = s.mm(3), valueW = width * 0.16;
    const double trackX = labelW + gap;
    const double trackW = width - trackX - gap - valueW;
    const double trackH = s.mm(3.2), rowPad = s.mm(1.2);
    double y = 0;
    for (const Bar &bar : chart.bars) {
        const bool measured = bar.percent >= 0;
        const Wrapped label(bar.label, font, s, labelW, kTight);
        const Wrapped value(bar.valueText, font, s, measured ? valueW : width - trackX, kTight);
        const double rowH = std::max({label.height(), value.height(), trackH + s.mm(2)}) + rowPad;
        if (p) {
            const double mid = at.y() + y + rowH / 2;
            label.draw(*p, QPointF(at.x(), mid - label.height() / 2), Style::text());
            if (measured) {
                const QRectF track(at.x() + trackX, mid - trackH / 2, trackW, trackH);
                p->fillRect(track, QColor(0xe6, 0xea, 0xef));
                const double filled = trackW * std::clamp(bar.percent, 0, 100) / 100.0;
                p->fillRect(QRectF(track.topLeft(), QSizeF(filled, trackH)), Style::tone(bar.tone));
                if (bar.declaredPercent > 0) {
                    // The self-declared part: the bar's end, hatched and lighter.
                    const double part =
                        trackW * std::clamp(bar.declaredPercent, 0, bar.percent) / 100.0;
                    const QRectF declared(track.left() + filled - part, track.top(), part, trackH);
                    p->fillRect(declared, Qt::white);
                    QColor tint = Style::tone(bar.tone);
                    tint.setAlphaF(0.35);
                    p->fillRect(declared, tint);
                    p->fillRect(declared, QBrush(Style::tone(bar.tone), Qt::BDiagPattern));
                }
                if (bar.previous >= 0) {
                    const double x =
                        track.left() + trackW * std::clamp(bar.previous, 0, 100) / 100.0;
                    p->setPen(pen(Style::text(), s.pt(1.3)));
                    p->drawLine(QPointF(x, track.top() - s.mm(0.9)),
                                QPointF(x, track.bottom() + s.mm(0.9)));
                }
                value.draw(*p, QPointF(track.right() + gap, mid - value.height() / 2),
                           Style::tone(bar.tone));
            } else {
                value.draw(*p, QPointF(at.x() + trackX, mid - value.height() / 2), Style::muted());
            }
        }
        y += rowH;
    }
    QString legend = chart.previousLegend;
    // The renderer draws the tick itself; a builder's "|" would double it.
    if (legend.startsWith(QLatin1Char('|')))
        legend = legend.mid(1).trimmed();
    if (!legend.isEmpty()) {
        y += s.mm(1);
        const Wrapped text(legend, s.font(size::small), s, width - trackX - s.mm(4), kTight);
        if (p) {
            const double x = at.x() + trackX + s.mm(1);
            p->setPen(pen(Style::text(), s.pt(1.3)));
            p->drawLine(QPointF(x, at.y() + y + s.mm(0.4)),
                        QPointF(x, at.y() + y + text.lineHeight() - s.mm(0.4)));
            text.draw(*p, QPointF(x + s.mm(2.5), at.y() + y), Style::muted());
        }
        y += text.height();
    }
    if (!chart.declaredLegend.isEmpty()) {
        y += s.mm(1);
        const Wrapped text(chart.declaredLegend, s.font(size::small), s, width - trackX - s.mm(4),
                           kTight);
        if (p) {
            const double x = at.x() + trackX + s.mm(1);
            const QRectF swatch(x - s.mm(0.8), at.y() + y + s.mm(0.6), s.mm(2.4),
                                text.lineHeight() - s.mm(1.2));
            QColor tint = Style::tone(Tone::Good);
            tint.setAlphaF(0.35);
            p->fillRect(swatch, tint);
            p->fillRect(swatch, QBrush(Style::tone(Tone::Good), Qt::BDiagPattern));
            text.draw(*p, QPointF(x + s.mm(2.5), at.y() + y), Style::muted());
        }
        y += text.height();
    }
    return y;
}

double doTrend(const TrendChart &chart, const Style &s, double width, QPainter *p, QPointF at)
{
    const double height = s.mm(46);
    if (!p)
        return height;
    const QFont font = s.font(size::small);
    const QFontMetricsF metrics(font, s.device());
    const QRectF plot(at.x() + metrics.horizontalAdvance(QStringLiteral("100")) + s.mm(2.5),
                      at.y() + metrics.height() / 2, 0, 0);
    const QRectF area(plot.topLeft(), QPointF(at.x() + width - s.mm(12),
                                              at.y() + height - metrics.height() - s.mm(2.5)));
    const auto yOf = [&](double v) {
        return area.bottom() - area.height() * std::clamp(v, 0.0, 100.0) / 100.0;
    };
    QDate from = chart.from, to = chart.to;
    if (!from.isValid() && !chart.points.isEmpty())
        from = chart.points.first().day;
    if (!to.isValid() && !chart.points.isEmpty())
        to = chart.points.last().day;
    const double span = std::max<qint64>(1, from.daysTo(to));
    const auto xOf = [&](const QDate &day) {
        return area.left() + area.width() * std::clamp(from.daysTo(day) / span, 0.0, 1.0);
    };
    p->save();
    const auto band = [&](double low, double high, Tone tone) {
        QColor tint = Style::tone(tone);
        tint.setAlphaF(0.07);
        p->fillRect(QRectF(QPointF(area.left(), yOf(high)), QPointF(area.right(), yOf(low))), tint);
    };
    band(score::kGoodBandFrom, 100, Tone::Good);
    band(score::kFairBandFrom, score::kGoodBandFrom, Tone::Warn);
    band(0, score::kFairBandFrom, Tone::Bad);
    p->setFont(font);
    for (int v = 0; v <= 100; v += 20) {
        hLine(*p, area.left(), area.right(), yOf(v),
              pen(v == 0 ? Style::muted() : Style::rule(), s.pt(v == 0 ? 0.75 : 0.5)));
        p->setPen(Style::muted());
        p->drawText(QRectF(at.x(), yOf(v) - metrics.height() / 2, area.left() - at.x() - s.mm(1.5),
                           metrics.height()),
                    Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }
    for (const TrendTick &tick : chart.ticks) {
        if (tick.day < from || tick.day > to)
            continue;
        const double x = xOf(tick.day);
        p->setPen(pen(Style::muted(), s.pt(0.5)));
        p->drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + s.mm(1)));
        const double w = metrics.horizontalAdvance(tick.label);
        const double left =
            std::clamp(x - w / 2, area.left() - s.mm(2), area.right() + s.mm(4) - w);
        p->setPen(Style::muted());
        p->drawText(QPointF(left, area.bottom() + s.mm(1.5) + metrics.ascent()), tick.label);
    }
    QPainterPath line;
    for (const TrendPoint &point : chart.points) {
        const QPointF xy(xOf(point.day), yOf(point.total));
        if (line.elementCount() == 0)
            line.moveTo(xy);
        else
            line.lineTo(xy);
    }
    if (chart.points.size() >= 2) {
        QPen linePen(Style::accent(), s.pt(1.2));
        linePen.setJoinStyle(Qt::RoundJoin);
        linePen.setCapStyle(Qt::RoundCap);
        p->setPen(linePen);
        p->setBrush(Qt::NoBrush);
        p->drawPath(line);
    } else if (!chart.emptyText.isEmpty()) {
        const Wrapped empty(chart.emptyText, s.font(size::body), s, area.width() * 0.8, kTight,
                            Qt::AlignHCenter);
        empty.draw(
            *p, QPointF(area.left() + area.width() * 0.1, area.center().y() - empty.height() / 2),
            Style::muted());
    }
    if (!chart.points.isEmpty()) {
        const TrendPoint &last = chart.points.last();
        const QPointF dot(xOf(last.day), yOf(last.total));
        p->setPen(QPen(Qt::white, s.pt(0.8)));
        p->setBrush(Style::accent());
        p->drawEllipse(dot, s.mm(1.1), s.mm(1.1));
        const QFont valueFont = s.font(size::small, true);
        const QString value =
            chart.lastLabel.isEmpty() ? QString::number(last.total, 'f', 1) : chart.lastLabel;
        const double w = QFontMetricsF(valueFont, s.device()).horizontalAdvance(value);
        const double x =
            dot.x() + s.mm(2) + w <= at.x() + width ? dot.x() + s.mm(2) : dot.x() - s.mm(2) - w;
        const double labelY =
            std::clamp(dot.y() - s.mm(2.5), at.y() + metrics.ascent(), area.bottom());
        p->setFont(valueFont);
        p->setPen(Style::accent());
        p->drawText(QPointF(x, labelY), value);
    }
    p->restore();
    return height;
}

template <typename Fn> Measure atomic(Fn measureFn)
{
    Measure m;
    m.rows = {measureFn()};
    return m;
}

// A table's cells wrapped for its column widths.
struct TableGrid
{
    QVector<double> x, w;
    double pad = 0;
};

TableGrid gridOf(const Table &table, const Style &s, double width)
{
    TableGrid grid;
    grid.pad = s.mm(1.5);
    int total = 0;
    for (const Column &c : table.columns)
        total += std::max(1, c.stretch);
    double x = 0;
    for (const Column &c : table.columns) {
        const double w = total > 0 ? width * std::max(1, c.stretch) / total : width;
        grid.x.append(x);
        grid.w.append(w);
        x += w;
    }
    return grid;
}

Wrapped cellText(const Table &table, const TableGrid &g, const Style &s, int row, int col)
{
    const Qt::Alignment align = alignmentOf(table.columns.at(col).align);
    const double w = g.w.at(col) - 2 * g.pad;
    if (row < 0)
        return Wrapped(table.columns.at(col).header, s.font(size::small, true), s, w, kTight,
                       align);
    const QVector<Cell> &cells = table.rows.at(row);
    const Cell cell = col < cells.size() ? cells.at(col) : Cell();
    return Wrapped(cell.text, s.font(size::table, cell.emphasis), s, w, kTight, align);
}

double rowHeight(const Table &table, const TableGrid &g, const Style &s, int row)
{
    double h = 0;
    for (int col = 0; col < table.columns.size(); ++col)
        h = std::max(h, cellText(table, g, s, row, col).height());
    return h + 2 * g.pad * 0.8;
}

void paintRow(QPainter &p, const Table &table, const TableGrid &g, const Style &s, int row,
              const QRectF &rect)
{
    if (row < 0)
        p.fillRect(rect, Style::headerFill());
    else if (row % 2 == 1)
        p.fillRect(rect, Style::zebra());
    for (int col = 0; col < table.columns.size(); ++col) {
        const Wrapped text = cellText(table, g, s, row, col);
        QColor colour = Style::text();
        if (row >= 0 && col < table.rows.at(row).size())
            colour = Style::tone(table.rows.at(row).at(col).tone);
        text.draw(p, QPointF(rect.left() + g.x.at(col) + g.pad, rect.top() + g.pad * 0.8), colour);
    }
}

Wrapped emptyTableText(const Table &table, const Style &s, double width)
{
    return Wrapped(table.emptyText, s.font(size::body), s, width, kLoose);
}

} // namespace

Measure measureBlock(const Block &block, const Style &s, double width)
{
    if (const auto *paragraph = std::get_if<Paragraph>(&block)) {
        const Wrapped text(paragraph->text, s.font(paragraph->small ? size::small : size::body), s,
                           width, kLoose);
        Measure m;
        m.rows = QVector<double>(text.lines(), text.lineHeight());
        m.splittable = true;
        m.keepLines = true;
        return m;
    }
    if (const auto *table = std::get_if<Table>(&block)) {
        if (table->rows.isEmpty() || table->columns.isEmpty())
            return atomic([&] { return emptyTableText(*table, s, width).height(); });
        const TableGrid grid = gridOf(*table, s, width);
        Measure m;
        m.head = rowHeight(*table, grid, s, -1);
        for (int row = 0; row < table->rows.size(); ++row)
            m.rows.append(rowHeight(*table, grid, s, row));
        m.splittable = true;
        return m;
    }
    return atomic([&]() -> double {
        if (const auto *cover = std::get_if<Cover>(&block))
            return doCover(*cover, s, width, nullptr, {});
        if (const auto *hero = std::get_if<ScoreHero>(&block))
            return doHero(*hero, s, width, nullptr, {});
        if (const auto *heading = std::get_if<SubHeading>(&block))
            return Wrapped(heading->text, s.font(size::subHeading, true), s, width, kTight)
                .height();
        if (const auto *facts = std::get_if<Facts>(&block))
            return doFacts(*facts, s, width, nullptr, {});
        if (const auto *bars = std::get_if<BarChart>(&block))
            return doBars(*bars, s, width, nullptr, {});
        if (const auto *trend = std::get_if<TrendChart>(&block))
            return doTrend(*trend, s, width, nullptr, {});
        return 0;
    });
}

QPen thinPen(const QColor &colour, double width, Qt::PenStyle style)
{
    QPen pen(colour, width, style);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

QString elided(const QString &text, const QFont &font, const Style &s, double width)
{
    return QFontMetricsF(font, s.device()).elidedText(text, Qt::ElideRight, std::max(0.0, width));
}

QString fitted(const QString &text, const QFont &font, const Style &s, double width, int lines)
{
    if (Wrapped(text, font, s, width, 1).lines() <= lines)
        return text;
    int low = 0, high = int(text.size());
    while (low < high) {
        const int mid = (low + high + 1) / 2;
        if (Wrapped(text.left(mid) + QStringLiteral("…"), font, s, width, 1).lines() <= lines)
            low = mid;
        else
            high = mid - 1;
    }
    return text.left(low).trimmed() + QStringLiteral("…");
}

void paintFooter(QPainter &p, const Style &s, const QRectF &band, const QString &left,
                 const QString &centre, const QString &right)
{
    p.save();
    const double ruleY = band.top() + s.mm(2.6);
    p.setPen(QPen(Style::rule(), s.pt(0.6)));
    p.drawLine(QPointF(band.left(), ruleY), QPointF(band.right(), ruleY));
    const QFont font = s.font(size::footer);
    const QFontMetricsF metrics(font, s.device());
    p.setFont(font);
    p.setPen(Style::muted());
    const QRectF line(band.left(), ruleY + s.mm(1.3), band.width(), metrics.height());
    const double w = band.width();
    const auto put = [&](const QString &text, double share, Qt::Alignment align) {
        p.drawText(line, int(align | Qt::AlignTop),
                   metrics.elidedText(text, Qt::ElideRight, w * share));
    };
    put(left, 0.36, Qt::AlignLeft);
    put(centre, 0.28, Qt::AlignHCenter);
    put(right, 0.3, Qt::AlignRight);
    p.restore();
}

void paintBlock(QPainter &p, const Style &s, const Block &block, const QRectF &rect, int firstRow,
                int endRow)
{
    p.save();
    const double width = rect.width();
    const QPointF at = rect.topLeft();
    if (const auto *paragraph = std::get_if<Paragraph>(&block)) {
        const Wrapped text(paragraph->text, s.font(paragraph->small ? size::small : size::body), s,
                           width, kLoose);
        text.draw(p, at, Style::tone(paragraph->tone), firstRow, endRow);
    } else if (const auto *table = std::get_if<Table>(&block)) {
        if (table->rows.isEmpty() || table->columns.isEmpty()) {
            emptyTableText(*table, s, width).draw(p, at, Style::muted());
        } else {
            const TableGrid grid = gridOf(*table, s, width);
            double y = at.y();
            const double headH = rowHeight(*table, grid, s, -1);
            paintRow(p, *table, grid, s, -1, QRectF(at.x(), y, width, headH));
            y += headH;
            hLine(p, at.x(), at.x() + width, y, pen(Style::muted(), s.pt(0.6)));
            for (int row = firstRow; row < endRow && row < table->rows.size(); ++row) {
                const double h = rowHeight(*table, grid, s, row);
                paintRow(p, *table, grid, s, row, QRectF(at.x(), y, width, h));
                y += h;
            }
            hLine(p, at.x(), at.x() + width, y, pen(Style::rule(), s.pt(0.75)));
        }
    } else if (const auto *cover = std::get_if<Cover>(&block)) {
        doCover(*cover, s, width, &p, at);
    } else if (const auto *hero = std::get_if<ScoreHero>(&block)) {
        doHero(*hero, s, width, &p, at);
    } else if (const auto *heading = std::get_if<SubHeading>(&block)) {
        Wrapped(heading->text, s.font(size::subHeading, true), s, width, kTight)
            .draw(p, at, Style::text());
    } else if (const auto *facts = std::get_if<Facts>(&block)) {
        doFacts(*facts, s, width, &p, at);
    } else if (const auto *bars = std::get_if<BarChart>(&block)) {
        doBars(*bars, s, width, &p, at);
    } else if (const auto *trend = std::get_if<TrendChart>(&block)) {
        doTrend(*trend, s, width, &p, at);
    }
    p.restore();
}

} // namespace report
} // namespace kamae

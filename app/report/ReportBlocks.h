#pragma once

#include "report/ReportDocument.h"

#include <QColor>
#include <QFont>
#include <QPen>
#include <QRectF>
#include <QString>
#include <QVector>

#include <memory>

class QPainter;
class QPaintDevice;
class QTextLayout;

// Internal to the renderer: how each kind of block measures itself for a
// width and paints itself into a rectangle. ReportRenderer.cpp only decides
// where blocks go.
namespace kamae {
namespace report {

// Type sizes in points; the renderer converts them for the device.
namespace size {
constexpr double body = 9.5;
constexpr double small = 8;
constexpr double table = 8.5;
constexpr double sectionTitle = 13;
constexpr double subHeading = 10.5;
constexpr double coverTitle = 18;
constexpr double company = 14;
constexpr double footer = 7.5;
} // namespace size

// The report's fonts, colours and units, resolved for one paint device so
// that measuring and painting agree at any resolution.
class Style
{
public:
    explicit Style(QPaintDevice &device);

    QPaintDevice *device() const { return m_device; }
    double pt(double points) const { return points * m_pxPerPt; }
    double mm(double millimetres) const { return millimetres * m_pxPerPt * 72.0 / 25.4; }
    QFont font(double points, bool bold = false) const;

    static QColor text();
    static QColor muted();
    static QColor rule();
    static QColor accent();
    static QColor headerFill();
    static QColor zebra();
    static QColor tone(Tone tone);

private:
    QPaintDevice *m_device;
    QString m_family;
    double m_pxPerPt;
};

// Text wrapped to a width, in lines of one fixed height so that a slice of
// lines can be painted on its own.
class Wrapped
{
public:
    Wrapped(const QString &text, const QFont &font, const Style &style, double width,
            double lineFactor, Qt::Alignment align = Qt::AlignLeft);
    ~Wrapped();
    Wrapped(Wrapped &&) noexcept;
    Wrapped &operator=(Wrapped &&) noexcept;

    int lines() const;
    double lineHeight() const { return m_lineHeight; }
    double height() const { return lines() * m_lineHeight; }
    double widest() const;
    // Lines [first, end) with the top of `first` at `topLeft`; end -1: all.
    void draw(QPainter &painter, const QPointF &topLeft, const QColor &colour, int first = 0,
              int end = -1) const;

private:
    std::unique_ptr<QTextLayout> m_layout;
    double m_lineHeight = 0;
};

// Where a page may break inside a block: between `rows` (a paragraph's
// lines, a table's rows). `head` is painted again at the top of every slice
// (a table's header). An atomic block is one row that cannot be split.
struct Measure
{
    double head = 0;
    QVector<double> rows;
    bool splittable = false;
    // Paragraphs keep at least two lines together on either side of a break.
    bool keepLines = false;
};

Measure measureBlock(const Block &block, const Style &style, double width);

// Rows [firstRow, endRow) of a split block; atomic blocks ignore the range.
void paintBlock(QPainter &painter, const Style &style, const Block &block, const QRectF &rect,
                int firstRow, int endRow);

// What the module printouts draw with (BcpPdf, TrainingPdf, IncidentPdf).
// A thin line with flat ends: rules, boxes, cut lines.
QPen thinPen(const QColor &colour, double width, Qt::PenStyle style = Qt::SolidLine);
// `text` on one line, shortened with "…" to `width`.
QString elided(const QString &text, const QFont &font, const Style &style, double width);
// `text`, shortened with "…" until it wraps to at most `lines` lines.
QString fitted(const QString &text, const QFont &font, const Style &style, double width, int lines);

// A page's footer under a thin rule in `band`: left, centre and right texts,
// each shortened with "…" to its share of the width (the report's and the
// module printouts' pages alike).
void paintFooter(QPainter &painter, const Style &style, const QRectF &band, const QString &left,
                 const QString &centre, const QString &right);

} // namespace report
} // namespace kamae

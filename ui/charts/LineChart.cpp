#include "charts/LineChart.h"

#include "charts/ChartStyle.h"

#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QLocale>
#include <QPen>
#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace kamae {
namespace ui {

namespace {

// Beyond this many steps the value labels would crowd each other.
constexpr int kLabelledSteps = 8;

} // namespace

struct LineChart::Impl
{
    QBarCategoryAxis *xAxis = nullptr;
    QValueAxis *yAxis = nullptr;
    QVector<QLineSeries *> series;
};

LineChart::LineChart(QWidget *parent)
    : ChartFrame(QStringLiteral("line"), parent), m_impl(std::make_unique<Impl>())
{
    Impl &d = *m_impl;
    chart()->legend()->setAlignment(Qt::AlignBottom);
    d.xAxis = new QBarCategoryAxis;
    chart()->addAxis(d.xAxis, Qt::AlignBottom);
    d.yAxis = new QValueAxis;
    d.yAxis->setLabelFormat(QStringLiteral("%d%%"));
    d.yAxis->setTickCount(6);
    d.yAxis->setRange(0, 100);
    chart()->addAxis(d.yAxis, Qt::AlignLeft);
    setMinimumHeight(180);
    // The plot's own width decides the labels: it is known only after the
    // chart's layout, which the y axis's labels and the margins narrow.
    connect(chart(), &QChart::plotAreaChanged, this, &LineChart::fitToWidth, Qt::QueuedConnection);
    rebuild();
}

LineChart::~LineChart() = default;

void LineChart::setSteps(const QStringList &labels, const QStringList &toolTips,
                         const QStringList &shortLabels)
{
    m_labels = labels;
    m_toolTips = toolTips;
    m_shortLabels = shortLabels.size() == labels.size() ? shortLabels : QStringList();
    m_short = false;
    rebuild();
}

void LineChart::setLines(const QVector<Line> &lines)
{
    m_lines = lines;
    rebuild();
}

void LineChart::rebuild()
{
    Impl &d = *m_impl;
    for (QLineSeries *s : std::as_const(d.series)) {
        chart()->removeSeries(s);
        delete s;
    }
    d.series.clear();
    d.xAxis->clear();
    d.xAxis->append(m_short ? m_shortLabels : m_labels);
    const bool labelled = m_labels.size() <= kLabelledSteps;
    for (const Line &line : std::as_const(m_lines)) {
        auto *s = new QLineSeries;
        s->setName(line.name);
        for (int i = 0; i < std::min<qsizetype>(line.values.size(), m_labels.size()); ++i)
            if (line.values.at(i) >= 0)
                s->append(i, line.values.at(i));
        s->setPointsVisible(true);
        s->setPointLabelsVisible(labelled);
        s->setPointLabelsFormat(QStringLiteral("@yPoint%"));
        s->setPointLabelsClipping(false);
        chart()->addSeries(s);
        s->attachAxis(d.xAxis);
        s->attachAxis(d.yAxis);
        connect(s, &QLineSeries::hovered, this,
                [this, name = line.name](const QPointF &at, bool state) {
                    const int step = static_cast<int>(std::lround(at.x()));
                    if (!state || step < 0 || step >= m_labels.size()) {
                        QToolTip::hideText();
                        return;
                    }
                    const QString whole =
                        step < m_toolTips.size() ? m_toolTips.at(step) : m_labels.at(step);
                    QToolTip::showText(QCursor::pos(), whole + QLatin1Char('\n') + name, view());
                });
        d.series.append(s);
    }
    chart()->legend()->setVisible(m_lines.size() > 1);
    showChart(!m_labels.isEmpty());
    restyle();
}

void LineChart::restyle()
{
    Impl &d = *m_impl;
    ChartFrame::restyle();
    const charts::ChartColors colors = charts::chartColors(palette());
    for (int i = 0; i < d.series.size() && i < m_lines.size(); ++i) {
        QLineSeries *s = d.series.at(i);
        const QColor c = m_lines.at(i).color.isValid() ? m_lines.at(i).color : colors.accent;
        QPen pen(c, 2.5);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        s->setPen(pen);
        s->setBrush(c);
        s->setMarkerSize(std::max(6.0, fontMetrics().height() * 0.4));
    }
    // Room above the top line's labels and beside the outer points' labels.
    const int air = fontMetrics().height() / 2;
    chart()->setMargins(QMargins(air, air, air, 4));
    fitToWidth();
}

namespace {
// Qt Charts' padding on either side of an axis label (ChartAxisElement).
constexpr double kLabelPadding = 4;
} // namespace

void LineChart::fitToWidth()
{
    // What a category's label gets on the axis, in the axis's own font: Qt
    // Charts' category axis spaces n steps with n + 2 ticks and gives each
    // label the plot's width over the ticks less a padding on either side,
    // and cuts a longer label to "2025…" (so the short labels lead with the
    // year). Before the first layout, the frame's width stands in.
    const QFontMetricsF metrics(m_impl->xAxis->labelsFont());
    const QRectF plot = chart()->plotArea();
    const double plotWidth =
        plot.width() > 0
            ? plot.width()
            : width() - metrics.horizontalAdvance(QStringLiteral("100%")) - 3 * metrics.height();
    const double room = plotWidth / (static_cast<int>(m_labels.size()) + 2) - 2 * kLabelPadding;
    double widest = 0;
    for (const QString &label : std::as_const(m_labels))
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const bool useShort = !m_shortLabels.isEmpty() && widest + metrics.averageCharWidth() > room;
    if (useShort == m_short)
        return;
    m_short = useShort;
    m_impl->xAxis->clear();
    m_impl->xAxis->append(m_short ? m_shortLabels : m_labels);
}

} // namespace ui
} // namespace kamae

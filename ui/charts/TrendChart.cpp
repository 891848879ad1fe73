#include "charts/TrendChart.h"

#include "charts/ChartStyle.h"

#include <QEvent>
#include <QFontMetrics>
#include <QLocale>
#include <QToolTip>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace kamae {
namespace ui {

namespace {

qint64 toMSecs(const QDate &day)
{
    return day.startOfDay().toMSecsSinceEpoch();
}

} // namespace

struct TrendChart::Impl
{
    QLineSeries *series = nullptr;
    QDateTimeAxis *xAxis = nullptr;
    QValueAxis *yAxis = nullptr;
    int spanTicks = 5; // what the span of the points asks for, before the width limits it
};

TrendChart::TrendChart(QWidget *parent)
    : ChartFrame(QStringLiteral("trend"), parent), m_impl(std::make_unique<Impl>())
{
    Impl &d = *m_impl;

    d.series = new QLineSeries;
    d.series->setPointsVisible(true);
    d.series->setPointLabelsVisible(false);
    chart()->addSeries(d.series);

    d.xAxis = new QDateTimeAxis;
    chart()->addAxis(d.xAxis, Qt::AlignBottom);
    d.series->attachAxis(d.xAxis);
    d.yAxis = new QValueAxis;
    d.yAxis->setLabelFormat(QStringLiteral("%d"));
    d.yAxis->setTickCount(6);
    d.yAxis->setRange(m_min, m_max);
    chart()->addAxis(d.yAxis, Qt::AlignLeft);
    d.series->attachAxis(d.yAxis);

    connect(d.series, &QLineSeries::hovered, this, [this](const QPointF &at, bool state) {
        if (!state || m_points.isEmpty()) {
            QToolTip::hideText();
            return;
        }
        // The point nearest in time to where the pointer is.
        const auto nearest = std::min_element(m_points.cbegin(), m_points.cend(),
                                              [at](const Point &a, const Point &b) {
                                                  return std::abs(double(toMSecs(a.day)) - at.x()) <
                                                         std::abs(double(toMSecs(b.day)) - at.x());
                                              });
        const QLocale l = locale();
        const double rounded = std::round(nearest->value);
        QString tip = QStringLiteral("%1: %2").arg(
            l.toString(nearest->day, dateFormat()),
            l.toString(nearest->value, 'f', rounded == nearest->value ? 0 : 1));
        if (!m_seriesName.isEmpty())
            tip = m_seriesName + QLatin1Char('\n') + tip;
        QToolTip::showText(QCursor::pos(), tip, view());
    });

    setMinimumHeight(220);
    restyle();
}

TrendChart::~TrendChart() = default;

void TrendChart::setPoints(const QVector<Point> &points)
{
    m_points = points;
    QList<QPointF> xy;
    xy.reserve(points.size());
    for (const Point &p : points)
        xy.append(QPointF(double(toMSecs(p.day)), p.value));
    m_impl->series->replace(xy);
    updateAxes();
}

QVector<TrendChart::Point> TrendChart::points() const
{
    return m_points;
}

void TrendChart::setRange(double min, double max)
{
    if (!(max > min))
        max = min + 1;
    m_min = min;
    m_max = max;
    m_impl->yAxis->setRange(m_min, m_max);
}

void TrendChart::setSeriesName(const QString &name)
{
    m_seriesName = name;
    m_impl->series->setName(name);
}

void TrendChart::restyle()
{
    ChartFrame::restyle();
    m_impl->series->setMarkerSize(std::max(6.0, fontMetrics().height() * 0.45));
    // Room on either side for half a date under each end of the axis (on
    // the left the value labels give some).
    const int halfDate = labelWidth() / 2;
    const int valueLabels = fontMetrics().horizontalAdvance(QStringLiteral("100"));
    chart()->setMargins(QMargins(std::max(4, halfDate - valueLabels / 2 + 4), 4, halfDate + 4, 4));
    updateAxes();
}

QString TrendChart::dateFormat() const
{
    const bool japanese = locale().language() == QLocale::Japanese;
    // Over months the day of a tick says nothing and only crowds the axis.
    if (m_spanDays > 120)
        return japanese ? QStringLiteral("yyyy/MM") : QStringLiteral("MMM yyyy");
    return japanese ? QStringLiteral("yyyy/MM/dd") : QStringLiteral("d MMM yyyy");
}

int TrendChart::labelWidth() const
{
    return fontMetrics().horizontalAdvance(locale().toString(QDate(2026, 12, 28), dateFormat()));
}

void TrendChart::updateAxes()
{
    Impl &d = *m_impl;
    chart()->setLocale(locale());
    d.xAxis->setFormat(dateFormat());
    showChart(!m_points.isEmpty());
    if (m_points.isEmpty())
        return;

    // The caller sorts, but the axis must hold every point whatever the order.
    QDate first = m_points.first().day;
    QDate last = first;
    for (const Point &p : qAsConst(m_points)) {
        first = std::min(first, p.day);
        last = std::max(last, p.day);
    }
    const qint64 span = first.daysTo(last);
    m_spanDays = span;
    d.xAxis->setFormat(dateFormat());
    // A year of daily points is a line; markers only help a few.
    d.series->setPointsVisible(m_points.size() <= 40);
    const qint64 pad = span == 0 ? 15 : std::max<qint64>(2, span / 20);
    d.xAxis->setRange(first.addDays(-pad).startOfDay(), last.addDays(pad).startOfDay());
    d.spanTicks = span <= 31 ? 5 : span <= 180 ? 6 : 7;
    fitToWidth();
}

void TrendChart::fitToWidth()
{
    Impl &d = *m_impl;
    // As many as the span asks for, but no more than fit side by side.
    const QFontMetrics metrics(font());
    const int plotWidth =
        std::max(0, width() - metrics.horizontalAdvance(QStringLiteral("1000")) - labelWidth());
    // Qt Charts elides a label wider than its share of the axis, so leave
    // half a label of air between neighbours.
    const int spacing = labelWidth() * 3 / 2 + metrics.averageCharWidth() * 3;
    const int fit = std::max(2, plotWidth / std::max(1, spacing) + 1);
    d.xAxis->setTickCount(std::min(d.spanTicks, fit));
}

} // namespace ui
} // namespace kamae

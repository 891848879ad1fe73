#include "charts/BarChart.h"

#include "charts/ChartStyle.h"
#include "score/ScoreBands.h"

#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace kamae {
namespace ui {

namespace {

const QString kNotApplicable = QStringLiteral("\u2014"); // "—"

// One set of all bars with Qt's value labels; or, coloured by band, a
// stacked series of three sets (good, fair, poor) in which each row has its
// value in one set and 0 in the others, so that each row shows one bar in
// its band's colour where a plain bar would be (side-by-side series would
// shift the rows). Stacked series put no label after a bar: the chart's
// own marks do (BarChart::placeMarks).
QAbstractBarSeries *makeSeries(bool banded)
{
    QAbstractBarSeries *series = nullptr;
    if (banded) {
        series = new QHorizontalStackedBarSeries;
        for (int band = 0; band < 3; ++band)
            series->append(new QBarSet(QString()));
    } else {
        series = new QHorizontalBarSeries;
        series->append(new QBarSet(QString()));
        series->setLabelsVisible(true);
        series->setLabelsFormat(QStringLiteral("@value"));
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    }
    series->setBarWidth(0.6);
    return series;
}

} // namespace

struct BarChart::Impl
{
    QChartView *view = nullptr;
    QChart *chart = nullptr;
    QAbstractBarSeries *series = nullptr; // makeSeries()
    bool banded = false;
    QBarCategoryAxis *categoryAxis = nullptr;
    QValueAxis *valueAxis = nullptr;
    // Qt Charts draws no value label on an empty bar: these stand in for it,
    // "—" for a bar that does not apply and "0" for a bar at zero; coloured
    // by band, every bar's value is a mark.
    struct Mark
    {
        QGraphicsSimpleTextItem *item = nullptr;
        int row = 0;
        bool applicable = false;
        double value = 0; // where the bar ends
    };
    QVector<Mark> marks;
};

BarChart::BarChart(QWidget *parent) : QWidget(parent), m_impl(std::make_unique<Impl>())
{
    Impl &d = *m_impl;
    d.chart = charts::makeChart();

    d.categoryAxis = new QBarCategoryAxis;
    d.categoryAxis->setGridLineVisible(false);
    d.chart->addAxis(d.categoryAxis, Qt::AlignLeft);
    d.valueAxis = new QValueAxis;
    // Ticks every 20 up to 100; the axis itself runs a little further, so
    // that the value at the end of a full bar has room (updateValueRange).
    d.valueAxis->setRange(0, 100);
    d.valueAxis->setLabelFormat(QStringLiteral("%d"));
    d.valueAxis->setTickType(QValueAxis::TicksDynamic);
    d.valueAxis->setTickAnchor(0);
    d.valueAxis->setTickInterval(20);
    d.chart->addAxis(d.valueAxis, Qt::AlignBottom);
    installSeries();

    d.view = charts::makeChartView(d.chart, this, QStringLiteral("barChartView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d.view);

    // Clicks are taken by row, not from the bar set: a bar at 0 has no width
    // and Qt Charts would never report it, yet those are the rows that most
    // need opening.
    d.view->viewport()->installEventFilter(this);
    connect(d.chart, &QChart::plotAreaChanged, this, [this] {
        updateValueRange();
        placeMarks();
    });

    restyle();
    updateMinimumHeight();
}

BarChart::~BarChart() = default;

void BarChart::installSeries()
{
    Impl &d = *m_impl;
    if (d.series) {
        d.chart->removeSeries(d.series);
        delete d.series;
    }
    d.series = makeSeries(d.banded);
    d.chart->addSeries(d.series);
    d.series->attachAxis(d.categoryAxis);
    d.series->attachAxis(d.valueAxis);
    const QList<QBarSet *> sets = d.series->barSets();
    for (QBarSet *set : sets)
        connect(set, &QBarSet::hovered, this, &BarChart::showHover);
}

void BarChart::setBars(const QVector<Bar> &bars)
{
    Impl &d = *m_impl;
    m_bars = bars;
    for (const Impl::Mark &mark : qAsConst(d.marks))
        delete mark.item;
    d.marks.clear();

    // Qt Charts puts the first category at the bottom: hand it the bars
    // last first, so that the caller's first bar is at the top.
    QStringList categories;
    const QList<QBarSet *> sets = d.series->barSets();
    QVector<QList<qreal>> values(sets.size());
    for (int i = int(bars.size()) - 1; i >= 0; --i) {
        const Bar &bar = bars.at(i);
        // A category axis drops repeated labels: keep each row's own.
        QString label = bar.label;
        while (categories.contains(label))
            label.append(QChar(0x200B)); // zero width space
        categories.append(label);
        // Whole percents, so that the label at the end reads "72", not "72.4137".
        const bool applicable = bar.value >= 0;
        const double value = applicable ? std::round(std::min(bar.value, 100.0)) : 0.0;
        const int set = d.banded ? static_cast<int>(score::scoreBand(value)) : 0;
        for (int s = 0; s < int(values.size()); ++s)
            values[s].append(s == set ? value : 0.0);
        if (value == 0 || d.banded) {
            auto *item = new QGraphicsSimpleTextItem(
                applicable ? QString::number(value) : kNotApplicable, d.chart);
            item->setToolTip(bar.toolTip);
            d.marks.append({item, int(categories.size()) - 1, applicable, value});
        }
    }
    for (QBarSet *set : sets)
        set->remove(0, set->count());
    d.categoryAxis->setCategories(categories);
    for (int s = 0; s < int(sets.size()); ++s)
        sets.at(s)->append(values.at(s));

    restyle();
    updateMinimumHeight();
    placeMarks();
}

void BarChart::setColouredByBand(bool banded)
{
    Impl &d = *m_impl;
    if (banded == d.banded)
        return;
    d.banded = banded;
    installSeries();
    setBars(m_bars);
}

bool BarChart::colouredByBand() const
{
    return m_impl->banded;
}

void BarChart::showHover(bool status, int row)
{
    const int index = barIndexOfRow(row);
    m_impl->view->viewport()->setCursor(m_clickable && status && index >= 0 ? Qt::PointingHandCursor
                                                                            : Qt::ArrowCursor);
    if (status && index >= 0 && !m_bars.at(index).toolTip.isEmpty())
        QToolTip::showText(QCursor::pos(), m_bars.at(index).toolTip, m_impl->view);
    else
        QToolTip::hideText();
}

QVector<BarChart::Bar> BarChart::bars() const
{
    return m_bars;
}

void BarChart::setTitle(const QString &title)
{
    m_impl->chart->setTitle(title);
    updateMinimumHeight();
}

void BarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        restyle();
        updateMinimumHeight();
        placeMarks();
    }
    QWidget::changeEvent(event);
}

void BarChart::setClickable(bool clickable)
{
    m_clickable = clickable;
}

int BarChart::indexAt(const QPoint &viewportPos) const
{
    const Impl &d = *m_impl;
    const QPointF inChart = d.chart->mapFromScene(d.view->mapToScene(viewportPos));
    // The row's band spans the plot's width, labels included on the left.
    const QRectF plot = d.chart->plotArea();
    if (inChart.y() < plot.top() || inChart.y() > plot.bottom() || inChart.x() > plot.right())
        return -1;
    const QPointF value = d.chart->mapToValue(inChart, d.series);
    const int row = qRound(value.y());
    if (std::abs(value.y() - row) > 0.5)
        return -1;
    return row < int(m_bars.size()) ? barIndexOfRow(row) : -1;
}

bool BarChart::eventFilter(QObject *watched, QEvent *event)
{
    if (m_clickable && watched == m_impl->view->viewport() &&
        event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            const int index = indexAt(mouse->position().toPoint());
            if (index >= 0)
                emit barClicked(index);
        }
    }
    return QWidget::eventFilter(watched, event);
}

int BarChart::barIndexOfRow(int row) const
{
    const int index = int(m_bars.size()) - 1 - row;
    return row >= 0 && index >= 0 ? index : -1;
}

void BarChart::restyle()
{
    Impl &d = *m_impl;
    charts::applyPalette(d.chart, palette());
    charts::applyFont(d.chart, font());
    // Room on the right for the value at the end of a full bar.
    const QFontMetrics metrics(font());
    d.chart->setMargins(QMargins(4, 4, metrics.horizontalAdvance(QStringLiteral("100")) + 12, 4));
    const charts::ChartColors colors = charts::chartColors(palette());
    if (d.banded) {
        const QList<QBarSet *> sets = d.series->barSets();
        for (int band = 0; band < int(sets.size()); ++band) {
            const QColor colour =
                score::bandColour(static_cast<score::ScoreBand>(band), colors.dark);
            sets.at(band)->setColor(colour);
            sets.at(band)->setBorderColor(colour);
        }
    }
    for (const Impl::Mark &mark : qAsConst(d.marks)) {
        mark.item->setBrush(mark.applicable ? colors.text : colors.mutedText);
        mark.item->setFont(font());
    }
}

void BarChart::updateMinimumHeight()
{
    const QFontMetrics metrics(font());
    const int titleHeight =
        m_impl->chart->title().isEmpty() ? 0 : int(std::ceil(metrics.height() * 1.5));
    setMinimumHeight(int(std::ceil(metrics.height() * 2.2 * double(m_bars.size()))) + 60 +
                     titleHeight);
}

void BarChart::updateValueRange()
{
    Impl &d = *m_impl;
    // Qt Charts keeps value labels inside the plot: stretch the axis past 100
    // by the width of "100", so that a full bar's label sits after the bar.
    const double plotWidth = d.chart->plotArea().width();
    const double room = QFontMetrics(font()).horizontalAdvance(QStringLiteral("100")) + 12;
    if (plotWidth <= room * 2)
        return;
    // Below 120, so that no "120" tick appears on a percent axis.
    const double max = std::min(119.0, 100 * plotWidth / (plotWidth - room));
    if (std::abs(d.valueAxis->max() - max) > 0.1)
        d.valueAxis->setRange(0, max);
}

void BarChart::placeMarks()
{
    Impl &d = *m_impl;
    for (const Impl::Mark &mark : qAsConst(d.marks)) {
        const QPointF at = d.chart->mapToPosition(QPointF(mark.value, mark.row), d.series);
        const QRectF box = mark.item->boundingRect();
        mark.item->setPos(at.x() + 6, at.y() - box.height() / 2);
    }
}

} // namespace ui
} // namespace kamae

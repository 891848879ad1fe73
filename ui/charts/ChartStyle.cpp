#include "charts/ChartStyle.h"

#include <QFont>
#include <QGraphicsLayout>
#include <QPalette>
#include <QPen>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QXYSeries>

namespace kamae {
namespace ui {
namespace charts {

namespace {

// a blended towards b by t (0..1), opaque.
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

QChart *makeChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    return chart;
}

QChartView *makeChartView(QChart *chart, QWidget *parent, const QString &name)
{
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    return view;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

ChartColors chartColors(const QPalette &palette)
{
    ChartColors c;
    c.dark = isDark(palette);
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    // A palette whose Base and Text disagree with Window (half-set by a
    // caller) would give unreadable charts: keep the contrast the window has.
    if (c.dark != (c.background.lightness() < 128))
        c.background = palette.color(QPalette::Window);
    if (c.dark == (c.text.lightness() < 128))
        c.text = c.dark ? QColor(Qt::white) : QColor(Qt::black);
    c.mutedText = mix(c.background, c.text, 0.6);
    c.axisLine = mix(c.background, c.text, 0.45);
    c.grid = mix(c.background, c.text, 0.15);
    c.accent = palette.color(QPalette::Highlight);
    // The accent must stand out from the background in either palette.
    if (c.dark && c.accent.lightness() < 110)
        c.accent = c.accent.lighter(160);
    else if (!c.dark && c.accent.lightness() > 170)
        c.accent = c.accent.darker(160);
    return c;
}

void applyPalette(QChart *chart, const QPalette &palette)
{
    const ChartColors c = chartColors(palette);
    chart->setBackgroundBrush(c.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(c.text);
    chart->legend()->setLabelColor(c.text);

    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(c.text);
        axis->setTitleBrush(c.text);
        axis->setLinePen(QPen(c.axisLine, 1));
        axis->setGridLinePen(QPen(c.grid, 1));
        axis->setMinorGridLinePen(QPen(c.grid, 1, Qt::DotLine));
        axis->setShadesVisible(false);
    }

    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            QPen pen(c.accent, 2.5);
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            xy->setPen(pen);
            xy->setBrush(c.accent);
            xy->setPointLabelsColor(c.text);
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets) {
                set->setColor(c.accent);
                set->setBorderColor(c.accent);
                set->setLabelColor(c.text);
            }
        }
    }
}

void applyFont(QChart *chart, const QFont &font)
{
    QFont title = font;
    title.setBold(true);
    if (title.pointSizeF() > 0)
        title.setPointSizeF(title.pointSizeF() * 1.1);
    chart->setTitleFont(title);
    chart->legend()->setFont(font);

    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            xy->setPointLabelsFont(font);
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets)
                set->setLabelFont(font);
        }
    }
}

} // namespace charts
} // namespace ui
} // namespace kamae

// The chart widgets of ui/charts/, headless. The test may reach into the
// Qt Charts objects behind them; nothing else outside ui/charts/ may.
#include "charts/BarChart.h"
#include "charts/LineChart.h"
#include "charts/TrendChart.h"
#include "score/ScoreBands.h"

#include <QApplication>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

using kamae::ui::BarChart;
using kamae::ui::ChartFrame;
using kamae::ui::LineChart;
using kamae::ui::TrendChart;

namespace {

QChart *chartOf(QWidget *w)
{
    auto *view = w->findChild<QChartView *>();
    return view ? view->chart() : nullptr;
}

template <typename Axis> Axis *axisOf(QWidget *w, Qt::Orientation orientation)
{
    QChart *chart = chartOf(w);
    if (!chart)
        return nullptr;
    const QList<QAbstractAxis *> axes = chart->axes(orientation);
    return axes.size() == 1 ? qobject_cast<Axis *>(axes.first()) : nullptr;
}

QBarSet *barSetOf(QWidget *w)
{
    QChart *chart = chartOf(w);
    if (!chart || chart->series().size() != 1)
        return nullptr;
    auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
    return series && series->count() == 1 ? series->barSets().first() : nullptr;
}

QVector<TrendChart::Point> monthly2026()
{
    const double values[] = {42, 45, 44, 51, 55, 58, 57, 63, 66, 71, 74, 78};
    QVector<TrendChart::Point> points;
    for (int m = 1; m <= 12; ++m)
        points.append({QDate(2026, m, 1), values[m - 1]});
    return points;
}

QVector<BarChart::Bar> japaneseBars()
{
    return {
        {QStringLiteral("情報資産の把握"), 80, QStringLiteral("台帳の列がそろっている")},
        {QStringLiteral("脆弱性・修正プログラム"), 55, {}},
        {QStringLiteral("認証・多要素認証"), 100, {}},
        {QStringLiteral("バックアップ"), 62.4, {}},
        {QStringLiteral("教育・訓練"), 0, {}},
        {QStringLiteral("事業継続計画（BCP）"), 35, {}},
        {QStringLiteral("インシデント対応・報告"), 48, {}},
        {QStringLiteral("サプライチェーン・海外拠点"), -1, QStringLiteral("海外拠点がない")},
    };
}

QPalette darkPalette()
{
    QPalette p(QColor(0x35, 0x35, 0x35), QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QPalette lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef), QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            seen.insert(image.pixel(x, y));
    return int(seen.size());
}

// Pixels within a small distance of colour: how much of the data is drawn.
int pixelsNear(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                    std::abs(c.blue() - colour.blue()) <
                30)
                ++count;
        }
    }
    return count;
}

QImage render(QWidget *w, const QSize &size)
{
    w->resize(size);
    w->show();
    QCoreApplication::processEvents();
    return w->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// With KAMAE_CHARTS_PNG_DIR set, the rendering tests also write what they
// drew there, for people to look at.
void saveIfAsked(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("KAMAE_CHARTS_PNG_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(QDir(dir).filePath(name)));
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void trendPointsRoundTrip()
    {
        TrendChart chart;
        QVERIFY(chart.points().isEmpty());
        const QVector<TrendChart::Point> points = monthly2026();
        chart.setPoints(points);
        const QVector<TrendChart::Point> back = chart.points();
        QCOMPARE(back.size(), points.size());
        for (int i = 0; i < points.size(); ++i) {
            QCOMPARE(back.at(i).day, points.at(i).day);
            QCOMPARE(back.at(i).value, points.at(i).value);
        }
        // The series holds the same values, in order.
        auto *series = qobject_cast<QLineSeries *>(chartOf(&chart)->series().first());
        QVERIFY(series);
        QCOMPARE(series->count(), int(points.size()));
        QCOMPARE(series->at(3).y(), points.at(3).value);
        chart.setPoints({});
        QVERIFY(chart.points().isEmpty());
        QCOMPARE(series->count(), 0);
    }

    void trendAxisHoldsEveryPoint_data()
    {
        QTest::addColumn<QVector<TrendChart::Point>>("points");
        QTest::newRow("year") << monthly2026();
        QTest::newRow("two days") << QVector<TrendChart::Point>{{QDate(2026, 3, 1), 10},
                                                                {QDate(2026, 3, 2), 90}};
        QTest::newRow("unsorted") << QVector<TrendChart::Point>{
            {QDate(2026, 6, 1), 50}, {QDate(2025, 1, 9), 20}, {QDate(2027, 2, 3), 60}};
    }

    void trendAxisHoldsEveryPoint()
    {
        QFETCH(QVector<TrendChart::Point>, points);
        TrendChart chart;
        chart.setPoints(points);
        auto *x = axisOf<QDateTimeAxis>(&chart, Qt::Horizontal);
        QVERIFY(x);
        for (const TrendChart::Point &p : points) {
            // Strictly inside: a point on the very edge would be cut in half.
            QVERIFY2(x->min() < p.day.startOfDay(), qPrintable(p.day.toString(Qt::ISODate)));
            QVERIFY2(x->max() > p.day.startOfDay(), qPrintable(p.day.toString(Qt::ISODate)));
        }
        // A little padding, not a lot.
        QDate first = points.first().day, last = first;
        for (const TrendChart::Point &p : points) {
            first = std::min(first, p.day);
            last = std::max(last, p.day);
        }
        QVERIFY(x->min().date().daysTo(first) <= std::max<qint64>(2, first.daysTo(last) / 10));
        QVERIFY(last.daysTo(x->max().date()) <= std::max<qint64>(2, first.daysTo(last) / 10));
    }

    void trendValueAxis()
    {
        TrendChart chart;
        auto *y = axisOf<QValueAxis>(&chart, Qt::Vertical);
        QVERIFY(y);
        QCOMPARE(y->min(), 0.0);
        QCOMPARE(y->max(), 100.0);
        QCOMPARE(y->labelFormat(), QStringLiteral("%d"));
        chart.setRange(20, 80);
        QCOMPARE(y->min(), 20.0);
        QCOMPARE(y->max(), 80.0);
    }

    void trendOnePoint()
    {
        TrendChart chart;
        chart.setPoints({{QDate(2026, 5, 10), 64}});
        auto *x = axisOf<QDateTimeAxis>(&chart, Qt::Horizontal);
        QVERIFY(x);
        QVERIFY(x->max() > x->min());
        QCOMPARE(x->min().date(), QDate(2026, 4, 25));
        QCOMPARE(x->max().date(), QDate(2026, 5, 25));
        const QImage image = render(&chart, QSize(600, 300));
        QVERIFY(distinctColours(image) >= 2);
    }

    void trendEmptyShowsText()
    {
        TrendChart chart;
        chart.setEmptyText(QStringLiteral("No score yet"));
        chart.resize(600, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        auto *view = chart.findChild<QChartView *>();
        QVERIFY(view);

        auto visibleLabelWith = [&chart](const QString &text) {
            const QList<QLabel *> labels = chart.findChildren<QLabel *>();
            for (QLabel *label : labels)
                if (label->isVisible() && label->text() == text)
                    return true;
            return false;
        };
        QVERIFY(visibleLabelWith(QStringLiteral("No score yet")));
        QVERIFY(!view->isVisible());

        chart.setPoints({{QDate(2026, 5, 10), 64}});
        QVERIFY(!visibleLabelWith(QStringLiteral("No score yet")));
        QVERIFY(view->isVisible());

        chart.setPoints({});
        chart.setEmptyText(QStringLiteral("Take the self-assessment"));
        QVERIFY(visibleLabelWith(QStringLiteral("Take the self-assessment")));
        QVERIFY(!view->isVisible());
    }

    void trendDateFormatFollowsLocale()
    {
        TrendChart chart;
        // Over a few months a tick names a day…
        chart.setPoints({{QDate(2026, 3, 1), 50}, {QDate(2026, 5, 20), 60}});
        auto *x = axisOf<QDateTimeAxis>(&chart, Qt::Horizontal);
        QVERIFY(x);
        QCOMPARE(x->format(), QStringLiteral("d MMM yyyy"));
        chart.setLocale(QLocale(QLocale::Japanese, QLocale::Japan)); // sends LocaleChange
        QCOMPARE(x->format(), QStringLiteral("yyyy/MM/dd"));
        QCOMPARE(chartOf(&chart)->locale().language(), QLocale::Japanese);
        // …over most of a year a month.
        chart.setPoints(monthly2026());
        QCOMPARE(x->format(), QStringLiteral("yyyy/MM"));
        chart.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(x->format(), QStringLiteral("MMM yyyy"));
        chart.setPoints({{QDate(2026, 3, 1), 50}, {QDate(2026, 5, 20), 60}});
        QCOMPARE(x->format(), QStringLiteral("d MMM yyyy"));
    }

    void trendTicksFitTheWidth()
    {
        TrendChart chart;
        chart.setPoints(monthly2026());
        auto *x = axisOf<QDateTimeAxis>(&chart, Qt::Horizontal);
        render(&chart, QSize(900, 300));
        QCOMPARE(x->tickCount(), 7);
        render(&chart, QSize(260, 300));
        QVERIFY(x->tickCount() >= 2);
        QVERIFY(x->tickCount() < 5);
    }

    // The line and trend charts share their frame: the title on the chart
    // and on the page that stands in for it without data, the "empty"
    // sentence, muted in either palette.
    void chartsFrameTheirEmptyText()
    {
        LineChart line;
        TrendChart trend;
        const std::pair<ChartFrame *, QString> charts[] = {{&line, QStringLiteral("line")},
                                                           {&trend, QStringLiteral("trend")}};
        for (const auto &[chart, name] : charts) {
            chart->setTitle(QStringLiteral("Rates"));
            chart->setEmptyText(QStringLiteral("Nothing yet"));
            chart->setPalette(lightPalette());
            render(chart, QSize(500, 300));
            QVERIFY2(chart->showsEmptyText(), qPrintable(name));
            auto *view = chart->findChild<QChartView *>(name + QStringLiteral("ChartView"));
            QVERIFY2(view && !view->isVisible(), qPrintable(name));
            QCOMPARE(view->chart()->title(), QStringLiteral("Rates"));
            auto *title = chart->findChild<QLabel *>(name + QStringLiteral("EmptyTitle"));
            auto *text = chart->findChild<QLabel *>(name + QStringLiteral("EmptyLabel"));
            QVERIFY2(title && text, qPrintable(name));
            QVERIFY(title->isVisible());
            QCOMPARE(title->text(), QStringLiteral("Rates"));
            QVERIFY(title->font().bold());
            QCOMPARE(text->text(), QStringLiteral("Nothing yet"));
            QVERIFY(text->palette().color(QPalette::WindowText).lightness() < 200);
            chart->setPalette(darkPalette());
            QVERIFY(text->palette().color(QPalette::WindowText).lightness() > 60);
            QVERIFY(text->palette().color(QPalette::WindowText).lightness() < 240);
            chart->setTitle(QString());
            QVERIFY(!title->isVisible());
        }
        line.setSteps({QStringLiteral("May")});
        line.setLines({{QStringLiteral("Clicked"), {12}, {}}});
        trend.setPoints({{QDate(2026, 5, 10), 64}});
        for (const auto &[chart, name] : charts) {
            QVERIFY2(!chart->showsEmptyText(), qPrintable(name));
            QVERIFY(
                chart->findChild<QChartView *>(name + QStringLiteral("ChartView"))->isVisible());
        }
    }

    void barsRoundTrip()
    {
        BarChart chart;
        QVERIFY(chart.bars().isEmpty());
        const QVector<BarChart::Bar> bars = japaneseBars();
        chart.setBars(bars);
        const QVector<BarChart::Bar> back = chart.bars();
        QCOMPARE(back.size(), bars.size());
        for (int i = 0; i < bars.size(); ++i) {
            QCOMPARE(back.at(i).label, bars.at(i).label);
            QCOMPARE(back.at(i).value, bars.at(i).value); // not rounded
            QCOMPARE(back.at(i).toolTip, bars.at(i).toolTip);
        }
        chart.setBars(bars.mid(0, 2));
        QCOMPARE(chart.bars().size(), 2);
        QCOMPARE(barSetOf(&chart)->count(), 2);
    }

    void barsFirstAtTheTop()
    {
        BarChart chart;
        const QVector<BarChart::Bar> bars = japaneseBars();
        chart.setBars(bars);
        auto *categories = axisOf<QBarCategoryAxis>(&chart, Qt::Vertical);
        QVERIFY(categories);
        QStringList reversed;
        for (const BarChart::Bar &bar : bars)
            reversed.prepend(bar.label);
        QCOMPARE(categories->categories(), reversed);

        // Each value sits on its label's row, in whole percents; a bar that
        // does not apply is empty.
        QBarSet *set = barSetOf(&chart);
        QVERIFY(set);
        const int n = int(bars.size());
        QCOMPARE(set->count(), n);
        QCOMPARE(set->at(n - 1), 80.0); // the first bar
        QCOMPARE(set->at(n - 4), 62.0); // バックアップ, 62.4
        QCOMPARE(set->at(0), 0.0);      // not applicable

        // And on screen the caller's first bar is the highest.
        render(&chart, QSize(700, chart.minimumHeight()));
        QChart *c = chartOf(&chart);
        const QPointF top = c->mapToPosition(QPointF(50, n - 1));
        const QPointF bottom = c->mapToPosition(QPointF(50, 0));
        QVERIFY(top.y() < bottom.y());
    }

    void fullBarsLabelFits()
    {
        BarChart chart;
        chart.setBars(japaneseBars());
        render(&chart, QSize(600, chart.minimumHeight()));
        QChart *c = chartOf(&chart);
        auto *values = axisOf<QValueAxis>(&chart, Qt::Horizontal);
        QVERIFY(values);
        QCOMPARE(values->min(), 0.0);
        QVERIFY(values->max() > 100);
        QCOMPARE(values->tickInterval(), 20.0);
        // After the end of a full bar there is room for "100".
        const double end = c->mapToPosition(QPointF(100, 0)).x();
        QVERIFY(c->plotArea().right() - end >=
                chart.fontMetrics().horizontalAdvance(QStringLiteral("100")));
        // And the room shrinks back with the width instead of growing the axis.
        const double wide = values->max();
        render(&chart, QSize(1200, chart.minimumHeight()));
        QVERIFY(values->max() < wide);
    }

    void barsRepeatedLabelsKeepTheirRows()
    {
        BarChart chart;
        chart.setBars({{QStringLiteral("A"), 10, {}},
                       {QStringLiteral("A"), 20, {}},
                       {QStringLiteral("B"), 30, {}}});
        auto *categories = axisOf<QBarCategoryAxis>(&chart, Qt::Vertical);
        QCOMPARE(categories->count(), 3);
    }

    void barClickedGivesTheCallersIndex()
    {
        BarChart chart;
        // A bar at 0 and one that does not apply must be clickable too.
        chart.setBars({{QStringLiteral("情報資産の把握"), 84, {}},
                       {QStringLiteral("事業継続（BCP）"), 0, {}},
                       {QStringLiteral("サプライチェーン"), -1, {}},
                       {QStringLiteral("バックアップ"), 55, {}}});
        chart.resize(600, 360);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCoreApplication::processEvents();
        auto *view = chart.findChild<QChartView *>(QStringLiteral("barChartView"));
        QVERIFY(view);
        QChart *c = view->chart();
        QAbstractSeries *series = c->series().constFirst();
        const int n = int(chart.bars().size());
        // The viewport point at value 5 on a row (rows count from the bottom).
        const auto rowPoint = [&](int row) {
            const QPointF inChart = c->mapToPosition(QPointF(5, row), series);
            return view->mapFromScene(c->mapToScene(inChart));
        };
        QSignalSpy spy(&chart, &BarChart::barClicked);
        for (int row = 0; row < n; ++row)
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rowPoint(row));
        QCOMPARE(spy.count(), n);
        for (int row = 0; row < n; ++row)
            QCOMPARE(spy.at(row).at(0).toInt(), n - 1 - row);

        // Above the plot (the title) nothing is hit.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(300, 2));
        QCOMPARE(spy.count(), n);
        // Not clickable: no signal.
        chart.setClickable(false);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rowPoint(1));
        QCOMPARE(spy.count(), n);
        QCOMPARE(chart.indexAt(rowPoint(2)), 1);
    }

    void barsWithoutABarSayWhy()
    {
        BarChart chart;
        chart.setBars(japaneseBars());
        QStringList marks;
        QString notApplicableTip;
        const QList<QGraphicsItem *> items = chartOf(&chart)->scene()->items();
        for (QGraphicsItem *item : items) {
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
                marks << text->text();
                if (text->text() == QStringLiteral("\u2014"))
                    notApplicableTip = text->toolTip();
            }
        }
        marks.sort();
        // "0" for 教育・訓練 at zero, "—" for the one that does not apply.
        QCOMPARE(marks, (QStringList{QStringLiteral("0"), QStringLiteral("\u2014")}));
        QCOMPARE(notApplicableTip, QStringLiteral("海外拠点がない"));
        chart.setBars({{QStringLiteral("A"), 10, {}}});
        int left = 0;
        const QList<QGraphicsItem *> after = chartOf(&chart)->scene()->items();
        for (QGraphicsItem *item : after)
            left += dynamic_cast<QGraphicsSimpleTextItem *>(item) ? 1 : 0;
        QCOMPARE(left, 0);
    }

    void barsHeightGrowsWithTheBars()
    {
        BarChart chart;
        chart.setBars(japaneseBars().mid(0, 2));
        const int two = chart.minimumHeight();
        chart.setBars(japaneseBars());
        const int eight = chart.minimumHeight();
        QVERIFY(eight >= two + 6 * chart.fontMetrics().height() * 2);
    }

    void japaneseLabelsAreNotCut()
    {
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        BarChart chart;
        chart.setTitle(QStringLiteral("分野別の達成度"));
        chart.setBars(japaneseBars());
        const QImage image = render(&chart, QSize(700, chart.minimumHeight()));
        auto *categories = axisOf<QBarCategoryAxis>(&chart, Qt::Vertical);
        QVERIFY(categories);
        QVERIFY(!categories->labelsTruncated());
        QVERIFY(distinctColours(image) >= 2);
        // The check can fail: squeezed, Qt Charts cuts them.
        render(&chart, QSize(200, chart.minimumHeight()));
        QVERIFY(categories->labelsTruncated());
    }

    // Coloured by band: green, amber and red as the score's bands (and the
    // report) say, one bar per row, the same values and rows as without.
    void barsColouredByBand()
    {
        BarChart chart;
        chart.setPalette(lightPalette());
        QVERIFY(!chart.colouredByBand());
        chart.setColouredByBand(true);
        QVERIFY(chart.colouredByBand());
        chart.setBars({{QStringLiteral("good"), 90, {}},
                       {QStringLiteral("fair"), 70, {}},
                       {QStringLiteral("poor"), 30, {}},
                       {QStringLiteral("none"), -1, {}}});
        QChart *c = chartOf(&chart);
        // One stacked series: each row has its value in its band's set only,
        // so every bar stays on its row.
        QCOMPARE(c->series().size(), 1);
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(c->series().first());
        QVERIFY(series);
        QCOMPARE(series->count(), 3);
        // Bottom row first: none, poor, fair, good.
        const QList<qreal> expected[3] = {{0, 0, 0, 90}, {0, 0, 70, 0}, {0, 30, 0, 0}};
        const kamae::score::ScoreBand bands[3] = {kamae::score::ScoreBand::Good,
                                                  kamae::score::ScoreBand::Fair,
                                                  kamae::score::ScoreBand::Poor};
        const QImage image = render(&chart, QSize(600, chart.minimumHeight()));
        for (int i = 0; i < 3; ++i) {
            QBarSet *set = series->barSets().at(i);
            QList<qreal> values;
            for (int k = 0; k < set->count(); ++k)
                values.append(set->at(k));
            QCOMPARE(values, expected[i]);
            const QColor colour = kamae::score::bandColour(bands[i]);
            QCOMPARE(set->color(), colour);
            QVERIFY2(pixelsNear(image, colour) > 100, qPrintable(colour.name()));
        }
        // Each bar's value follows its bar on the same row.
        const QPointF goodEnd = c->mapToPosition(QPointF(90, 3), series);
        const QPointF fairEnd = c->mapToPosition(QPointF(70, 2), series);
        QVERIFY(goodEnd.x() > fairEnd.x());
        QVERIFY(goodEnd.y() < fairEnd.y());
        // Dark: the lighter shades.
        chart.setPalette(darkPalette());
        QCOMPARE(series->barSets().first()->color(),
                 kamae::score::bandColour(kamae::score::ScoreBand::Good, true));
        // And back to one series in the accent, with Qt's labels.
        chart.setColouredByBand(false);
        QVERIFY(barSetOf(&chart));
        QCOMPARE(barSetOf(&chart)->at(3), 90.0);
    }

    void followsThePalette_data()
    {
        QTest::addColumn<bool>("bars");
        QTest::newRow("trend") << false;
        QTest::newRow("bars") << true;
    }

    void followsThePalette()
    {
        QFETCH(bool, bars);
        TrendChart trend;
        trend.setPoints(monthly2026());
        BarChart barChart;
        barChart.setBars(japaneseBars());
        QWidget *w = bars ? static_cast<QWidget *>(&barChart) : &trend;
        QChart *chart = chartOf(w);

        w->setPalette(lightPalette());
        QVERIFY(chart->backgroundBrush().color().lightness() >= 128);
        w->setPalette(darkPalette());
        QVERIFY(chart->backgroundBrush().color().lightness() < 128);
        QVERIFY(chart->titleBrush().color().lightness() >= 128);
        const QList<QAbstractAxis *> axes = chart->axes();
        QCOMPARE(axes.size(), 2);
        for (QAbstractAxis *axis : axes)
            QVERIFY(axis->labelsBrush().color().lightness() >= 128);
        if (bars)
            QVERIFY(barSetOf(w)->labelColor().lightness() >= 128);

        // The picture follows: mostly dark, with the data in the accent.
        const QImage image = render(w, QSize(600, 300));
        const QColor centre = image.pixelColor(image.width() - 5, 5);
        QVERIFY(centre.lightness() < 128);
        QVERIFY(pixelsNear(image, darkPalette().color(QPalette::Highlight)) > 100);

        // And back.
        w->setPalette(lightPalette());
        QVERIFY(chart->backgroundBrush().color().lightness() >= 128);
        for (QAbstractAxis *axis : axes)
            QVERIFY(axis->labelsBrush().color().lightness() < 128);
    }

    void rendersSomething()
    {
        TrendChart trend;
        trend.setTitle(QStringLiteral("Score"));
        trend.setPalette(lightPalette());
        trend.setPoints(monthly2026());
        QImage image = render(&trend, QSize(600, 300));
        QVERIFY(distinctColours(image) >= 2);
        QVERIFY(pixelsNear(image, lightPalette().color(QPalette::Highlight)) > 100);

        BarChart bars;
        bars.setPalette(lightPalette());
        bars.setBars(japaneseBars());
        image = render(&bars, QSize(600, 300));
        QVERIFY(distinctColours(image) >= 2);
        QVERIFY(pixelsNear(image, lightPalette().color(QPalette::Highlight)) > 1000);

        // Without data there is no accent colour anywhere.
        TrendChart empty;
        empty.setPalette(lightPalette());
        empty.setEmptyText(QStringLiteral("No score yet"));
        image = render(&empty, QSize(600, 300));
        QVERIFY(distinctColours(image) >= 2); // the sentence
        QCOMPARE(pixelsNear(image, lightPalette().color(QPalette::Highlight)), 0);
    }

    // Not a check of its own: the pictures for people, when asked.
    void samples_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("language");
        QTest::newRow("ja light") << false << QStringLiteral("ja");
        QTest::newRow("ja dark") << true << QStringLiteral("ja");
        QTest::newRow("en light") << false << QStringLiteral("en");
    }

    void samples()
    {
        QFETCH(bool, dark);
        QFETCH(QString, language);
        const bool ja = language == QLatin1String("ja");
        QLocale::setDefault(ja ? QLocale(QLocale::Japanese, QLocale::Japan)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QPalette palette = dark ? darkPalette() : lightPalette();
        const QString suffix =
            language + (dark ? QStringLiteral("-dark") : QStringLiteral("-light"));

        TrendChart trend;
        trend.setPalette(palette);
        trend.setTitle(ja ? QStringLiteral("スコアの推移") : QStringLiteral("Score over time"));
        trend.setSeriesName(ja ? QStringLiteral("スコア") : QStringLiteral("Score"));
        trend.setPoints(monthly2026());
        const QImage trendImage = render(&trend, QSize(700, 300));
        QVERIFY(pixelsNear(trendImage, palette.color(QPalette::Highlight)) > 100);
        saveIfAsked(trendImage, QStringLiteral("charts-trend-%1.png").arg(suffix));

        BarChart bars;
        bars.setPalette(palette);
        bars.setTitle(ja ? QStringLiteral("分野別の達成度") : QStringLiteral("By category"));
        QVector<BarChart::Bar> data = japaneseBars();
        if (!ja) {
            const QStringList en = {QStringLiteral("Information assets"),
                                    QStringLiteral("Vulnerabilities and patches"),
                                    QStringLiteral("Authentication and MFA"),
                                    QStringLiteral("Backups"),
                                    QStringLiteral("Training"),
                                    QStringLiteral("Business continuity plan (BCP)"),
                                    QStringLiteral("Incident response and reporting"),
                                    QStringLiteral("Supply chain and overseas sites")};
            for (int i = 0; i < data.size(); ++i)
                data[i].label = en.at(i);
        }
        bars.setBars(data);
        const QImage barImage = render(&bars, QSize(700, std::max(300, bars.minimumHeight())));
        QVERIFY(!axisOf<QBarCategoryAxis>(&bars, Qt::Vertical)->labelsTruncated());
        saveIfAsked(barImage, QStringLiteral("charts-bars-%1.png").arg(suffix));

        TrendChart empty;
        empty.setPalette(palette);
        empty.setTitle(trend.findChild<QChartView *>()->chart()->title());
        empty.setEmptyText(ja ? QStringLiteral("まだスコアがありません。")
                              : QStringLiteral("No score yet."));
        saveIfAsked(render(&empty, QSize(700, 300)),
                    QStringLiteral("charts-empty-%1.png").arg(suffix));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"

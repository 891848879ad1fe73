#pragma once

#include <QString>
#include <QVector>
#include <QWidget>

#include <memory>

namespace kamae {
namespace ui {

// Horizontal bars from 0 to 100 (percent), one per category, the first at
// the top, each with its value, in whole percent, at its end. A bar that
// does not apply (a negative value) shows "—" instead. Clicking a bar says
// which. The chart library stays in BarChart.cpp.
class BarChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarChart)

public:
    struct Bar
    {
        QString label;
        double value = 0; // 0..100, or negative: not applicable
        QString toolTip;
    };

    explicit BarChart(QWidget *parent = nullptr);
    ~BarChart() override;

    void setBars(const QVector<Bar> &bars);
    QVector<Bar> bars() const;

    // In the current language, from the caller.
    void setTitle(const QString &title);

    // Whether a click on a bar's row (a bar at 0 included) emits barClicked;
    // on by default.
    void setClickable(bool clickable);
    // Whether each bar takes the colour of its score band (good, fair, poor:
    // score/ScoreBands.h, as in the report) instead of the palette's accent;
    // off by default.
    void setColouredByBand(bool banded);
    bool colouredByBand() const;
    // The bar whose row is under a point of the chart view's viewport, or -1.
    int indexAt(const QPoint &viewportPos) const;

signals:
    // index into bars().
    void barClicked(int index);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Impl;

    void installSeries();
    void restyle();
    void showHover(bool status, int row);
    void updateMinimumHeight();
    void updateValueRange();
    void placeMarks();
    int barIndexOfRow(int row) const;

    std::unique_ptr<Impl> m_impl;
    QVector<Bar> m_bars;
    bool m_clickable = true;
};

} // namespace ui
} // namespace kamae

#pragma once

#include "charts/ChartFrame.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace kamae {
namespace ui {

// A few lines of percentages (0 to 100) over named steps, oldest first:
// the drills' click and report rates. Each step is a place on the axis
// whatever its date, so that one or two steps read as well as twenty; with
// few steps every point says its value. A line may skip a step (a value
// below 0: nothing to say). With no steps the widget shows the caller's
// "empty" sentence (setTitle(), setEmptyText(): ChartFrame). The chart
// library stays in LineChart.cpp.
class LineChart final : public ChartFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineChart)

public:
    struct Line
    {
        QString name;
        QVector<double> values; // one per step; negative: none
        QColor color;           // invalid: the palette's accent
    };

    explicit LineChart(QWidget *parent = nullptr);
    ~LineChart() override;

    // Labels must differ from each other, and so must the short ones, shown
    // instead when the labels do not fit side by side (optional: Qt Charts
    // would cut a label to "202…"); toolTips (optional) say each step whole.
    void setSteps(const QStringList &labels, const QStringList &toolTips = {},
                  const QStringList &shortLabels = {});
    void setLines(const QVector<Line> &lines);
    QStringList steps() const { return m_labels; }
    QVector<Line> lines() const { return m_lines; }

protected:
    void restyle() override;
    // The short labels when the labels do not fit side by side.
    void fitToWidth() override;

private:
    struct Impl;

    void rebuild();

    std::unique_ptr<Impl> m_impl;
    QStringList m_labels;
    QStringList m_toolTips;
    QStringList m_shortLabels;
    bool m_short = false;
    QVector<Line> m_lines;
};

} // namespace ui
} // namespace kamae

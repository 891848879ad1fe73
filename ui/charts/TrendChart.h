#pragma once

#include "charts/ChartFrame.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <memory>

namespace kamae {
namespace ui {

// The posture score over time: a line with a marker on each day that has a
// score, on a date axis that always shows every point. With no points the
// widget shows the caller's "empty" sentence instead of an empty plot
// (setTitle(), setEmptyText(): ChartFrame). The chart library stays in
// TrendChart.cpp.
class TrendChart final : public ChartFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendChart)

public:
    struct Point
    {
        QDate day;
        double value = 0;
    };

    explicit TrendChart(QWidget *parent = nullptr);
    ~TrendChart() override;

    // Sorted by day by the caller; may be empty or hold one point.
    void setPoints(const QVector<Point> &points);
    QVector<Point> points() const;

    // The value axis; 0 to 100 unless set.
    void setRange(double min, double max);

    // In the current language, from the caller.
    void setSeriesName(const QString &name);

protected:
    // The colours and fonts, and the axes in the locale's date format.
    void restyle() override;
    // As many ticks as fit the width.
    void fitToWidth() override;

private:
    struct Impl;

    void updateAxes();
    QString dateFormat() const;
    int labelWidth() const;

    std::unique_ptr<Impl> m_impl;
    QVector<Point> m_points;
    qint64 m_spanDays = 0;
    double m_min = 0;
    double m_max = 100;
    QString m_seriesName;
};

} // namespace ui
} // namespace kamae

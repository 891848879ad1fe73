#pragma once

#include <QDate>
#include <QString>
#include <QVector>
#include <QWidget>

#include <memory>

class QLabel;
class QStackedLayout;

namespace kamae {
namespace ui {

// The posture score over time: a line with a marker on each day that has a
// score, on a date axis that always shows every point. With no points the
// widget shows the caller's "empty" sentence instead of an empty plot.
// The chart library stays in TrendChart.cpp.
class TrendChart final : public QWidget
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

    // Texts in the current language, from the caller.
    void setTitle(const QString &title);
    void setSeriesName(const QString &name);
    void setEmptyText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Impl;

    void restyle();
    void updateAxes();
    void updateTickCount();
    QString dateFormat() const;
    int labelWidth() const;

    std::unique_ptr<Impl> m_impl;
    QVector<Point> m_points;
    qint64 m_spanDays = 0;
    double m_min = 0;
    double m_max = 100;
    QString m_seriesName;
    QStackedLayout *m_stack = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyLabel = nullptr;
};

} // namespace ui
} // namespace kamae

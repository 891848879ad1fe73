#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedLayout;

namespace kamae {
namespace ui {

// What a chart that may have nothing to show is framed in: its view, or in
// its place a page with the chart's title and the caller's "empty"
// sentence (muted, in the middle), and the title on both; restyled when
// the palette, font, locale or language change and fitted again when the
// width does. Line and trend charts derive from it; the chart library
// stays in the .cpp files.
class ChartFrame : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartFrame)

public:
    ~ChartFrame() override;

    // Texts in the current language, from the caller.
    void setTitle(const QString &title);
    void setEmptyText(const QString &text);
    // Whether the empty page stands in for the chart.
    bool showsEmptyText() const;

protected:
    // name: what tests find the parts by: <name>ChartView, <name>EmptyPage,
    // <name>EmptyTitle and <name>EmptyLabel.
    ChartFrame(const QString &name, QWidget *parent);

    QChart *chart() const;
    QChartView *view() const { return m_view; }
    // The chart, or the empty page instead.
    void showChart(bool shown);
    // The chart's and the empty page's colours and fonts from the widget's;
    // a chart adds its own (calling this) and what depends on the locale.
    virtual void restyle();
    // What depends on the width; nothing unless a chart says.
    virtual void fitToWidth() {}

    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QChartView *m_view = nullptr;
    QStackedLayout *m_stack = nullptr; // the view, then the empty page
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyLabel = nullptr;
};

} // namespace ui
} // namespace kamae

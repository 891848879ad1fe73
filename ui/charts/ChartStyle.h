#pragma once

// The colours and fonts every chart of ui/charts/ takes from its widget, so
// that charts follow the light or dark palette and the scaled, per-language
// font of the rest of the window. Only ui/charts/ uses this header.

#include <QColor>

class QChart;
class QChartView;
class QFont;
class QPalette;
class QString;
class QWidget;

namespace kamae {
namespace ui {
namespace charts {

// The colours a chart is drawn with, derived from a widget palette.
struct ChartColors
{
    QColor background; // behind the plot: the palette's Base
    QColor text;       // title, axis and value labels
    QColor mutedText;  // secondary marks, such as "not applicable"
    QColor axisLine;   // the axis lines
    QColor grid;       // grid lines: text faintly over the background
    QColor accent;     // the data: the palette's Highlight, made readable
    bool dark = false;
};

// A chart as the widgets show it: no animation, no legend, no margins.
QChart *makeChart();
// The view that shows `chart` in `parent`, antialiased and without a frame;
// tests find it by `name`.
QChartView *makeChartView(QChart *chart, QWidget *parent, const QString &name);

// Dark when the window colour's lightness is under 128.
bool isDark(const QPalette &palette);

ChartColors chartColors(const QPalette &palette);

// Background, title, axes, grid, legend and series colours from palette.
// Call again after adding axes or series (Qt Charts gives new ones the colours of its theme).
void applyPalette(QChart *chart, const QPalette &palette);

// Title (bold), axis, legend and value label fonts from font, the widget's.
void applyFont(QChart *chart, const QFont &font);

} // namespace charts
} // namespace ui
} // namespace kamae

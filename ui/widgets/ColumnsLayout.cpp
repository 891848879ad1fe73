#include "widgets/ColumnsLayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace kamae {
namespace ui {

ColumnsLayout::ColumnsLayout(QWidget *parent) : ItemListLayout(parent) {}

void ColumnsLayout::addColumn(QWidget *widget, int stretch)
{
    addChildWidget(widget);
    addItem(new QWidgetItemV2(widget), stretch);
    invalidate();
}

void ColumnsLayout::addColumn(QLayout *layout, int stretch)
{
    addChildLayout(layout);
    addItem(layout, stretch);
    invalidate();
}

Qt::Orientations ColumnsLayout::expandingDirections() const
{
    Qt::Orientations directions;
    for (const QLayoutItem *item : items())
        directions |= item->expandingDirections();
    return directions;
}

QList<ColumnsLayout::Column> ColumnsLayout::shown() const
{
    QList<Column> columns;
    for (int i = 0; i < count(); ++i)
        if (!itemAt(i)->isEmpty())
            columns.append({itemAt(i), stretchAt(i)});
    return columns;
}

bool ColumnsLayout::sideBySide(int width) const
{
    const QList<Column> columns = shown();
    if (columns.size() < 2)
        return false;
    if (m_sideBySideWidth >= 0)
        return width >= m_sideBySideWidth;
    const QMargins m = contentsMargins();
    int need =
        m.left() + m.right() +
        styleSpacing(QStyle::PM_LayoutHorizontalSpacing) * (static_cast<int>(columns.size()) - 1);
    for (const Column &c : columns)
        need += c.item->minimumSize().width();
    return width >= need;
}

QList<int> ColumnsLayout::widths(const QList<Column> &columns, int width) const
{
    const int space = styleSpacing(QStyle::PM_LayoutHorizontalSpacing);
    int minimums = 0;
    int stretches = 0;
    for (const Column &c : columns) {
        minimums += c.item->minimumSize().width();
        stretches += std::max(1, c.stretch);
    }
    const int extra =
        std::max(0, width - minimums - space * (static_cast<int>(columns.size()) - 1));
    QList<int> result;
    int given = 0;
    for (int i = 0; i < columns.size(); ++i) {
        const Column &c = columns.at(i);
        int w = c.item->minimumSize().width() + extra * std::max(1, c.stretch) / stretches;
        if (i == columns.size() - 1)
            w = std::max(c.item->minimumSize().width(),
                         width - given - space * (static_cast<int>(columns.size()) - 1));
        w = std::min(w, c.item->maximumSize().width());
        given += w;
        result.append(w);
    }
    return result;
}

int ColumnsLayout::heightAt(const QLayoutItem *item, int width)
{
    return item->hasHeightForWidth() ? item->heightForWidth(width) : item->sizeHint().height();
}

int ColumnsLayout::heightForWidth(int width) const
{
    const QList<Column> columns = shown();
    const QMargins m = contentsMargins();
    const int inner = width - m.left() - m.right();
    int height = 0;
    if (sideBySide(width)) {
        const QList<int> w = widths(columns, inner);
        for (int i = 0; i < columns.size(); ++i)
            height = std::max(height, heightAt(columns.at(i).item, w.at(i)));
    } else {
        for (const Column &c : columns)
            height += heightAt(c.item, inner);
        if (columns.size() > 1)
            height += styleSpacing(QStyle::PM_LayoutVerticalSpacing) *
                      (static_cast<int>(columns.size()) - 1);
    }
    return height + m.top() + m.bottom();
}

QSize ColumnsLayout::minimumSize() const
{
    // One under the other.
    QSize size;
    const QList<Column> columns = shown();
    for (const Column &c : columns) {
        const QSize min = c.item->minimumSize();
        size.setWidth(std::max(size.width(), min.width()));
        size.setHeight(size.height() + min.height());
    }
    if (columns.size() > 1)
        size.rheight() +=
            styleSpacing(QStyle::PM_LayoutVerticalSpacing) * (static_cast<int>(columns.size()) - 1);
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize ColumnsLayout::sizeHint() const
{
    // Side by side.
    QSize size;
    const QList<Column> columns = shown();
    for (const Column &c : columns) {
        const QSize hint = c.item->sizeHint();
        size.setWidth(size.width() + hint.width());
        size.setHeight(std::max(size.height(), hint.height()));
    }
    if (columns.size() > 1)
        size.rwidth() += styleSpacing(QStyle::PM_LayoutHorizontalSpacing) *
                         (static_cast<int>(columns.size()) - 1);
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

void ColumnsLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    const QList<Column> columns = shown();
    const QRect area = rect.marginsRemoved(contentsMargins());
    if (sideBySide(rect.width())) {
        const QList<int> w = widths(columns, area.width());
        const int space = styleSpacing(QStyle::PM_LayoutHorizontalSpacing);
        int x = area.x();
        for (int i = 0; i < columns.size(); ++i) {
            columns.at(i).item->setGeometry(QRect(x, area.y(), w.at(i), area.height()));
            x += w.at(i) + space;
        }
        return;
    }
    // One under the other; the last takes what room is left.
    const int space = styleSpacing(QStyle::PM_LayoutVerticalSpacing);
    int y = area.y();
    for (int i = 0; i < columns.size(); ++i) {
        QLayoutItem *item = columns.at(i).item;
        int h = heightAt(item, area.width());
        if (i == columns.size() - 1)
            h = std::max(h, area.bottom() + 1 - y);
        item->setGeometry(QRect(area.x(), y, area.width(), h));
        y += h + space;
    }
}

} // namespace ui
} // namespace kamae

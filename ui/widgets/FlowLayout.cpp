#include "widgets/FlowLayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace kamae {
namespace ui {

FlowLayout::FlowLayout(QWidget *parent) : ItemListLayout(parent) {}

void FlowLayout::addStretch()
{
    m_stretchAt = count();
}

int FlowLayout::horizontalSpacing() const
{
    return m_hSpacing >= 0 ? m_hSpacing : styleSpacing(QStyle::PM_LayoutHorizontalSpacing);
}

int FlowLayout::verticalSpacing() const
{
    return m_vSpacing >= 0 ? m_vSpacing : styleSpacing(QStyle::PM_LayoutVerticalSpacing);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= count())
        return nullptr;
    if (m_stretchAt > index)
        --m_stretchAt;
    return ItemListLayout::takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // The widest item alone on a line.
    QSize size;
    for (const QLayoutItem *item : items())
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem *item : items()) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width();
        height = std::max(height, hint.height());
        ++shown;
    }
    if (shown > 1)
        width += (shown - 1) * horizontalSpacing();
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int hSpace = horizontalSpacing();
    const int vSpace = verticalSpacing();

    // Break the shown items into lines; an item wider than the line gets
    // the line to itself, narrowed to it (never below its minimum).
    struct Line
    {
        QList<int> items;
        int height = 0;
    };
    QList<Line> lines;
    int x = 0;
    for (int i = 0; i < count(); ++i) {
        const QLayoutItem *item = items().at(i);
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        if (lines.isEmpty() || (x > 0 && x + hSpace + hint.width() > area.width())) {
            lines.append(Line{});
            x = 0;
        } else if (x > 0) {
            x += hSpace;
        }
        x += hint.width();
        lines.last().items.append(i);
        lines.last().height = std::max(lines.last().height, hint.height());
    }
    m_lines = static_cast<int>(lines.size());

    int y = area.y();
    for (const Line &line : lines) {
        // What the line leaves goes to the items that grow sideways (a
        // search field); without any, on a single line, the items after
        // the stretch stand at the right.
        int used = 0;
        int growing = 0;
        for (const int i : line.items) {
            used += items().at(i)->sizeHint().width();
            if (items().at(i)->expandingDirections() & Qt::Horizontal)
                ++growing;
        }
        used += hSpace * (static_cast<int>(line.items.size()) - 1);
        const int spare = std::max(0, area.width() - used);
        int rightWidth = 0;
        if (growing == 0 && lines.size() == 1 && m_stretchAt >= 0) {
            for (const int i : line.items)
                if (i >= m_stretchAt)
                    rightWidth += items().at(i)->sizeHint().width() + hSpace;
            rightWidth -= rightWidth > 0 ? hSpace : 0;
        }
        int lx = area.x();
        bool right = false;
        int grown = 0;
        for (const int i : line.items) {
            QLayoutItem *item = items().at(i);
            if (rightWidth > 0 && !right && i >= m_stretchAt) {
                right = true;
                lx = std::max(lx, area.right() + 1 - rightWidth);
            }
            QSize size = item->sizeHint();
            if (growing > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                ++grown;
                // The last growing item takes the rounding too.
                size.rwidth() +=
                    grown == growing ? spare - spare / growing * (growing - 1) : spare / growing;
                size.setWidth(std::min(size.width(), item->maximumSize().width()));
            }
            size.setWidth(std::max(item->minimumSize().width(),
                                   std::min(size.width(), area.right() + 1 - lx)));
            if (apply)
                item->setGeometry(QRect(QPoint(lx, y + (line.height - size.height()) / 2), size));
            lx += size.width() + hSpace;
        }
        y += line.height + vSpace;
    }
    if (!lines.isEmpty())
        y -= vSpace;
    const QMargins m = contentsMargins();
    return y - area.y() + m.top() + m.bottom();
}

} // namespace ui
} // namespace kamae

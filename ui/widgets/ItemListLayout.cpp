#include "widgets/ItemListLayout.h"

#include <QWidget>

namespace kamae {
namespace ui {

ItemListLayout::ItemListLayout(QWidget *parent) : QLayout(parent) {}

ItemListLayout::~ItemListLayout()
{
    // Taken out first: a child layout going away removes itself from this one.
    while (QLayoutItem *item = ItemListLayout::takeAt(0))
        delete item;
}

void ItemListLayout::addItem(QLayoutItem *item)
{
    addItem(item, 1);
}

void ItemListLayout::addItem(QLayoutItem *item, int stretch)
{
    m_items.append(item);
    m_stretches.append(stretch);
}

int ItemListLayout::count() const
{
    return static_cast<int>(m_items.size());
}

QLayoutItem *ItemListLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *ItemListLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    m_stretches.removeAt(index);
    return m_items.takeAt(index);
}

int ItemListLayout::stretchAt(int index) const
{
    return m_stretches.value(index, 1);
}

int ItemListLayout::styleSpacing(QStyle::PixelMetric metric) const
{
    if (const int own = QLayout::spacing(); own >= 0)
        return own;
    if (const QWidget *w = parentWidget())
        return w->style()->pixelMetric(metric, nullptr, w);
    if (const auto *outer = qobject_cast<const QLayout *>(parent()); outer && outer->spacing() >= 0)
        return outer->spacing();
    // Inside a layout that is not yet in a widget: the style's default.
    return 6;
}

} // namespace ui
} // namespace kamae

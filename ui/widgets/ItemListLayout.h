#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

namespace kamae {
namespace ui {

// What Kamae's own layouts (FlowLayout, ColumnsLayout) share: they own their
// items, in the order added, each with a stretch (1 unless given); their
// height depends on their width; and they space items as the layout's
// spacing says, else as their widget's style does.
// Not a Q_OBJECT: each layout is.
class ItemListLayout : public QLayout
{
    Q_DISABLE_COPY_MOVE(ItemListLayout)

public:
    ~ItemListLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const final;
    QLayoutItem *itemAt(int index) const final;
    QLayoutItem *takeAt(int index) override;
    bool hasHeightForWidth() const final { return true; }

protected:
    explicit ItemListLayout(QWidget *parent);

    void addItem(QLayoutItem *item, int stretch);
    const QList<QLayoutItem *> &items() const { return m_items; }
    // The stretch of the item at index, 1 for an index out of range.
    int stretchAt(int index) const;
    // The layout's own spacing if set, else the style's metric of the
    // parent widget (or the outer layout's spacing, or 6, before there is one).
    int styleSpacing(QStyle::PixelMetric metric) const;

private:
    QList<QLayoutItem *> m_items;
    QList<int> m_stretches; // one per item
};

} // namespace ui
} // namespace kamae

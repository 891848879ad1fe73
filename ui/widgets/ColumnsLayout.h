#pragma once

#include "widgets/ItemListLayout.h"

namespace kamae {
namespace ui {

// Panes side by side while the width holds them all at their minimum
// widths, one under the other when it does not: two columns of a page or
// of a dialog on a wide window, one column on a narrow one (a 1280×720
// screen at 150 %), so that nothing has to scroll sideways. Side by side,
// the room beyond the minimums is shared by the stretch factors.
class ColumnsLayout final : public ItemListLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnsLayout)

public:
    explicit ColumnsLayout(QWidget *parent = nullptr);

    void addColumn(QWidget *widget, int stretch = 1);
    void addColumn(QLayout *layout, int stretch = 1);
    // Side by side only from this width on (contents margins included);
    // by default, from the width their minimums need.
    void setSideBySideWidth(int width) { m_sideBySideWidth = width; }
    // At the width the layout has now.
    bool isSideBySide() const { return sideBySide(geometry().width()); }
    bool sideBySide(int width) const;

    Qt::Orientations expandingDirections() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    struct Column
    {
        QLayoutItem *item = nullptr;
        int stretch = 1;
    };
    QList<Column> shown() const;
    // The columns' widths side by side in `width` (contents only).
    QList<int> widths(const QList<Column> &columns, int width) const;
    static int heightAt(const QLayoutItem *item, int width);

    int m_sideBySideWidth = -1;
};

} // namespace ui
} // namespace kamae

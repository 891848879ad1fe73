#pragma once

#include "widgets/ItemListLayout.h"

namespace kamae {
namespace ui {

// Widgets side by side that move to a next line when the width runs out,
// like words: rows of buttons and of answers on a narrow window (a
// 1280×720 screen at 150 %) wrap instead of making the page scroll
// sideways. While everything fits on one line it looks like a QHBoxLayout
// with one stretch: what comes after addStretch() stands at the right end.
class FlowLayout final : public ItemListLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget *parent = nullptr);

    // The widgets added after this stand at the right end of a single line.
    void addStretch();
    void setHorizontalSpacing(int spacing) { m_hSpacing = spacing; }
    void setVerticalSpacing(int spacing) { m_vSpacing = spacing; }
    int horizontalSpacing() const;
    int verticalSpacing() const;
    // How many lines the items take at the layout's current width.
    int lineCount() const { return m_lines; }

    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Lays the items out in `rect` (or only measures); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    int m_stretchAt = -1;
    int m_hSpacing = -1;
    int m_vSpacing = -1;
    mutable int m_lines = 0;
};

} // namespace ui
} // namespace kamae

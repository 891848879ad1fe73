#include "widgets/FittingScrollArea.h"

#include <QScreen>
#include <QScrollBar>

#include <algorithm>

namespace kamae {
namespace ui {

FittingScrollArea::FittingScrollArea(QWidget *content, QWidget *parent, const QSize &reserve)
    : QScrollArea(parent), m_reserve(reserve)
{
    setObjectName(QStringLiteral("fittingScrollArea"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tab moves through the fields inside (and scrolls to them); the area
    // itself is not a stop.
    setFocusPolicy(Qt::NoFocus);
    setWidget(content);
}

QSize FittingScrollArea::sizeHint() const
{
    const int frame = 2 * frameWidth();
    QSize hint(frame, frame);
    if (const QWidget *content = widget())
        hint += content->sizeHint().expandedTo(content->minimumSizeHint());
    const QScreen *s = screen();
    if (!s)
        return hint;
    const QSize room = (s->availableGeometry().size() - m_reserve).expandedTo(QSize(240, 160));
    // Room for the scroll bar that not fitting brings.
    if (hint.height() > room.height())
        hint.rwidth() += verticalScrollBar()->sizeHint().width();
    return hint.boundedTo(room).expandedTo(QSize(minimumSizeHint().width(), 0));
}

QSize FittingScrollArea::minimumSizeHint() const
{
    QSize minimum = QScrollArea::minimumSizeHint();
    if (const QWidget *content = widget()) {
        // With room for the vertical scroll bar, which a short screen brings.
        const int width = content->minimumSizeHint().expandedTo(content->minimumSize()).width() +
                          2 * frameWidth() + verticalScrollBar()->sizeHint().width();
        minimum.setWidth(std::max(minimum.width(), width));
    }
    return minimum;
}

void FittingScrollArea::setReserve(const QSize &reserve)
{
    m_reserve = reserve;
    updateGeometry();
}

QSize fitToScreen(const QWidget *widget, const QSize &wanted)
{
    const QScreen *s = widget->screen();
    if (!s)
        return wanted;
    return wanted.boundedTo(s->availableGeometry().size() - QSize(16, 48));
}

} // namespace ui
} // namespace kamae

#include "widgets/FittingScrollArea.h"

#include <QScreen>
#include <QScrollBar>

namespace kamae {
namespace ui {

FittingScrollArea::FittingScrollArea(QWidget *content, QWidget *parent, const QSize &reserve)
    : QScrollArea(parent), m_reserve(reserve)
{
    setObjectName(QStringLiteral("fittingScrollArea"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
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
    const QSize room =
        (s->availableGeometry().size() - m_reserve).expandedTo(QSize(240, 160));
    // Room for the scroll bar that not fitting brings.
    if (hint.height() > room.height())
        hint.rwidth() += verticalScrollBar()->sizeHint().width();
    if (hint.width() > room.width())
        hint.rheight() += horizontalScrollBar()->sizeHint().height();
    return hint.boundedTo(room);
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

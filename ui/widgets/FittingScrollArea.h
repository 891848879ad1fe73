#pragma once

#include <QScrollArea>
#include <QSize>

namespace kamae {
namespace ui {

// The body of a dialog with many fields. It asks for as much room as its
// content wants, but never for more than the screen leaves (reserve: what
// the dialog shows around it, its title bar included); what does not fit
// scrolls down. It never scrolls sideways: it is at least as wide as its
// content can be, so that a long field is wrapped or narrowed rather than
// cut off. So a dialog opens whole on a large screen and still fits
// 1280×720 at 150 %.
class FittingScrollArea final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FittingScrollArea)

public:
    // A title bar, margins and a row of buttons.
    static constexpr QSize kReserve = QSize(48, 140);

    // Takes content; reserve defaults to kReserve.
    explicit FittingScrollArea(QWidget *content, QWidget *parent = nullptr,
                               const QSize &reserve = kReserve);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void setReserve(const QSize &reserve);

private:
    QSize m_reserve;
};

// wanted, made small enough for the screen the widget is on (leaving room
// for a title bar): for a dialog that starts larger than its size hint.
QSize fitToScreen(const QWidget *widget, const QSize &wanted);

} // namespace ui
} // namespace kamae

#pragma once

#include <QLabel>
#include <QWidget>

namespace kamae {
namespace ui {

// One entry of the navigation list and the widget it shows.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The navigation label, in the current language.
    virtual QString title() const = 0;
    // Called before the vault locks or closes: write any edit in progress.
    virtual void commitPendingEdits() {}

    // The large bold title every page starts with.
    static QLabel *makeHeading(QWidget *parent)
    {
        auto *heading = new QLabel(parent);
        heading->setObjectName(QStringLiteral("pageHeading"));
        QFont big = heading->font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        big.setBold(true);
        heading->setFont(big);
        return heading;
    }

signals:
    void titleChanged();
};

} // namespace ui
} // namespace kamae

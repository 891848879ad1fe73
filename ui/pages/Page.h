#pragma once

#include "widgets/Widgets.h"

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
        QLabel *heading = makeBoldLabel(parent, 1.5);
        heading->setObjectName(QStringLiteral("pageHeading"));
        return heading;
    }

signals:
    void titleChanged();
};

} // namespace ui
} // namespace kamae

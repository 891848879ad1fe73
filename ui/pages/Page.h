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

    // While one exists, the pages made on this thread read their data only
    // when first shown or asked with ensureLoaded(): the workspace makes
    // every page at the unlock, but the person waits only for the one in
    // front. A page made alone (a test, a dialog) reads at once.
    class WaitToLoad final
    {
        Q_DISABLE_COPY_MOVE(WaitToLoad)
    public:
        WaitToLoad() { ++s_waiting; }
        ~WaitToLoad() { --s_waiting; }
    };
    // Reads the page's data now if it has been waiting to.
    void ensureLoaded()
    {
        if (!m_waiting)
            return;
        m_waiting = false;
        loadWaited();
    }
    bool waitingToLoad() const { return m_waiting; }

    // The large bold title every page starts with.
    static QLabel *makeHeading(QWidget *parent)
    {
        QLabel *heading = makeBoldLabel(parent, 1.5);
        heading->setObjectName(QStringLiteral("pageHeading"));
        return heading;
    }

signals:
    void titleChanged();

protected:
    // What ensureLoaded() runs: the page's first reading of its data. A
    // page that can wait overrides it and, while waitingToLoad(), skips
    // its reading.
    virtual void loadWaited() {}
    void showEvent(QShowEvent *event) override
    {
        ensureLoaded();
        QWidget::showEvent(event);
    }

private:
    static inline thread_local int s_waiting = 0;
    bool m_waiting = s_waiting > 0;
};

} // namespace ui
} // namespace kamae

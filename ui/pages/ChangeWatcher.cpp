#include "pages/ChangeWatcher.h"

#include "store/Database.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace kamae {
namespace ui {

ChangeWatcher::ChangeWatcher(store::Database &db, QWidget *page, std::function<void()> reload)
    : QObject(page), m_db(db), m_page(page), m_reload(std::move(reload))
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, [this] { m_reload(); });
    connect(&m_db, &store::Database::changed, this, [this] {
        if (m_db.changeCount() == m_loadedChange)
            return;
        if (m_page->isVisible())
            m_timer->start();
        else
            m_stale = true;
    });
    page->installEventFilter(this);
}

void ChangeWatcher::loaded()
{
    m_timer->stop();
    m_stale = false;
    m_loadedChange = m_db.changeCount();
}

void ChangeWatcher::ownWriteShown()
{
    if (m_loadedChange + 1 == m_db.changeCount())
        m_loadedChange = m_db.changeCount();
    else
        reloadSoon();
}

void ChangeWatcher::reloadSoon()
{
    m_timer->start();
}

bool ChangeWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale)
        m_reload();
    return false;
}

} // namespace ui
} // namespace kamae

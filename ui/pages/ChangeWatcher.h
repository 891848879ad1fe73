#pragma once

#include <QObject>

#include <functional>

class QTimer;
class QWidget;

namespace kamae {
namespace store {
class Database;
}
namespace ui {

// Reads a page again after the vault changed: soon while the page is shown,
// on its next show while it is hidden. For pages that read everything at
// once (the dashboard, the self-assessment); ModulePage has its own.
class ChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

public:
    ChangeWatcher(store::Database &db, QWidget *page, std::function<void()> reload);

    // The page has just read the vault: changes until now are in it.
    void loaded();
    // The page showed its own write itself. If that was the only change
    // since it read, there is nothing to read again; else it reads soon.
    void ownWriteShown();
    // Reads again once the events waiting are handled.
    void reloadSoon();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    store::Database &m_db;
    QWidget *m_page;
    std::function<void()> m_reload;
    QTimer *m_timer = nullptr;
    quint64 m_loadedChange = 0;
    bool m_stale = false; // changed while hidden
};

} // namespace ui
} // namespace kamae

#pragma once

#include "pages/ModulePages.h"

#include <QHash>
#include <QWidget>

class QListWidget;
class QSplitter;
class QStackedWidget;

namespace kamae {
namespace score {
class SnapshotKeeper;
} // namespace score
namespace ui {

class SettingsPage;

// The unlocked view: the module list on the left, the chosen page on the
// right. It exists only while a vault is unlocked; locking destroys it and
// every copy of the data its widgets held.
class Workspace final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    explicit Workspace(vault::VaultSession &session, QWidget *parent = nullptr);
    ~Workspace() override;

    int pageCount() const;
    Page *page(int index) const;
    Page *currentPage() const;
    int indexOf(const Page *page) const;
    int currentIndex() const;
    void setCurrentIndex(int index);
    template <typename T> T *findPage() const
    {
        for (int i = 0; i < pageCount(); ++i)
            if (auto *p = qobject_cast<T *>(page(i)))
                return p;
        return nullptr;
    }

    QUndoStack *undoStack() const { return m_undo; }
    SettingsPage *settingsPage() const { return m_settings; }
    score::SnapshotKeeper *snapshotKeeper() const { return m_snapshots; }
    void commitPendingEdits();
    // Shows a module's page and what the request names on it.
    void open(const PlaceRequest &request);
    // The page of a module (or "dashboard"), nullptr for none.
    Page *modulePage(const QString &key) const { return m_modulePages.value(key); }

    void saveLayout() const;

private:
    void retitle();
    void addPage(Page *page);

    QUndoStack *m_undo = nullptr;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    SettingsPage *m_settings = nullptr;
    score::SnapshotKeeper *m_snapshots = nullptr;
    QHash<QString, Page *> m_modulePages;
    QHash<QString, std::function<void(Page *, const PlaceRequest &)>> m_showers;
    vault::VaultSession &m_session;
};

} // namespace ui
} // namespace kamae

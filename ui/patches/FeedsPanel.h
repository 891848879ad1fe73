#pragma once

#include "patches/PatchCommands.h"
#include "patches/PatchViews.h"

#include <QWidget>

class QLabel;
class QUndoStack;

namespace kamae {
namespace store {
class Database;
}
namespace ui {

class AliasEditor;
class FeedImporter;

// The Patches page's "Feeds" tab: the feeds imported so far, importing
// another (FeedImporter), and the product name aliases (AliasEditor).
class FeedsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedsPanel)

public:
    FeedsPanel(store::Database &db, QUndoStack &undo, PatchCommandContext context,
               QWidget *parent = nullptr);

    FeedImporter *importer() const { return m_importer; }
    AliasEditor *aliases() const { return m_aliases; }

    // Reads the stored feeds and the aliases again.
    void reload();
    void retranslate();

private:
    void showFeeds();

    store::Database &m_db;
    SectionLabels m_section;
    QLabel *m_feeds = nullptr;
    FeedImporter *m_importer = nullptr;
    AliasEditor *m_aliases = nullptr;
};

} // namespace ui
} // namespace kamae

#pragma once

#include "core/Result.h"
#include "feeds/Feed.h"
#include "patches/PatchCommands.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;
class QUndoStack;

namespace kamae {
namespace store {
class Database;
}
namespace ui {

class AliasTableModel;

// The Patches page's "Feeds" tab: what has been imported, importing a file
// (read on a worker thread with a progress bar, the window stays usable),
// and the product alias table.
class FeedsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedsPanel)

public:
    FeedsPanel(store::Database &db, QUndoStack &undo, PatchCommandContext context,
               QWidget *parent = nullptr);
    ~FeedsPanel() override;

    void reload();
    // Reads the file on a worker thread, then stores it; feedImported()
    // tells how it went. False if an import is already running.
    bool importFile(const QString &path);
    bool isImporting() const { return m_thread != nullptr; }
    void chooseAndImport();

    QTableView *aliasView() const { return m_aliasView; }
    AliasTableModel *aliasModel() const { return m_aliases; }
    void addAlias();
    void removeSelectedAlias();
    void retranslate();

signals:
    void feedImported(bool ok, const QString &message);

private:
    void finishImport(const QString &path, const Result<feeds::Feed> &parsed,
                      const feeds::FeedError &error);
    void showResult(bool ok, const QString &message);

    store::Database &m_db;
    QUndoStack &m_undo;
    PatchCommandContext m_context;
    QThread *m_thread = nullptr;

    QLabel *m_feedsHeading = nullptr;
    QLabel *m_feedInfo = nullptr;
    QLabel *m_feedHint = nullptr;
    QPushButton *m_import = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_aliasHeading = nullptr;
    QLabel *m_aliasHint = nullptr;
    QPushButton *m_addAlias = nullptr;
    QPushButton *m_removeAlias = nullptr;
    QTableView *m_aliasView = nullptr;
    AliasTableModel *m_aliases = nullptr;
};

// The alias table, editable in place; each edit goes through the undo stack.
class AliasTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AliasTableModel)

public:
    AliasTableModel(QUndoStack &undo, PatchCommandContext context, QObject *parent = nullptr);

    void setAliases(QVector<patches::ProductAlias> aliases);
    const patches::ProductAlias &aliasAt(int row) const { return m_aliases.at(row); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    QUndoStack &m_undo;
    PatchCommandContext m_context;
    QVector<patches::ProductAlias> m_aliases;
};

} // namespace ui
} // namespace kamae

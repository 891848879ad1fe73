#pragma once

#include "core/Result.h"
#include "feeds/Feed.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace kamae {
namespace store {
class Database;
}
namespace ui {

// Importing a feed file: the button, the file read on a worker thread with
// a progress bar (the window stays usable), then stored by
// patches::importFeed, and what came of it in a line under the button.
class FeedImporter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedImporter)

public:
    explicit FeedImporter(store::Database &db, QWidget *parent = nullptr);
    ~FeedImporter() override;

    // Reads the file on a worker thread, then stores it; imported() tells
    // how it went. False if an import is already running.
    bool importFile(const QString &path);
    bool isImporting() const { return m_thread != nullptr; }
    void chooseAndImport();
    void retranslate();

signals:
    void imported(bool ok, const QString &message);

private:
    void setReading(bool reading);
    void store(const QString &path, const Result<feeds::Feed> &parsed);
    void showResult(bool ok, const QString &message);

    store::Database &m_db;
    QThread *m_thread = nullptr;
    QPushButton *m_import = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_reading = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace ui
} // namespace kamae

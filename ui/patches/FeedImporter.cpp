#include "patches/FeedImporter.h"

#include "feeds/FeedFile.h"
#include "patches/PatchDesk.h"
#include "patches/PatchViews.h"
#include "widgets/FileDialogs.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace kamae {
namespace ui {

FeedImporter::FeedImporter(store::Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importFeedButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 0); // reading a feed has no meaningful percentage
    m_progress->setMaximumWidth(240);
    m_reading = new QLabel(this);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_import);
    row->addWidget(m_progress);
    row->addWidget(m_reading);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_result);

    connect(m_import, &QPushButton::clicked, this, &FeedImporter::chooseAndImport);
    setReading(false);
    retranslate();
}

FeedImporter::~FeedImporter()
{
    // Locking destroys the page; a file still being read is waited for (a
    // second at most for the largest real feeds) and its result dropped.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void FeedImporter::retranslate()
{
    m_import->setText(FeedsPanelText::tr("Import feed file…"));
    m_reading->setText(FeedsPanelText::tr("Reading the file…"));
}

void FeedImporter::chooseAndImport()
{
    const QString path = filedialogs::openFile(
        this, FileKind::Feed, FeedsPanelText::tr("Import a vulnerability feed"),
        FeedsPanelText::tr("Vulnerability feeds (*.json *.xml *.rdf *.rss);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool FeedImporter::importFile(const QString &path)
{
    if (m_thread)
        return false;
    auto parsed = std::make_shared<std::optional<Result<feeds::Feed>>>();
    // Parsing is the slow part (a year of JVNRSS is tens of megabytes) and
    // touches nothing shared; storing happens back on this thread.
    m_thread = QThread::create([path, parsed] { parsed->emplace(feeds::readFeedFile(path)); });
    connect(m_thread, &QThread::finished, this, [this, path, parsed] {
        m_thread->deleteLater();
        m_thread = nullptr;
        setReading(false);
        store(path, **parsed);
    });
    m_result->hide();
    setReading(true);
    m_thread->start();
    return true;
}

void FeedImporter::setReading(bool reading)
{
    m_import->setEnabled(!reading);
    m_progress->setVisible(reading);
    m_reading->setVisible(reading);
}

void FeedImporter::store(const QString &path, const Result<feeds::Feed> &parsed)
{
    const QString name = QFileInfo(path).fileName();
    if (!parsed) {
        showResult(false, FeedsPanelText::tr("%1 was not imported: %2").arg(name, parsed.error()));
        return;
    }
    if (parsed->entries.isEmpty()) {
        showResult(false, FeedsPanelText::tr("%1 has no entries; nothing was imported.").arg(name));
        return;
    }
    const auto summary = patches::importFeed(m_db, parsed.value());
    showResult(summary.ok(),
               summary ? patches::importSummaryText(summary.value()) : summary.error());
}

void FeedImporter::showResult(bool ok, const QString &message)
{
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;")
                               : QStringLiteral("color: #c62828;"));
    m_result->setText(message);
    m_result->show();
    emit imported(ok, message);
}

} // namespace ui
} // namespace kamae

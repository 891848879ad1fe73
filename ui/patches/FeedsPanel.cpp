#include "patches/FeedsPanel.h"

#include "i18n/Language.h"
#include "feeds/FeedFile.h"
#include "patches/PatchDesk.h"
#include "settings/UiSettings.h"
#include "store/FeedStore.h"
#include "widgets/FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace kamae {
namespace ui {

FeedsPanel::FeedsPanel(store::Database &db, QUndoStack &undo, PatchCommandContext context,
                       QWidget *parent)
    : QWidget(parent), m_db(db), m_undo(undo), m_context(std::move(context))
{
    setObjectName(QStringLiteral("FeedsPanel"));
    auto bold = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        return label;
    };
    m_feedsHeading = bold(QStringLiteral("feedsHeading"));
    m_feedInfo = new QLabel(this);
    m_feedInfo->setObjectName(QStringLiteral("feedInfo"));
    m_feedInfo->setTextFormat(Qt::RichText);
    m_feedInfo->setWordWrap(true);
    m_feedHint = new QLabel(this);
    m_feedHint->setWordWrap(true);
    m_feedHint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importFeedButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 0); // reading a feed has no meaningful percentage
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_progressLabel = new QLabel(this);
    m_progressLabel->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->hide();

    m_aliasHeading = bold(QStringLiteral("aliasHeading"));
    m_aliasHint = new QLabel(this);
    m_aliasHint->setWordWrap(true);
    m_addAlias = new QPushButton(this);
    m_addAlias->setObjectName(QStringLiteral("addAliasButton"));
    m_removeAlias = new QPushButton(this);
    m_removeAlias->setObjectName(QStringLiteral("removeAliasButton"));
    m_aliases = new AliasTableModel(m_undo, m_context, this);
    m_aliasView = new QTableView(this);
    m_aliasView->setObjectName(QStringLiteral("aliasView"));
    m_aliasView->setModel(m_aliases);
    m_aliasView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_aliasView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_aliasView->verticalHeader()->hide();
    m_aliasView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_aliasView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);

    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_import);
    importRow->addWidget(m_progress);
    importRow->addWidget(m_progressLabel);
    importRow->addStretch();
    auto *aliasButtons = new QHBoxLayout;
    aliasButtons->addWidget(m_addAlias);
    aliasButtons->addWidget(m_removeAlias);
    aliasButtons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_feedsHeading);
    layout->addWidget(m_feedInfo);
    layout->addWidget(m_feedHint);
    layout->addLayout(importRow);
    layout->addWidget(m_result);
    layout->addSpacing(12);
    layout->addWidget(m_aliasHeading);
    layout->addWidget(m_aliasHint);
    layout->addLayout(aliasButtons);
    layout->addWidget(m_aliasView, 1);

    connect(m_import, &QPushButton::clicked, this, &FeedsPanel::chooseAndImport);
    connect(m_addAlias, &QPushButton::clicked, this, &FeedsPanel::addAlias);
    connect(m_removeAlias, &QPushButton::clicked, this, &FeedsPanel::removeSelectedAlias);
    retranslate();
    reload();
}

FeedsPanel::~FeedsPanel()
{
    // Locking destroys the page; a file still being read is waited for (a
    // second at most for the largest real feeds) and its result dropped.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void FeedsPanel::reload()
{
    const auto feeds = store::FeedStore(m_db).feeds();
    QStringList lines;
    if (feeds) {
        for (const store::StoredFeed &f : feeds.value()) {
            const QString released =
                f.released.isValid()
                    ? i18n::formatDate(f.released.toLocalTime().date())
                    : tr("unknown");
            const QString imported =
                i18n::formatDate(f.importedAt.toLocalTime().date()) + QLatin1Char(' ') +
                QLocale().toString(f.importedAt.toLocalTime().time(), QLocale::ShortFormat);
            lines << tr("<b>%1</b>: version %2, released %3, %n entry(ies) stored, imported %4",
                        nullptr, f.storedEntries)
                         .arg(patches::feedKindName(f.kind).toHtmlEscaped(),
                              f.version.toHtmlEscaped(), released, imported);
        }
    }
    m_feedInfo->setText(lines.isEmpty() ? tr("No feed imported yet.")
                                        : lines.join(QStringLiteral("<br>")));
    const auto aliases = store::FeedStore(m_db).aliases();
    if (aliases)
        m_aliases->setAliases(aliases.value());
}

void FeedsPanel::retranslate()
{
    m_feedsHeading->setText(tr("Vulnerability feeds"));
    m_feedHint->setText(
        tr("Kamae never goes online. Download the CISA KEV catalogue (JSON, from cisa.gov) or a "
           "JVN iPedia JVNRSS file (from jvndb.jvn.jp) on any computer, bring the file here and "
           "import it. A newer KEV catalogue replaces the old one; JVN files add up."));
    m_import->setText(tr("Import feed file…"));
    m_progressLabel->setText(tr("Reading the file…"));
    m_aliasHeading->setText(tr("Product name aliases"));
    m_aliasHint->setText(
        tr("Feeds and your register may name a product differently. Each row says: what the "
           "feed calls vendor and product is what the register calls them. Double-click a cell "
           "to edit."));
    m_addAlias->setText(tr("Add alias"));
    m_removeAlias->setText(tr("Remove alias"));
    m_aliases->retranslate();
    reload();
}

void FeedsPanel::chooseAndImport()
{
    const QString path = filedialogs::openFile(
        this, FileKind::Feed, tr("Import a vulnerability feed"),
        tr("Vulnerability feeds (*.json *.xml *.rdf *.rss);;All files (*)"));
    if (path.isEmpty())
        return;
    importFile(path);
}

bool FeedsPanel::importFile(const QString &path)
{
    if (m_thread)
        return false;
    auto parsed = std::make_shared<std::optional<Result<feeds::Feed>>>();
    auto error = std::make_shared<feeds::FeedError>();
    // Parsing is the slow part (a year of JVNRSS is tens of megabytes) and
    // touches nothing shared; storing happens back on this thread.
    m_thread = QThread::create(
        [path, parsed, error] { parsed->emplace(feeds::readFeedFile(path, error.get())); });
    connect(m_thread, &QThread::finished, this, [this, path, parsed, error] {
        m_thread->deleteLater();
        m_thread = nullptr;
        finishImport(path, **parsed, *error);
    });
    m_import->setEnabled(false);
    m_result->hide();
    m_progress->show();
    m_progressLabel->show();
    m_thread->start();
    return true;
}

void FeedsPanel::finishImport(const QString &path, const Result<feeds::Feed> &parsed,
                              const feeds::FeedError &)
{
    m_progress->hide();
    m_progressLabel->hide();
    m_import->setEnabled(true);
    const QString name = QFileInfo(path).fileName();
    if (!parsed) {
        showResult(false, tr("%1 was not imported: %2").arg(name, parsed.error()));
        return;
    }
    if (parsed->entries.isEmpty()) {
        showResult(false, tr("%1 has no entries; nothing was imported.").arg(name));
        return;
    }
    const auto summary = patches::importFeed(m_db, parsed.value());
    if (!summary) {
        showResult(false, summary.error());
        return;
    }
    reload();
    if (m_context.onChanged)
        m_context.onChanged();
    showResult(true, patches::importSummaryText(summary.value()));
}

void FeedsPanel::showResult(bool ok, const QString &message)
{
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;")
                               : QStringLiteral("color: #c62828;"));
    m_result->setText(message);
    m_result->show();
    emit feedImported(ok, message);
}

void FeedsPanel::addAlias()
{
    patches::ProductAlias alias;
    alias.feedProduct = tr("Product in the feed");
    alias.assetProduct = tr("Product in the register");
    auto *command = new AliasCommand(m_context, std::nullopt, alias);
    const auto ok = command->outcome();
    m_undo.push(command);
    if (!*ok)
        return;
    reload();
    const int row = m_aliases->rowCount() - 1;
    m_aliasView->setCurrentIndex(m_aliases->index(row, 1));
    m_aliasView->edit(m_aliases->index(row, 1));
}

void FeedsPanel::removeSelectedAlias()
{
    const QModelIndex current = m_aliasView->currentIndex();
    if (!current.isValid())
        return;
    m_undo.push(new AliasCommand(m_context, m_aliases->aliasAt(current.row()), std::nullopt));
    reload();
}

AliasTableModel::AliasTableModel(QUndoStack &undo, PatchCommandContext context, QObject *parent)
    : QAbstractTableModel(parent), m_undo(undo), m_context(std::move(context))
{}

void AliasTableModel::setAliases(QVector<patches::ProductAlias> aliases)
{
    auto same = [](const patches::ProductAlias &a, const patches::ProductAlias &b) {
        return a.id == b.id && a.feedVendor == b.feedVendor && a.feedProduct == b.feedProduct &&
               a.assetVendor == b.assetVendor && a.assetProduct == b.assetProduct;
    };
    // A reset would close an editor the user has open (a reload follows
    // every alias edit); nothing changed, nothing to do.
    if (aliases.size() == m_aliases.size() &&
        std::equal(aliases.begin(), aliases.end(), m_aliases.begin(), same))
        return;
    beginResetModel();
    m_aliases = std::move(aliases);
    endResetModel();
}

void AliasTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, 3);
}

int AliasTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_aliases.size());
}

int AliasTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 4;
}

QVariant AliasTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const patches::ProductAlias &a = m_aliases.at(index.row());
    switch (index.column()) {
    case 0:
        return a.feedVendor;
    case 1:
        return a.feedProduct;
    case 2:
        return a.assetVendor;
    case 3:
        return a.assetProduct;
    }
    return {};
}

QVariant AliasTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0:
        return tr("Vendor in the feed");
    case 1:
        return tr("Product in the feed");
    case 2:
        return tr("Vendor in the register");
    case 3:
        return tr("Product in the register");
    }
    return {};
}

Qt::ItemFlags AliasTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool AliasTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    patches::ProductAlias after = m_aliases.at(index.row());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case 0:
        after.feedVendor = text;
        break;
    case 1:
        after.feedProduct = text;
        break;
    case 2:
        after.assetVendor = text;
        break;
    case 3:
        after.assetProduct = text;
        break;
    }
    const patches::ProductAlias &before = m_aliases.at(index.row());
    if (after.feedVendor == before.feedVendor && after.feedProduct == before.feedProduct &&
        after.assetVendor == before.assetVendor && after.assetProduct == before.assetProduct)
        return true;
    if (Status s = store::FeedStore::validateAlias(after); !s) {
        if (m_context.onError)
            m_context.onError(s.error());
        return false;
    }
    auto *command = new AliasCommand(m_context, m_aliases.at(index.row()), after);
    const auto ok = command->outcome();
    m_undo.push(command);
    if (!*ok)
        return false;
    m_aliases[index.row()] = after;
    emit dataChanged(index, index);
    return true;
}

} // namespace ui
} // namespace kamae

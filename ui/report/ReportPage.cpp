#include "report/ReportPage.h"

#include "core/Clock.h"
#include "report/ReportHistoryPanel.h"
#include "report/ReportOptionsForm.h"
#include "report/ReportOutput.h"
#include "report/ReportPageText.h"
#include "report/ReportPreviewPane.h"
#include "report/ReportRepository.h"
#include "settings/UiSettings.h"
#include "store/Database.h"
#include "widgets/FileDialogs.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

namespace {
constexpr int kRebuildDelayMs = 250;
constexpr int kOptionsWidth = 360;
} // namespace

ReportPage::ReportPage(store::Database &db, const QString &vaultName, QWidget *parent)
    : Page(parent), m_db(db), m_vaultName(vaultName)
{
    setObjectName(QStringLiteral("ReportPage"));
    m_rebuildTimer = new QTimer(this);
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(kRebuildDelayMs);
    connect(m_rebuildTimer, &QTimer::timeout, this, &ReportPage::rebuild);
    connect(&m_db, &store::Database::changed, this, [this] {
        // Hidden, the next showEvent builds afresh anyway.
        if (!isVisible())
            return;
        reloadHistory();
        scheduleRebuild();
    });

    auto *heading = sayingText(makeHeading(this), [] { return tr("Executive report"); });
    m_error = makeErrorLabel(this);
    m_preview = new ReportPreviewPane(this);
    m_splitter = makeSplitter(this, Qt::Horizontal, QStringLiteral("reportSplitter"),
                              {buildOptionsColumn(), m_preview});
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({kOptionsWidth, 600});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->addWidget(heading);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);

    // Actions rather than button shortcuts, which a button's setText()
    // replaces with its mnemonic. They work while the page is shown, from
    // the navigation list too.
    m_printAction = new QAction(this);
    m_printAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_printAction, &QAction::triggered, m_print, &QPushButton::click);
    addAction(m_printAction);
    m_saveAction = new QAction(this);
    // Ctrl+S is the window's "save vault".
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAction, &QAction::triggered, m_save, &QPushButton::click);
    addAction(m_saveAction);

    if (settings::reportSplitter.exists())
        m_splitter->restoreState(settings::reportSplitter.get());
    retranslate();
    onLanguageChange(this, [this] {
        // Only the page's own words: the report keeps the language chosen
        // for it.
        retranslate();
        emit titleChanged();
    });
    reloadHistory();
    updateButtons();
}

ReportPage::~ReportPage()
{
    settings::reportSplitter.set(m_splitter->saveState());
}

// The options, the buttons that issue the report, and the history.
QWidget *ReportPage::buildOptionsColumn()
{
    auto *column = new QWidget(this);
    column->setObjectName(QStringLiteral("reportOptions"));
    column->setMinimumWidth(280);
    m_options = new ReportOptionsForm(column);
    m_print = makeButton(column, QStringLiteral("printButton"));
    m_save = makeButton(column, QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_status = makeWrappedLabel(column, QStringLiteral("reportStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_history = new ReportHistoryPanel(m_db, column);
    connect(m_options, &ReportOptionsForm::optionsChanged, this, &ReportPage::scheduleRebuild);
    connect(m_options, &ReportOptionsForm::preparedByChanged, this, &ReportPage::changePreparedBy);
    connect(m_print, &QPushButton::clicked, this, &ReportPage::print);
    connect(m_save, &QPushButton::clicked, this, &ReportPage::saveAsPdf);
    connect(m_history, &ReportHistoryPanel::removed, this, &ReportPage::reloadHistory);

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(8);
    layout->addWidget(m_options);
    layout->addSpacing(4);
    layout->addLayout(makeButtonRow({m_print, m_save}));
    layout->addWidget(m_status);
    layout->addSpacing(12);
    layout->addWidget(m_history, 1);
    return column;
}

QString ReportPage::title() const
{
    return tr("Report");
}

const report::BuiltReport *ReportPage::currentReport() const
{
    return m_built ? &*m_built : nullptr;
}

QPrintPreviewWidget *ReportPage::preview() const
{
    return m_preview->preview();
}

ReportHistoryModel *ReportPage::historyModel() const
{
    return m_history->model();
}

void ReportPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    // The vault or the date may have moved on while another page was shown.
    reloadHistory();
    rebuild();
}

void ReportPage::scheduleRebuild()
{
    // Typing a name or flicking through the choices builds once, at the end.
    if (isVisible())
        m_rebuildTimer->start();
}

void ReportPage::rebuild()
{
    m_rebuildTimer->stop();
    report::ReportOptions options = m_options->options();
    options.vaultName = m_vaultName;
    auto built = report::buildReport(m_db, options, clock::today());
    if (built) {
        m_built = std::move(built).value();
        m_buildError.clear();
        m_preview->showDocument(&m_built->document);
    } else {
        m_built.reset();
        m_buildError = built.error();
        m_preview->showProblem(m_buildError);
    }
    updateButtons();
}

void ReportPage::changePreparedBy(const QString &name)
{
    // A name changes the cover only: no need to read the vault again, which
    // takes a while for a large company.
    if (!m_built) {
        scheduleRebuild();
        return;
    }
    report::setPreparedBy(*m_built, name);
    m_preview->repaintSoon();
}

bool ReportPage::saveAsPdf()
{
    const QString path =
        askPdfPath(this, m_options->language(), m_built ? m_built->document.company : QString());
    return !path.isEmpty() && saveTo(path);
}

bool ReportPage::saveTo(const QString &path)
{
    // Built afresh: the file holds the vault as it is now, and the history
    // the moment it was issued, however long the preview was open.
    rebuild();
    if (!m_built) {
        QMessageBox::warning(this, tr("Report not saved"), m_buildError);
        return false;
    }
    const auto pages = report::writePdf(m_built->document, path);
    if (!pages) {
        QMessageBox::warning(this, tr("Report not saved"), pages.error());
        return false;
    }
    filedialogs::remember(FileKind::Report, path);
    if (!record(path, *pages))
        return false;
    showIssued(path);
    return true;
}

bool ReportPage::print()
{
    rebuild();
    if (!m_built) {
        QMessageBox::warning(this, tr("Report not printed"), m_buildError);
        return false;
    }
    const std::optional<int> pages = printOnPaper(this, m_built->document);
    if (!pages || !record(report::printedDestination(), *pages))
        return false;
    showIssued(report::printedDestination());
    return true;
}

bool ReportPage::record(const QString &destination, int pages)
{
    // The session saves the vault shortly after this write, as after any
    // other: it listens to the database's commits.
    const auto recorded = report::recordIssued(m_db, *m_built, destination, pages);
    if (!recorded) {
        const QString message =
            destination == report::printedDestination()
                ? tr("The report was printed, but it could not be added to the history:\n%1")
                      .arg(recorded.error())
                : tr("The report was saved to %1, but it could not be added to the history:\n%2")
                      .arg(QDir::toNativeSeparators(destination), recorded.error());
        QMessageBox::warning(this, tr("Report not added to the history"), message);
        return false;
    }
    reloadHistory();
    m_history->select(recorded->id);
    return true;
}

void ReportPage::showIssued(const QString &destination)
{
    m_lastDestination = destination;
    updateStatus();
    if (auto *window = qobject_cast<QMainWindow *>(this->window()))
        window->statusBar()->showMessage(m_status->text(), 8000);
}

void ReportPage::reloadHistory()
{
    auto records = store::ReportRepository(m_db).all();
    if (!records) {
        m_error->setText(tr("The earlier reports cannot be read: %1").arg(records.error()));
        m_error->show();
        return;
    }
    m_error->hide();
    m_history->setRecords(*records);
    if (!records->isEmpty())
        m_options->suggestPreparedBy(records->constFirst().preparedBy);
    updateButtons();
}

void ReportPage::openRow(int proxyRow)
{
    m_history->openRow(proxyRow);
}

bool ReportPage::removeSelected()
{
    return m_history->removeSelected();
}

void ReportPage::updateStatus()
{
    if (m_lastDestination.isEmpty())
        m_status->clear();
    else if (m_lastDestination == report::printedDestination())
        m_status->setText(tr("Sent the report to the printer. It is listed below."));
    else
        m_status->setText(
            tr("Saved the report to %1.").arg(QDir::toNativeSeparators(m_lastDestination)));
    m_status->setVisible(!m_lastDestination.isEmpty());
}

void ReportPage::updateButtons()
{
    m_print->setEnabled(m_built.has_value());
    m_save->setEnabled(m_built.has_value());
}

void ReportPage::retranslate()
{
    m_print->setText(tr("Print…"));
    m_print->setToolTip(tr("Print the report (%1)").arg(shortcutText(m_printAction->shortcut())));
    m_save->setText(tr("Save as PDF…"));
    m_save->setToolTip(
        tr("Save the report as a PDF file (%1)").arg(shortcutText(m_saveAction->shortcut())));
    updateStatus();
}

} // namespace ui
} // namespace kamae

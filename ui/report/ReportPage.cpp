#include "report/ReportPage.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "report/ReportHistoryModel.h"
#include "report/ReportRenderer.h"
#include "settings/UiSettings.h"
#include "store/Database.h"
#include "report/ReportRepository.h"
#include "widgets/FileDialogs.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

namespace {

const QString kPrinted = QStringLiteral("print");
constexpr int kRebuildDelayMs = 250;
constexpr int kOptionsWidth = 360;

// The page as writePdf lays it out, so that the preview and the printout
// break lines and pages where the PDF does.
QString shortcutText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

QLabel *boldLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QToolButton *toolButton(QWidget *parent, const QString &name)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

ReportPage::ReportPage(store::Database &db, const QString &vaultName, QWidget *parent)
    : Page(parent), m_db(db), m_vaultName(vaultName)
{
    setObjectName(QStringLiteral("ReportPage"));
    m_rebuildTimer = new QTimer(this);
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(kRebuildDelayMs);
    connect(m_rebuildTimer, &QTimer::timeout, this, &ReportPage::rebuild);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kRebuildDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        if (m_built)
            m_preview->updatePreview();
    });
    connect(&m_db, &store::Database::changed, this, [this] {
        // Hidden, the next showEvent builds afresh anyway.
        if (!isVisible())
            return;
        reloadHistory();
        scheduleRebuild();
    });

    m_heading = makeHeading(this);
    m_error = makeErrorLabel(this);

    // The options, the buttons that issue the report, and the history.
    auto *options = new QWidget(this);
    options->setObjectName(QStringLiteral("reportOptions"));
    options->setMinimumWidth(280);
    m_period = new QComboBox(options);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_periodLabel = new QLabel(options);
    m_periodLabel->setBuddy(m_period);
    m_language = new QComboBox(options);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language by its own name: the report's language is chosen apart
    // from the window's, by someone who may read only one of them.
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(i18n::currentLanguage() == QLatin1String("ja") ? 0 : 1);
    m_languageLabel = new QLabel(options);
    m_languageLabel->setBuddy(m_language);
    m_preparedBy = new QLineEdit(options);
    m_preparedBy->setObjectName(QStringLiteral("preparedByEdit"));
    m_preparedBy->setClearButtonEnabled(true);
    m_preparedByLabel = new QLabel(options);
    m_preparedByLabel->setBuddy(m_preparedBy);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_periodLabel, m_period);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_preparedByLabel, m_preparedBy);

    m_print = new QPushButton(options);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_save = new QPushButton(options);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    auto *issueRow = new QHBoxLayout;
    issueRow->addWidget(m_print);
    issueRow->addWidget(m_save);
    issueRow->addStretch();
    m_status = new QLabel(options);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_historyTitle = boldLabel(options);
    m_historyEmpty = new QLabel(options);
    m_historyEmpty->setObjectName(QStringLiteral("historyEmpty"));
    m_historyEmpty->setWordWrap(true);
    m_historyEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_history = new ReportHistoryModel(this);
    m_historyProxy = new QSortFilterProxyModel(this);
    m_historyProxy->setSourceModel(m_history);
    m_historyProxy->setSortRole(ReportHistoryModel::SortRole);
    m_historyProxy->setSortLocaleAware(true);
    m_historyView =
        makeRecordTable(options, QStringLiteral("historyView"), QAbstractItemView::SingleSelection);
    m_historyView->setModel(m_historyProxy);
    m_historyView->setTextElideMode(Qt::ElideMiddle);
    m_historyView->sortByColumn(ReportHistoryModel::IssuedColumn, Qt::DescendingOrder);
    QHeaderView *header = m_historyView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_remove = new QPushButton(options);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    auto *removeRow = new QHBoxLayout;
    removeRow->addWidget(m_remove);
    removeRow->addStretch();

    auto *optionsLayout = new QVBoxLayout(options);
    optionsLayout->setContentsMargins(0, 0, 8, 0);
    optionsLayout->setSpacing(8);
    optionsLayout->addLayout(form);
    optionsLayout->addSpacing(4);
    optionsLayout->addLayout(issueRow);
    optionsLayout->addWidget(m_status);
    optionsLayout->addSpacing(12);
    optionsLayout->addWidget(m_historyTitle);
    // One of the two is shown; either keeps the history at the top.
    optionsLayout->addWidget(m_historyEmpty, 1, Qt::AlignTop);
    optionsLayout->addWidget(m_historyView, 1);
    optionsLayout->addLayout(removeRow);

    // The report as it will be printed. A PDF printer gives the page's
    // geometry without asking the print system, at writePdf's resolution.
    m_previewPrinter = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_previewPrinter->setOutputFormat(QPrinter::PdfFormat);
    m_previewPrinter->setResolution(600);
    m_previewPrinter->setPageLayout(report::reportPageLayout());
    auto *previewPane = new QWidget(this);
    previewPane->setObjectName(QStringLiteral("previewPane"));
    m_fitWidth = toolButton(previewPane, QStringLiteral("fitWidthButton"));
    m_fitWidth->setCheckable(true);
    m_fitPage = toolButton(previewPane, QStringLiteral("fitPageButton"));
    m_fitPage->setCheckable(true);
    m_zoomIn = toolButton(previewPane, QStringLiteral("zoomInButton"));
    m_zoomOut = toolButton(previewPane, QStringLiteral("zoomOutButton"));
    m_previous = toolButton(previewPane, QStringLiteral("previousPageButton"));
    // Arrow buttons draw their arrow only without a text style.
    m_previous->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_previous->setArrowType(Qt::LeftArrow);
    m_next = toolButton(previewPane, QStringLiteral("nextPageButton"));
    m_next->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_next->setArrowType(Qt::RightArrow);
    m_pageLabel = new QLabel(previewPane);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->setSpacing(2);
    toolbar->addWidget(m_fitWidth);
    toolbar->addWidget(m_fitPage);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_zoomOut);
    toolbar->addWidget(m_zoomIn);
    toolbar->addStretch();
    toolbar->addWidget(m_previous);
    toolbar->addWidget(m_pageLabel);
    toolbar->addWidget(m_next);

    m_previewStack = new QStackedWidget(previewPane);
    m_preview = new QPrintPreviewWidget(m_previewPrinter.get(), m_previewStack);
    m_preview->setObjectName(QStringLiteral("previewWidget"));
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->fitToWidth();
    m_previewStack->addWidget(m_preview);
    m_previewError = new QLabel(m_previewStack);
    m_previewError->setObjectName(QStringLiteral("previewError"));
    m_previewError->setWordWrap(true);
    m_previewError->setAlignment(Qt::AlignCenter);
    m_previewError->setMargin(24);
    m_previewError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_previewStack->addWidget(m_previewError);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(8, 0, 0, 0);
    previewLayout->setSpacing(4);
    previewLayout->addLayout(toolbar);
    previewLayout->addWidget(m_previewStack, 1);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("reportSplitter"));
    m_splitter->addWidget(options);
    m_splitter->addWidget(previewPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({kOptionsWidth, 600});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportPage::scheduleRebuild);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportPage::scheduleRebuild);
    connect(m_preparedBy, &QLineEdit::textEdited, this, [this] { m_preparedByEdited = true; });
    // A name changes the cover only: no need to read the vault again, which
    // takes a while for a large company.
    connect(m_preparedBy, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_built) {
            scheduleRebuild();
            return;
        }
        report::setPreparedBy(*m_built, text.trimmed());
        if (isVisible())
            m_previewTimer->start();
    });
    connect(m_print, &QPushButton::clicked, this, &ReportPage::print);
    connect(m_save, &QPushButton::clicked, this, &ReportPage::saveAsPdf);
    connect(m_remove, &QPushButton::clicked, this, &ReportPage::removeSelected);
    connect(m_historyView, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReportPage::updateButtons);
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
    m_zoomInAction = new QAction(this);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, m_zoomIn, &QToolButton::click);
    addAction(m_zoomInAction);
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_zoomOut, &QToolButton::click);
    addAction(m_zoomOutAction);
    // Delete only from the table: in "Prepared by" it deletes a character.
    auto *removeKey = new QAction(m_historyView);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    connect(removeKey, &QAction::triggered, this, &ReportPage::removeSelected);
    m_historyView->addAction(removeKey);

    // The preview does not announce a change of zoom mode: the fit
    // buttons' checks are set here.
    connect(m_fitWidth, &QToolButton::clicked, this, [this] {
        m_preview->fitToWidth();
        updatePageControls();
    });
    connect(m_fitPage, &QToolButton::clicked, this, [this] {
        m_preview->fitInView();
        updatePageControls();
    });
    connect(m_zoomIn, &QToolButton::clicked, this, [this] {
        m_preview->zoomIn();
        updatePageControls();
    });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] {
        m_preview->zoomOut();
        updatePageControls();
    });
    // Nor a page turned by setCurrentPage(), only one scrolled to.
    connect(m_previous, &QToolButton::clicked, this, [this] {
        m_preview->setCurrentPage(m_preview->currentPage() - 1);
        updatePageControls();
    });
    connect(m_next, &QToolButton::clicked, this, [this] {
        m_preview->setCurrentPage(m_preview->currentPage() + 1);
        updatePageControls();
    });
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, &ReportPage::updatePageControls);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (!m_built)
            return;
        QPainter painter;
        if (!painter.begin(printer))
            return;
        report::paintDocument(m_built->document, *printer, painter);
        painter.end();
    });

    if (settings::reportSplitter.exists())
        m_splitter->restoreState(settings::reportSplitter.get());
    retranslate();
    reloadHistory();
    updateButtons();
}

ReportPage::~ReportPage()
{
    settings::reportSplitter.set(m_splitter->saveState());
    // The preview draws on m_previewPrinter: it goes first.
    delete m_preview;
    m_preview = nullptr;
}

QString ReportPage::title() const
{
    return tr("Report");
}

const report::BuiltReport *ReportPage::currentReport() const
{
    return m_built ? &*m_built : nullptr;
}

report::ReportOptions ReportPage::options() const
{
    report::ReportOptions o;
    o.language = m_language->currentData().toString();
    o.period = static_cast<report::Period>(m_period->currentData().toInt());
    o.preparedBy = m_preparedBy->text().trimmed();
    o.vaultName = m_vaultName;
    return o;
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
    m_previewTimer->stop();
    auto built = report::buildReport(m_db, options(), clock::today());
    if (built) {
        m_built = std::move(built).value();
        m_buildError.clear();
        m_previewStack->setCurrentWidget(m_preview);
        m_preview->updatePreview();
    } else {
        m_built.reset();
        m_buildError = built.error();
        m_previewStack->setCurrentWidget(m_previewError);
    }
    m_previewError->setText(tr("The report cannot be made:\n%1").arg(m_buildError));
    updatePageControls();
    updateButtons();
}

bool ReportPage::saveAsPdf()
{
    const QString folder = filedialogs::startFolder(FileKind::Report);
    // 情報セキュリティ報告書_会社名_YYYYMMDD.pdf in the report's language.
    const QString name =
        report::defaultFileName(m_language->currentData().toString(),
                                m_built ? m_built->document.company : QString(), clock::today());
    QFileDialog dialog(this, tr("Save the report as PDF"), folder, tr("PDF files (*.pdf)"));
    dialog.setObjectName(QStringLiteral("savePdfDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    dialog.selectFile(QDir(folder).filePath(name));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    QString path = dialog.selectedFiles().constFirst();
    // A native dialog may ignore the default suffix.
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    return saveTo(path);
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
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(report::reportPageLayout());
    printer.setDocName(m_built->document.title);
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printDialog"));
    dialog.setWindowTitle(tr("Print the report"));
    // The report prints whole, on A4: no page ranges, no other paper.
    dialog.setOptions(QAbstractPrintDialog::PrintToFile | QAbstractPrintDialog::PrintCollateCopies);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QPainter painter;
    if (!painter.begin(&printer)) {
        QMessageBox::warning(
            this, tr("Report not printed"),
            tr("The printer “%1” could not be started.").arg(printer.printerName()));
        return false;
    }
    const int pages = report::paintDocument(m_built->document, printer, painter);
    if (!painter.end()) {
        QMessageBox::warning(
            this, tr("Report not printed"),
            tr("The report could not be sent to the printer “%1”.").arg(printer.printerName()));
        return false;
    }
    if (!record(kPrinted, pages))
        return false;
    showIssued(kPrinted);
    return true;
}

bool ReportPage::record(const QString &destination, int pages)
{
    // The session saves the vault shortly after this write, as after any
    // other: it listens to the database's commits.
    const auto recorded = report::recordIssued(m_db, *m_built, destination, pages);
    if (!recorded) {
        const QString message =
            destination == kPrinted
                ? tr("The report was printed, but it could not be added to the history:\n%1")
                      .arg(recorded.error())
                : tr("The report was saved to %1, but it could not be added to the history:\n%2")
                      .arg(QDir::toNativeSeparators(destination), recorded.error());
        QMessageBox::warning(this, tr("Report not added to the history"), message);
        return false;
    }
    reloadHistory();
    const int row = m_history->rowOf(recorded->id);
    if (row >= 0) {
        const QModelIndex shown = m_historyProxy->mapFromSource(m_history->index(row, 0));
        m_historyView->setCurrentIndex(shown);
        m_historyView->scrollTo(shown);
    }
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
    const qint64 selected = [this] {
        const QModelIndex current = m_historyView->currentIndex();
        return current.isValid() ? current.data(ReportHistoryModel::IdRole).toLongLong() : 0;
    }();
    m_history->setRecords(*records);
    if (const int row = m_history->rowOf(selected); row >= 0)
        m_historyView->setCurrentIndex(m_historyProxy->mapFromSource(m_history->index(row, 0)));
    // Whoever prepared the last report most likely prepares this one.
    if (!m_preparedByEdited && m_preparedBy->text().isEmpty() && !records->isEmpty())
        m_preparedBy->setText(records->constFirst().preparedBy);
    const bool empty = records->isEmpty();
    m_historyView->setVisible(!empty);
    m_remove->setVisible(!empty);
    m_historyEmpty->setVisible(empty);
    updateButtons();
}

void ReportPage::openRow(int proxyRow)
{
    const QModelIndex index = m_historyProxy->index(proxyRow, 0);
    if (!index.isValid())
        return;
    const report::ReportRecord &r = m_history->record(m_historyProxy->mapToSource(index).row());
    if (ReportHistoryModel::isPrinted(r)) {
        QMessageBox::information(this, tr("Printed report"),
                                 tr("This report was printed on paper; there is no file to "
                                    "open."));
        return;
    }
    const QString where = QDir::toNativeSeparators(r.destination);
    if (!QFileInfo(r.destination).isFile()) {
        QMessageBox::warning(this, tr("File not found"),
                             tr("The PDF file %1 is no longer there. It may have been moved, "
                                "renamed or deleted.")
                                 .arg(where));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(r.destination)))
        QMessageBox::warning(this, tr("Cannot open the file"),
                             tr("No program could open %1.").arg(where));
}

bool ReportPage::removeSelected()
{
    const QModelIndex current = m_historyView->currentIndex();
    if (!current.isValid())
        return false;
    const report::ReportRecord r = m_history->record(m_historyProxy->mapToSource(current).row());
    const QString issued =
        m_history->index(m_history->rowOf(r.id), ReportHistoryModel::IssuedColumn)
            .data()
            .toString();
    const QString question =
        ReportHistoryModel::isPrinted(r)
            ? tr("Remove the report printed on %1 from the history?").arg(issued)
            : tr("Remove the report issued on %1 from the history? The PDF file itself is not "
                 "deleted:\n%2")
                  .arg(issued, QDir::toNativeSeparators(r.destination));
    const auto answer = QMessageBox::question(this, tr("Remove from history"), question,
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    if (Status removed = store::ReportRepository(m_db).remove(r.id); !removed) {
        QMessageBox::warning(this, tr("Not removed"), removed.error());
        return false;
    }
    reloadHistory();
    return true;
}

void ReportPage::fillPeriods()
{
    const int current = std::max(0, m_period->currentIndex());
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    m_period->addItem(tr("Last 90 days"), static_cast<int>(report::Period::Last90Days));
    m_period->addItem(tr("This quarter"), static_cast<int>(report::Period::ThisQuarter));
    m_period->addItem(tr("Last 12 months"), static_cast<int>(report::Period::Last12Months));
    m_period->setCurrentIndex(current);
}

void ReportPage::updatePageControls()
{
    const bool shown = m_built.has_value();
    const int pages = shown ? m_preview->pageCount() : 0;
    const int page = shown ? m_preview->currentPage() : 0;
    m_pageLabel->setText(pages > 0 ? tr("Page %1 of %2").arg(page).arg(pages) : QString());
    m_previous->setEnabled(pages > 0 && page > 1);
    m_next->setEnabled(pages > 0 && page < pages);
    for (QToolButton *b : {m_fitWidth, m_fitPage, m_zoomIn, m_zoomOut})
        b->setEnabled(shown);
    m_fitWidth->setChecked(m_preview->zoomMode() == QPrintPreviewWidget::FitToWidth);
    m_fitPage->setChecked(m_preview->zoomMode() == QPrintPreviewWidget::FitInView);
}

void ReportPage::updateStatus()
{
    if (m_lastDestination.isEmpty())
        m_status->clear();
    else if (m_lastDestination == kPrinted)
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
    m_remove->setEnabled(m_historyView->selectionModel()->hasSelection());
}

void ReportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Only the page's own words: the report keeps the language chosen
        // for it.
        retranslate();
        m_history->retranslate();
        emit titleChanged();
    }
    Page::changeEvent(event);
}

void ReportPage::retranslate()
{
    m_heading->setText(tr("Executive report"));
    m_periodLabel->setText(tr("&Period:"));
    fillPeriods();
    m_languageLabel->setText(tr("&Language:"));
    m_language->setToolTip(tr("The report's language; the window keeps its own."));
    m_preparedByLabel->setText(tr("Prepared &by:"));
    m_preparedBy->setPlaceholderText(tr("Left blank to sign by hand"));
    m_print->setText(tr("Print…"));
    m_print->setToolTip(tr("Print the report (%1)").arg(shortcutText(m_printAction->shortcut())));
    m_save->setText(tr("Save as PDF…"));
    m_save->setToolTip(
        tr("Save the report as a PDF file (%1)").arg(shortcutText(m_saveAction->shortcut())));
    updateStatus();
    m_historyTitle->setText(tr("Earlier reports"));
    m_historyEmpty->setText(tr("No report has been saved or printed yet. Each one is listed "
                               "here with its score, to compare with the next."));
    m_historyView->setToolTip(
        tr("Enter or double-click opens the PDF; Delete removes the entry from the history."));
    m_remove->setText(tr("Remove from history"));
    m_remove->setToolTip(tr("Remove the selected entry (Delete). The PDF file stays."));
    m_fitWidth->setText(tr("Fit width"));
    m_fitPage->setText(tr("Whole page"));
    m_zoomOut->setText(tr("Zoom out"));
    m_zoomOut->setToolTip(tr("Zoom out (%1)").arg(shortcutText(m_zoomOutAction->shortcut())));
    m_zoomIn->setText(tr("Zoom in"));
    m_zoomIn->setToolTip(tr("Zoom in (%1)").arg(shortcutText(m_zoomInAction->shortcut())));
    m_previous->setToolTip(tr("Previous page"));
    m_next->setToolTip(tr("Next page"));
    m_previewError->setText(tr("The report cannot be made:\n%1").arg(m_buildError));
    updatePageControls();
}

} // namespace ui
} // namespace kamae

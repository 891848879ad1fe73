#include "report/ReportPreviewPane.h"

#include "report/ReportPageText.h"
#include "report/ReportRenderer.h"
#include "widgets/FlowLayout.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QLabel>
#include <QPainter>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace kamae {
namespace ui {

namespace {
constexpr int kRepaintDelayMs = 250;
} // namespace

ReportPreviewPane::ReportPreviewPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("previewPane"));
    // A PDF printer gives the page's geometry without asking the print
    // system, at writePdf's resolution: the preview breaks lines and pages
    // where the PDF does.
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setOutputFormat(QPrinter::PdfFormat);
    m_printer->setResolution(600);
    m_printer->setPageLayout(report::reportPageLayout());
    m_repaintTimer = new QTimer(this);
    m_repaintTimer->setSingleShot(true);
    m_repaintTimer->setInterval(kRepaintDelayMs);
    connect(m_repaintTimer, &QTimer::timeout, this, [this] {
        if (m_document)
            m_preview->updatePreview();
    });

    m_fitWidth = addToolButton(QStringLiteral("fitWidthButton"));
    m_fitWidth->setCheckable(true);
    m_fitPage = addToolButton(QStringLiteral("fitPageButton"));
    m_fitPage->setCheckable(true);
    m_zoomIn = addToolButton(QStringLiteral("zoomInButton"));
    m_zoomOut = addToolButton(QStringLiteral("zoomOutButton"));
    m_previous = addToolButton(QStringLiteral("previousPageButton"));
    // Arrow buttons draw their arrow only without a text style.
    m_previous->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_previous->setArrowType(Qt::LeftArrow);
    m_next = addToolButton(QStringLiteral("nextPageButton"));
    m_next->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_next->setArrowType(Qt::RightArrow);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    // On a narrow window the page turning goes under the zoom.
    auto *toolbar = new FlowLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->setHorizontalSpacing(2);
    toolbar->setVerticalSpacing(2);
    toolbar->addWidget(m_fitWidth);
    toolbar->addWidget(m_fitPage);
    toolbar->addWidget(m_zoomOut);
    toolbar->addWidget(m_zoomIn);
    toolbar->addStretch();
    toolbar->addWidget(m_previous);
    toolbar->addWidget(m_pageLabel);
    toolbar->addWidget(m_next);

    m_stack = new QStackedWidget(this);
    m_preview = new QPrintPreviewWidget(m_printer.get(), m_stack);
    m_preview->setObjectName(QStringLiteral("previewWidget"));
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->fitToWidth();
    m_stack->addWidget(m_preview);
    m_error = makeWrappedLabel(m_stack, QStringLiteral("previewError"));
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setMargin(24);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_stack->addWidget(m_error);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(toolbar);
    layout->addWidget(m_stack, 1);

    // Actions rather than button shortcuts, which a button's setText()
    // replaces with its mnemonic.
    m_zoomInAction = new QAction(this);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, m_zoomIn, &QToolButton::click);
    addAction(m_zoomInAction);
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_zoomOut, &QToolButton::click);
    addAction(m_zoomOutAction);

    // The preview does not announce a change of zoom mode, nor a page turned
    // by setCurrentPage() (only one scrolled to): the controls follow here.
    onClick(m_fitWidth, [this] { m_preview->fitToWidth(); });
    onClick(m_fitPage, [this] { m_preview->fitInView(); });
    onClick(m_zoomIn, [this] { m_preview->zoomIn(); });
    onClick(m_zoomOut, [this] { m_preview->zoomOut(); });
    onClick(m_previous, [this] { m_preview->setCurrentPage(m_preview->currentPage() - 1); });
    onClick(m_next, [this] { m_preview->setCurrentPage(m_preview->currentPage() + 1); });
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this,
            &ReportPreviewPane::updateControls);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (!m_document)
            return;
        QPainter painter;
        if (!painter.begin(printer))
            return;
        report::paintDocument(*m_document, *printer, painter);
        painter.end();
    });

    retranslate();
    onLanguageChange(this, [this] { retranslate(); });
}

ReportPreviewPane::~ReportPreviewPane()
{
    // The preview draws on m_printer: it goes first.
    delete m_preview;
    m_preview = nullptr;
}

QToolButton *ReportPreviewPane::addToolButton(const QString &name)
{
    auto *button = new QToolButton(this);
    button->setObjectName(name);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

void ReportPreviewPane::onClick(QToolButton *button, std::function<void()> step)
{
    connect(button, &QToolButton::clicked, this, [this, step = std::move(step)] {
        step();
        updateControls();
    });
}

void ReportPreviewPane::showDocument(const report::Document *document)
{
    m_repaintTimer->stop();
    m_document = document;
    m_problem.clear();
    m_stack->setCurrentWidget(m_preview);
    m_preview->updatePreview();
    retranslate();
}

void ReportPreviewPane::showProblem(const QString &reason)
{
    m_repaintTimer->stop();
    m_document = nullptr;
    m_problem = reason;
    m_stack->setCurrentWidget(m_error);
    retranslate();
}

void ReportPreviewPane::repaintSoon()
{
    if (isVisible())
        m_repaintTimer->start();
}

void ReportPreviewPane::updateControls()
{
    const bool shown = m_document != nullptr;
    const int pages = shown ? m_preview->pageCount() : 0;
    const int page = shown ? m_preview->currentPage() : 0;
    m_pageLabel->setText(pages > 0 ? ReportPageText::tr("Page %1 of %2").arg(page).arg(pages)
                                   : QString());
    m_previous->setEnabled(pages > 0 && page > 1);
    m_next->setEnabled(pages > 0 && page < pages);
    for (QToolButton *b : {m_fitWidth, m_fitPage, m_zoomIn, m_zoomOut})
        b->setEnabled(shown);
    m_fitWidth->setChecked(m_preview->zoomMode() == QPrintPreviewWidget::FitToWidth);
    m_fitPage->setChecked(m_preview->zoomMode() == QPrintPreviewWidget::FitInView);
}

void ReportPreviewPane::retranslate()
{
    m_fitWidth->setText(ReportPageText::tr("Fit width"));
    m_fitPage->setText(ReportPageText::tr("Whole page"));
    m_zoomOut->setText(ReportPageText::tr("Zoom out"));
    m_zoomOut->setToolTip(
        ReportPageText::tr("Zoom out (%1)").arg(shortcutText(m_zoomOutAction->shortcut())));
    m_zoomIn->setText(ReportPageText::tr("Zoom in"));
    m_zoomIn->setToolTip(
        ReportPageText::tr("Zoom in (%1)").arg(shortcutText(m_zoomInAction->shortcut())));
    m_previous->setToolTip(ReportPageText::tr("Previous page"));
    m_next->setToolTip(ReportPageText::tr("Next page"));
    m_error->setText(ReportPageText::tr("The report cannot be made:\n%1").arg(m_problem));
    updateControls();
}

} // namespace ui
} // namespace kamae

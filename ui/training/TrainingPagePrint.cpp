#include "core/Clock.h"
#include "i18n/Language.h"
#include "report/TrainingPdf.h"
#include "training/TrainingListPanel.h"
#include "training/TrainingPage.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

namespace kamae {
namespace ui {

namespace {

// Writing 300 people's matrix takes a few hundred milliseconds: the cursor
// says so.
struct WaitCursor
{
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(WaitCursor)
};

} // namespace

void TrainingPage::setUpPrinting()
{
    m_coveragePdf = new QAction(this);
    connect(m_coveragePdf, &QAction::triggered, this, &TrainingPage::saveCoveragePdf);
    auto *corner = new QToolButton(m_tabs);
    corner->setObjectName(QStringLiteral("coveragePdfButton"));
    corner->setDefaultAction(m_coveragePdf);
    corner->setAutoRaise(true);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);
    connect(m_sessions->action(SessionCertificates), &QAction::triggered, this,
            &TrainingPage::saveCertificatesPdf);
    addContextAction(m_sessions->view(), m_sessions->action(SessionCertificates));
}

void TrainingPage::retranslatePrinting()
{
    m_coveragePdf->setText(tr("Coverage matrix (PDF)…"));
    m_coveragePdf->setToolTip(tr("Save the people × courses matrix on A4, to print or to file"));
    m_sessions->action(SessionCertificates)->setText(tr("Certificates (PDF)…"));
    m_sessions->action(SessionCertificates)
        ->setToolTip(tr("Save a certificate of completion for everyone who completed the "
                        "selected session"));
}

void TrainingPage::saveCoveragePdf()
{
    training::CoverageSheetOptions options;
    options.language = i18n::currentLanguage();
    options.asOf = clock::today();
    auto sheet = training::buildCoverageSheet(database(), options);
    if (!sheet) {
        messageBar()->showError(sheet.error());
        return;
    }
    const QString path = filedialogs::saveFile(this, FileKind::Report, tr("Save coverage matrix"),
                                               sheet->fileName, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveCoveragePdfTo(path);
}

bool TrainingPage::saveCoveragePdfTo(const QString &path)
{
    training::CoverageSheetOptions options;
    options.language = i18n::currentLanguage();
    options.asOf = clock::today();
    auto sheet = training::buildCoverageSheet(database(), options);
    if (!sheet) {
        messageBar()->showError(sheet.error());
        return false;
    }
    WaitCursor wait;
    const auto pages = report::writeCoveragePdf(sheet.value(), path);
    if (!pages) {
        messageBar()->showError(pages.error());
        return false;
    }
    messageBar()->showInfo(
        tr("Saved %1 (%n page(s)).", nullptr, pages.value()).arg(QDir::toNativeSeparators(path)));
    return true;
}

void TrainingPage::saveCertificatesPdf()
{
    const domain::TrainingSession *session = currentSession();
    if (!session)
        return;
    training::CertificateOptions options;
    options.language = i18n::currentLanguage();
    options.issued = clock::today();
    options.sessionId = session->id;
    auto batch = training::buildCertificates(database(), options);
    if (!batch) {
        messageBar()->showError(batch.error());
        return;
    }
    const QString path = filedialogs::saveFile(this, FileKind::Report, tr("Save certificates"),
                                               batch->fileName, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveCertificatesPdfTo(path);
}

bool TrainingPage::saveCertificatesPdfTo(const QString &path)
{
    const domain::TrainingSession *session = currentSession();
    if (!session)
        return false;
    training::CertificateOptions options;
    options.language = i18n::currentLanguage();
    options.issued = clock::today();
    options.sessionId = session->id;
    auto batch = training::buildCertificates(database(), options);
    if (!batch) {
        messageBar()->showError(batch.error());
        return false;
    }
    WaitCursor wait;
    const auto pages = report::writeCertificatesPdf(batch.value(), path);
    if (!pages) {
        messageBar()->showError(pages.error());
        return false;
    }
    messageBar()->showInfo(
        tr("Saved %1 (%n page(s)).", nullptr, pages.value()).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace ui
} // namespace kamae

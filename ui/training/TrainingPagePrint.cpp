#include "core/Clock.h"
#include "i18n/Language.h"
#include "training/report/TrainingPdf.h"
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

namespace {

training::CoverageSheetOptions coverageOptions()
{
    return {i18n::currentLanguage(), clock::today()};
}

training::CertificateOptions certificateOptions(qint64 sessionId)
{
    training::CertificateOptions options;
    options.language = i18n::currentLanguage();
    options.issued = clock::today();
    options.sessionId = sessionId;
    return options;
}

} // namespace

// Builds the printout's content (`built`: reads the vault, in the window's
// language), asks where to save it when `path` is empty, then writes it
// (`write`) and says so.
template <typename Content, typename Write>
bool TrainingPage::savePdf(const Result<Content> &built, QString path, const QString &caption,
                           Write write)
{
    if (!built) {
        messageBar()->showError(built.error());
        return false;
    }
    if (path.isEmpty())
        path = filedialogs::saveFile(this, FileKind::Report, caption, built->fileName,
                                     tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    WaitCursor wait;
    const Result<int> pages = write(built.value(), path);
    if (!pages) {
        messageBar()->showError(pages.error());
        return false;
    }
    messageBar()->showInfo(
        tr("Saved %1 (%n page(s)).", nullptr, pages.value()).arg(QDir::toNativeSeparators(path)));
    return true;
}

void TrainingPage::saveCoveragePdf()
{
    saveCoveragePdfTo({});
}

bool TrainingPage::saveCoveragePdfTo(const QString &path)
{
    return savePdf(training::buildCoverageSheet(database(), coverageOptions()), path,
                   tr("Save coverage matrix"), report::writeCoveragePdf);
}

void TrainingPage::saveCertificatesPdf()
{
    saveCertificatesPdfTo({});
}

bool TrainingPage::saveCertificatesPdfTo(const QString &path)
{
    const domain::TrainingSession *session = currentSession();
    if (!session)
        return false;
    return savePdf(training::buildCertificates(database(), certificateOptions(session->id)), path,
                   tr("Save certificates"), report::writeCertificatesPdf);
}

} // namespace ui
} // namespace kamae

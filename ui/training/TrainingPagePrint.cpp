#include "core/Clock.h"
#include "i18n/Language.h"
#include "training/TrainingListPanel.h"
#include "training/TrainingPage.h"
#include "training/report/TrainingPdf.h"
#include "widgets/MessageBar.h"
#include "widgets/PdfSaving.h"

#include <QAction>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

namespace kamae {
namespace ui {

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

void TrainingPage::saveCoveragePdf()
{
    saveCoveragePdfTo({});
}

bool TrainingPage::saveCoveragePdfTo(const QString &path)
{
    return savePdf(this, messageBar(), training::buildCoverageSheet(database(), coverageOptions()),
                   path, tr("Save coverage matrix"), report::writeCoveragePdf);
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
    return savePdf(this, messageBar(),
                   training::buildCertificates(database(), certificateOptions(session->id)), path,
                   tr("Save certificates"), report::writeCertificatesPdf);
}

} // namespace ui
} // namespace kamae

#include "report/ReportOutput.h"

#include "core/Clock.h"
#include "report/Report.h"
#include "report/ReportPageText.h"
#include "report/ReportRenderer.h"
#include "widgets/FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

namespace kamae {
namespace ui {

QString askPdfPath(QWidget *parent, const QString &language, const QString &company)
{
    const QString folder = filedialogs::startFolder(FileKind::Report);
    // 情報セキュリティ報告書_会社名_YYYYMMDD.pdf in the report's language.
    const QString name = report::defaultFileName(language, company, clock::today());
    QFileDialog dialog(parent, ReportPageText::tr("Save the report as PDF"), folder,
                       ReportPageText::tr("PDF files (*.pdf)"));
    dialog.setObjectName(QStringLiteral("savePdfDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    dialog.selectFile(QDir(folder).filePath(name));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    QString path = dialog.selectedFiles().constFirst();
    // A native dialog may ignore the default suffix.
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    return path;
}

std::optional<int> printOnPaper(QWidget *parent, const report::Document &document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(report::reportPageLayout());
    printer.setDocName(document.title);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printDialog"));
    dialog.setWindowTitle(ReportPageText::tr("Print the report"));
    // The report prints whole, on A4: no page ranges, no other paper.
    dialog.setOptions(QAbstractPrintDialog::PrintToFile | QAbstractPrintDialog::PrintCollateCopies);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QPainter painter;
    if (!painter.begin(&printer)) {
        QMessageBox::warning(parent, ReportPageText::tr("Report not printed"),
                             ReportPageText::tr("The printer “%1” could not be started.")
                                 .arg(printer.printerName()));
        return std::nullopt;
    }
    const int pages = report::paintDocument(document, printer, painter);
    if (!painter.end()) {
        QMessageBox::warning(parent, ReportPageText::tr("Report not printed"),
                             ReportPageText::tr("The report could not be sent to the printer "
                                                "“%1”.")
                                 .arg(printer.printerName()));
        return std::nullopt;
    }
    return pages;
}

} // namespace ui
} // namespace kamae

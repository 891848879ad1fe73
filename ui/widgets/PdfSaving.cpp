#include "widgets/PdfSaving.h"

#include "widgets/FileDialogs.h"
#include "widgets/MessageBar.h"

#include <QCoreApplication>
#include <QDir>

namespace kamae {
namespace ui {

namespace {
struct PdfSavingText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::PdfSaving)
};
} // namespace

namespace pdfsaving {

QString choosePath(QWidget *parent, const QString &path, const QString &caption,
                   const QString &fileName)
{
    if (!path.isEmpty())
        return path;
    return filedialogs::saveFile(parent, FileKind::Report, caption, fileName,
                                 PdfSavingText::tr("PDF files (*.pdf)"));
}

bool report(MessageBar *bar, const Result<int> &pages, const QString &path)
{
    if (!pages) {
        bar->showError(pages.error());
        return false;
    }
    bar->showInfo(PdfSavingText::tr("Saved %1 (%n page(s)).", nullptr, pages.value())
                      .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace pdfsaving
} // namespace ui
} // namespace kamae

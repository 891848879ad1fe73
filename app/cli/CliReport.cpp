#include "cli/CliSupport.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "report/Report.h"
#include "score/Score.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

namespace kamae {
namespace cli {

int runReport(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const QString usage = Cli::tr("Usage: kamae report VAULT --out FILE.pdf|DIR [--lang ja|en] "
                                  "[--period 90d|quarter|year] [--prepared-by NAME]");
    if (inv.positional.size() != 1 || inv.value(QStringLiteral("out")).isEmpty())
        return fail(err, usage, UsageError);
    report::ReportOptions options;
    // --lang (checked by run()) sets the report's language and the messages'.
    options.language = i18n::currentLanguage();
    if (inv.has(QStringLiteral("period"))) {
        const auto period = report::periodFromKey(inv.value(QStringLiteral("period")));
        if (!period)
            return fail(err, Cli::tr("--period must be 90d, quarter or year."), UsageError);
        options.period = *period;
    }
    options.preparedBy = inv.value(QStringLiteral("prepared-by"));
    // Fonts and painting need a QGuiApplication (main() makes one for this
    // command, on the offscreen platform when there is no display).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(err, Cli::tr("The report needs Qt's GUI library to lay out its pages."));

    int rc = Success;
    auto v = unlock(inv, err, vault::OpenMode::ReadWrite, &rc);
    if (!v)
        return rc;
    options.vaultName = QFileInfo(v->path()).fileName();
    auto built = report::buildReport(v->database(), options, clock::today());
    if (!built)
        return fail(err, built.error());
    // An existing folder gets the report's default name
    // (情報セキュリティ報告書_会社名_YYYYMMDD.pdf), as the Report page proposes.
    const QFileInfo target(inv.value(QStringLiteral("out")));
    const QString path =
        target.isDir() ? QDir(target.absoluteFilePath())
                             .filePath(report::defaultFileName(
                                 built->document.language, built->document.company, clock::today()))
                       : target.absoluteFilePath();
    auto pages = report::writePdf(built->document, path);
    if (!pages)
        return fail(err, pages.error(), WriteFailed);
    if (auto recorded = report::recordIssued(v->database(), *built, path, *pages); !recorded)
        return fail(err, recorded.error());
    if (vault::VaultStatus saved = saveChanges(*v, err); !saved)
        return fail(err, saved);
    out << Cli::tr("Wrote %1 (%n page(s)), score %2.", nullptr, *pages)
               .arg(QDir::toNativeSeparators(path))
               .arg(score::displayedScore(built->record.total))
        << Qt::endl;
    return Success;
}

} // namespace cli
} // namespace kamae

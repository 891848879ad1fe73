#include "incidents/report/IncidentPrintCommands.h"

#include "core/Clock.h"
#include "incidents/report/IncidentPdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

namespace kamae {
namespace report {

namespace {

struct IncidentPrintCommandText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::incidents::IncidentCommands)
};

constexpr const char *kContext = "kamae::incidents::IncidentCommands";

const char *const kReportUsage =
    QT_TRANSLATE_NOOP("kamae::incidents::IncidentCommands",
                      "Usage: kamae incidents report VAULT ID --out FILE.pdf|DIR [--lang ja|en]");
const char *const kCardUsage = QT_TRANSLATE_NOOP(
    "kamae::incidents::IncidentCommands",
    "Usage: kamae incidents card VAULT --out FILE.pdf|DIR [--lang ja|en] [--size a4|wallet]");

QString usage(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

int run(modules::CommandCall &call, IncidentPrintPart part, const char *usageText)
{
    const QString out = call.value(QStringLiteral("out"));
    const int arguments = part == IncidentPrintPart::Report ? 2 : 1;
    if (call.positional().size() != arguments || out.isEmpty())
        return call.fail(usage(usageText), modules::CommandError::Usage);
    incidents::IncidentPrintOptions options;
    options.today = clock::today();
    // --lang (checked by the command line) is the printout's language, as
    // it is the messages'; without it, the language Kamae speaks.
    if (call.has(QStringLiteral("lang")))
        options.language = call.value(QStringLiteral("lang"));
    if (part == IncidentPrintPart::Report) {
        bool ok = false;
        options.incident = call.positional().at(1).toLongLong(&ok);
        if (!ok || options.incident < 1)
            return call.fail(IncidentPrintCommandText::tr("\"%1\" is not an incident number "
                                                          "(see kamae incidents list).")
                                 .arg(call.positional().at(1)),
                             modules::CommandError::Usage);
    }
    if (call.has(QStringLiteral("size"))) {
        const QString size = call.value(QStringLiteral("size"));
        if (size == QLatin1String("a4"))
            part = IncidentPrintPart::Card;
        else if (size == QLatin1String("wallet"))
            part = IncidentPrintPart::WalletCard;
        else
            return call.fail(IncidentPrintCommandText::tr("--size must be a4 or wallet."),
                             modules::CommandError::Usage);
    }
    // Fonts and painting need a QGuiApplication (main() makes one for the
    // printing commands, on the offscreen platform when there is no display).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return call.fail(
            IncidentPrintCommandText::tr("Printing needs Qt's GUI library to lay out its pages."));
    store::Database *db = call.openVault(false);
    if (!db)
        return call.exitCode();
    auto job = buildIncidentPrint(*db, part, options);
    if (!job) {
        if (job.code() == ErrorCode::NotFound)
            return call.fail(IncidentPrintCommandText::tr("There is no incident %1 (see kamae "
                                                          "incidents list).")
                                 .arg(options.incident),
                             modules::CommandError::Usage);
        return call.fail(job.error());
    }
    // An existing folder gets the printout's default name.
    const QFileInfo target(out);
    const QString path = target.isDir() ? QDir(target.absoluteFilePath()).filePath(job->fileName())
                                        : target.absoluteFilePath();
    const auto pages = writeIncidentPrint(*job, path);
    if (!pages)
        return call.fail(pages.error(), modules::CommandError::WriteFailed);
    call.out() << IncidentPrintCommandText::tr("Wrote %1 (%n page(s)).", nullptr, *pages)
                      .arg(QDir::toNativeSeparators(path))
               << '\n';
    return 0;
}

int reportCommand(modules::CommandCall &call)
{
    return run(call, IncidentPrintPart::Report, kReportUsage);
}

int cardCommand(modules::CommandCall &call)
{
    return run(call, IncidentPrintPart::Card, kCardUsage);
}

} // namespace

QVector<modules::Command> incidentPrintCommands()
{
    modules::Command report;
    report.command = "incidents";
    report.sub = "report";
    report.valued = {QStringLiteral("out")};
    report.context = kContext;
    report.usage = kReportUsage;
    report.help =
        QT_TRANSLATE_NOOP("kamae::incidents::IncidentCommands",
                          "  incidents report VAULT ID --out FILE.pdf|DIR [--lang ja|en]\n"
                          "                             the report of one incident for "
                          "the police, the insurer\n"
                          "                             or a partner (A4): timeline, "
                          "legal clock, steps done\n");
    report.run = reportCommand;

    modules::Command card;
    card.command = "incidents";
    card.sub = "card";
    card.valued = {QStringLiteral("out"), QStringLiteral("size")};
    card.context = kContext;
    card.usage = kCardUsage;
    card.help = QT_TRANSLATE_NOOP("kamae::incidents::IncidentCommands",
                                  "  incidents card VAULT --out FILE.pdf|DIR [--lang ja|en] "
                                  "[--size a4|wallet]\n"
                                  "                             the incident card: first steps "
                                  "and the numbers to call,\n"
                                  "                             on one A4 page or as wallet "
                                  "cards (five per page)\n");
    card.run = cardCommand;
    return {report, card};
}

} // namespace report
} // namespace kamae

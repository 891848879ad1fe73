#include "bcp/report/BcpPrintCommands.h"

#include "bcp/report/BcpPdf.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

namespace kamae {
namespace report {

namespace {

struct BcpPrintCommandText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::bcp::BcpCommands)
};

constexpr const char *kContext = "kamae::bcp::BcpCommands";

const char *const kPrintUsage = QT_TRANSLATE_NOOP(
    "kamae::bcp::BcpCommands",
    "Usage: kamae bcp print VAULT --out FILE.pdf|DIR [--lang ja|en] [--version N] "
    "[--part binder|card|calltree|meti]");
const char *const kCardUsage = QT_TRANSLATE_NOOP(
    "kamae::bcp::BcpCommands", "Usage: kamae bcp card VAULT --out FILE.pdf|DIR [--lang ja|en]");

QString usage(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

int run(modules::CommandCall &call, bcp::PrintPart part, const char *usageText)
{
    const QString out = call.value(QStringLiteral("out"));
    if (call.positional().size() != 1 || out.isEmpty())
        return call.fail(usage(usageText), modules::CommandError::Usage);
    bcp::PrintOptions options;
    options.today = clock::today();
    // --lang (checked by the command line) is the printout's language;
    // without it, the plan's own.
    if (call.has(QStringLiteral("lang")))
        options.language = call.value(QStringLiteral("lang"));
    if (call.has(QStringLiteral("version"))) {
        bool ok = false;
        options.version = call.value(QStringLiteral("version")).toInt(&ok);
        if (!ok || options.version < 1)
            return call.fail(
                BcpPrintCommandText::tr("--version must be the number of a published version."),
                modules::CommandError::Usage);
    }
    if (call.has(QStringLiteral("part"))) {
        const QString name = call.value(QStringLiteral("part"));
        if (name == QLatin1String("binder"))
            part = bcp::PrintPart::Binder;
        else if (name == QLatin1String("card"))
            part = bcp::PrintPart::Card;
        else if (name == QLatin1String("calltree"))
            part = bcp::PrintPart::CallTree;
        else if (name == QLatin1String("meti"))
            part = bcp::PrintPart::Meti;
        else
            return call.fail(
                BcpPrintCommandText::tr("--part must be binder, card, calltree or meti."),
                modules::CommandError::Usage);
    }
    // Fonts and painting need a QGuiApplication (main() makes one for the
    // printing commands, on the offscreen platform when there is no display).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return call.fail(
            BcpPrintCommandText::tr("Printing needs Qt's GUI library to lay out its pages."));
    store::Database *db = call.openVault(false);
    if (!db)
        return call.exitCode();
    auto job = buildBcpPrint(*db, part, options);
    if (!job) {
        if (job.code() == ErrorCode::NotFound && options.version > 0)
            return call.fail(
                BcpPrintCommandText::tr("There is no published version %1 of the plan.")
                    .arg(options.version),
                modules::CommandError::Usage);
        return call.fail(job.error());
    }
    // An existing folder gets the printout's default name.
    const QFileInfo target(out);
    const QString path = target.isDir() ? QDir(target.absoluteFilePath()).filePath(job->fileName())
                                        : target.absoluteFilePath();
    const auto pages = writeBcpPrint(*job, path);
    if (!pages)
        return call.fail(pages.error(), modules::CommandError::WriteFailed);
    call.out() << BcpPrintCommandText::tr("Wrote %1 (%n page(s)).", nullptr, *pages)
                      .arg(QDir::toNativeSeparators(path))
               << '\n';
    return 0;
}

int printCommand(modules::CommandCall &call)
{
    return run(call, bcp::PrintPart::Binder, kPrintUsage);
}

int cardCommand(modules::CommandCall &call)
{
    return run(call, bcp::PrintPart::Card, kCardUsage);
}

} // namespace

QVector<modules::Command> bcpPrintCommands()
{
    modules::Command print;
    print.command = "bcp";
    print.sub = "print";
    print.valued = {QStringLiteral("out"), QStringLiteral("version"), QStringLiteral("part")};
    print.context = kContext;
    print.usage = kPrintUsage;
    print.help = QT_TRANSLATE_NOOP("kamae::bcp::BcpCommands",
                                   "  bcp print VAULT --out FILE.pdf|DIR [--lang ja|en] [--version "
                                   "N]\n"
                                   "            [--part binder|card|calltree|meti]\n"
                                   "                             the BCP on A4 in the plan's "
                                   "language: the binder\n"
                                   "                             (default), the emergency card, "
                                   "the call tree or\n"
                                   "                             the 事業継続力強化計画 draft; "
                                   "the draft unless\n"
                                   "                             --version names a published "
                                   "one\n");
    print.run = printCommand;

    modules::Command card;
    card.command = "bcp";
    card.sub = "card";
    card.valued = {QStringLiteral("out")};
    card.context = kContext;
    card.usage = kCardUsage;
    card.help = QT_TRANSLATE_NOOP("kamae::bcp::BcpCommands",
                                  "  bcp card VAULT --out FILE.pdf|DIR [--lang ja|en]\n"
                                  "                             the employee emergency card "
                                  "(様式04), two per A4\n"
                                  "                             page with a cut line\n");
    card.run = cardCommand;
    return {print, card};
}

} // namespace report
} // namespace kamae

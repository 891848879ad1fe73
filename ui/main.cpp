#include "cli/Cli.h"
#include "i18n/Language.h"
#include "settings/AppSettings.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kamae"));
    QCoreApplication::setApplicationName(QStringLiteral("Kamae"));
    // KAMAE_FULL_VERSION adds the git commit between releases.
    QCoreApplication::setApplicationVersion(QStringLiteral(KAMAE_FULL_VERSION));
}

QStringList rawArguments(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

bool haveDisplay()
{
#if defined(Q_OS_LINUX)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = rawArguments(argc, argv);
    if (kamae::cli::needsGuiApplication(arguments)) {
        // The report lays out fonts and pages but never opens a window.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return kamae::cli::run(QCoreApplication::arguments(), out, err);
    }
    if (kamae::cli::isCommandLine(arguments)) {
        // Subcommands never need a display.
        QCoreApplication app(argc, argv);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return kamae::cli::run(QCoreApplication::arguments(), out, err);
    }

    if (!haveDisplay()) {
        std::fprintf(stderr, "kamae: no display found (DISPLAY is not set). The window needs a "
                             "desktop; see \"kamae --help\" for what works without one.\n");
        return 1;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Kamae"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kamae.svg")));
    kamae::i18n::applyLanguage(kamae::AppSettings::language());

    kamae::ui::MainWindow window;
    window.show();
    bool opensWindow = false;
    const QString path =
        kamae::cli::windowVaultArgument(QCoreApplication::arguments(), &opensWindow);
    if (!path.isEmpty())
        QTimer::singleShot(0, &window, [&window, path] { window.openVault(path); });
    return app.exec();
}

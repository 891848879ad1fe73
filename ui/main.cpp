#include "cli/Cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kamae"));
    QCoreApplication::setApplicationName(QStringLiteral("Kamae"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAMAE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return kamae::cli::run(app.arguments(), out, err);
}

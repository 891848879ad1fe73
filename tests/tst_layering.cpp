#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <functional>

namespace {

// The layer rules of DESIGN.md, checked on the #include lines of app/:
// the core never reaches for widgets, charts or the UI, and only the
// vault's implementation files see the crypto library.
struct Rule
{
    QRegularExpression include;
    const char *why;
};

// By name, so that the rules hold even where Qt's headers are elsewhere.
const QVector<Rule> &namedRules()
{
    static const QVector<Rule> rules = {
        {QRegularExpression(QStringLiteral("^(\\.\\./)*ui/")), "a ui/ header"},
        {QRegularExpression(QStringLiteral("^(QtWidgets|QtCharts|QtPrintSupport)\\b")),
         "a widget module"},
        {QRegularExpression(QStringLiteral("^QWidget\\b")), "QWidget"},
        {QRegularExpression(QStringLiteral("^Q\\w*Dialog\\b")), "a dialog"},
        {QRegularExpression(QStringLiteral("^QMainWindow\\b")), "QMainWindow"},
        {QRegularExpression(QStringLiteral("^QChart")), "a chart"},
    };
    return rules;
}

QSet<QString> headersOf(const QString &module)
{
    const QDir dir(QLibraryInfo::path(QLibraryInfo::HeadersPath) + QLatin1Char('/') + module);
    const QStringList names = dir.entryList(QDir::Files);
    return QSet<QString>(names.begin(), names.end());
}

// Every header of the widget modules (QMessageBox, QPushButton, ...), minus
// the compatibility names Qt 6 also keeps in Core and Gui (qaction.h).
const QSet<QString> &widgetHeaders()
{
    static const QSet<QString> headers = [] {
        QSet<QString> forbidden = headersOf(QStringLiteral("QtWidgets"))
                                      .unite(headersOf(QStringLiteral("QtCharts")))
                                      .unite(headersOf(QStringLiteral("QtPrintSupport")));
        for (const char *allowed : {"QtCore", "QtGui", "QtSql"})
            forbidden.subtract(headersOf(QString::fromLatin1(allowed)));
        return forbidden;
    }();
    return headers;
}

// Calls onLine(number, text) for each line of an app/ file; a file that
// cannot be read is itself an offence.
void forEachLine(const QString &path, const QString &relative, QStringList &found,
                 const std::function<void(int, const QString &)> &onLine)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        found << QStringLiteral("app/%1: cannot be read").arg(relative);
        return;
    }
    int number = 0;
    while (!file.atEnd())
        onLine(++number, QString::fromUtf8(file.readLine()));
}

// Every offence as "app/path:line: #include ... (reason)".
QStringList violations(const QString &root, int *scanned = nullptr)
{
    static const QRegularExpression includeLine(
        QStringLiteral("^\\s*#\\s*include\\s*([\"<])([^\">]+)[\">]"));
    static const QRegularExpression botan(QStringLiteral("^(botan/|zstd\\.h$|zlib\\.h$)"));
    QStringList found;
    QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (scanned)
            ++*scanned;
        const QString relative = QDir(root).relativeFilePath(path);
        // Only the vault's own .cpp files may use the crypto and compression
        // libraries; its headers must not leak them to their includers.
        const bool botanAllowed = relative.startsWith(QLatin1String("vault/")) &&
                                  relative.endsWith(QLatin1String(".cpp"));
        forEachLine(path, relative, found, [&](int number, const QString &line) {
            const QRegularExpressionMatch m = includeLine.match(line);
            if (!m.hasMatch())
                return;
            const QString target = m.captured(2);
            const auto report = [&](const char *why) {
                found << QStringLiteral("app/%1:%2: #include %3 (%4)")
                             .arg(relative)
                             .arg(number)
                             .arg(target, QLatin1String(why));
            };
            for (const Rule &rule : namedRules()) {
                if (rule.include.match(target).hasMatch())
                    report(rule.why);
            }
            if (!target.contains(QLatin1Char('/')) && widgetHeaders().contains(target))
                report("a header of Qt Widgets, Charts or Print Support");
            if (!botanAllowed && botan.match(target).hasMatch())
                report("Botan or zstd outside app/vault/*.cpp");
        });
    }
    return found;
}

// The rank of each folder of app/ (docs/architecture.md, "Layers"). A file
// may include the headers of its own folder's rank or below, never above:
// the core knows no domain, the store no module, a module no report.
QHash<QString, int> fixedRanks()
{
    return {
        // The ground: results, the clock, files, languages, preferences.
        {QStringLiteral("core"), 0},
        {QStringLiteral("i18n"), 0},
        {QStringLiteral("settings"), 0},
        // Plain values and rules, file formats, feeds as parsed.
        {QStringLiteral("domain"), 1},
        {QStringLiteral("io"), 1},
        {QStringLiteral("feeds"), 1},
        // Storage and the vault file.
        {QStringLiteral("store"), 2},
        {QStringLiteral("vault"), 2},
        // The modules, their registry, and the modules to come.
        {QStringLiteral("patches"), 3},
        {QStringLiteral("backups"), 3},
        {QStringLiteral("reminders"), 3},
        {QStringLiteral("score"), 3},
        {QStringLiteral("modules"), 3},
        // What reads every module.
        {QStringLiteral("report"), 4},
        {QStringLiteral("demo"), 4},
        // The command line, on top.
        {QStringLiteral("cli"), 5},
    };
}

// The fixed ranks, and every module of app/modules/ModuleList.h (built or
// planned) at the modules' rank: a new module's folder needs no line here.
const QHash<QString, int> &folderRanks()
{
    static const QHash<QString, int> ranks = [] {
        QHash<QString, int> r = fixedRanks();
        QFile list(QStringLiteral(KAMAE_SOURCE_DIR "/app/modules/ModuleList.h"));
        if (list.open(QIODevice::ReadOnly)) {
            static const QRegularExpression line(
                QStringLiteral("^KAMAE_(?:MODULE|PLANNED)\\((\\w+)\\)"),
                QRegularExpression::MultilineOption);
            auto it = line.globalMatch(QString::fromUtf8(list.readAll()));
            while (it.hasNext())
                r.insert(it.next().captured(1), r.value(QStringLiteral("modules")));
        }
        return r;
    }();
    return ranks;
}

// The folder a path ranks by: its first, except a module's printouts
// (app/<module>/report/), which rank with app/report/ ("training/report").
QString rankFolder(const QString &relative)
{
    const QString first = relative.section(QLatin1Char('/'), 0, 0);
    const int modulesRank = fixedRanks().value(QStringLiteral("modules"));
    if (relative.section(QLatin1Char('/'), 1, 1) == QLatin1String("report") &&
        relative.count(QLatin1Char('/')) >= 2 && folderRanks().value(first, -1) == modulesRank)
        return first + QStringLiteral("/report");
    return first;
}

int rankOf(const QString &folder)
{
    return folder.endsWith(QLatin1String("/report")) ? fixedRanks().value(QStringLiteral("report"))
                                                     : folderRanks().value(folder, -1);
}

// Every include of a header ranked above its includer, and every folder the
// table does not know, as "app/path:line: ..." lines.
QStringList rankViolations(const QString &root, int *scanned = nullptr)
{
    static const QRegularExpression quoted(QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""));
    QStringList found;
    QSet<QString> unknown;
    QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        const QString folder = rankFolder(relative);
        if (!relative.contains(QLatin1Char('/')) || rankOf(folder) < 0) {
            const QString where =
                relative.contains(QLatin1Char('/')) ? folder + QLatin1Char('/') : relative;
            if (!unknown.contains(where)) {
                unknown.insert(where);
                found << QStringLiteral("app/%1: not in the rank table; add the folder to "
                                        "folderRanks() in tests/tst_layering.cpp and to the "
                                        "layers in docs/architecture.md")
                             .arg(where);
            }
            continue;
        }
        if (scanned)
            ++*scanned;
        const int rank = rankOf(folder);
        forEachLine(path, relative, found, [&](int number, const QString &line) {
            const QRegularExpressionMatch m = quoted.match(line);
            if (!m.hasMatch())
                return;
            const QString target = m.captured(1);
            if (!target.contains(QLatin1Char('/')))
                return; // beside the includer: the same folder
            const QString to = rankFolder(target);
            if (rankOf(to) < 0) {
                found << QStringLiteral("app/%1:%2: #include \"%3\" (not a folder of the rank "
                                        "table)")
                             .arg(relative)
                             .arg(number)
                             .arg(target);
            } else if (rankOf(to) > rank) {
                found << QStringLiteral("app/%1:%2: #include \"%3\" (%4/ ranks %5, above "
                                        "%6/ at %7)")
                             .arg(relative)
                             .arg(number)
                             .arg(target, to)
                             .arg(rankOf(to))
                             .arg(folder)
                             .arg(rank);
            }
        });
    }
    return found;
}

// Every place below root that asks the system clock itself instead of
// core/Clock, whose test seam then cannot fix the day: "path:line: call".
QStringList clockBypasses(const QString &root, int *scanned = nullptr)
{
    static const QRegularExpression call(
        QStringLiteral("\\b(QDate::currentDate|QDateTime::currentDateTime(Utc)?|"
                       "QDateTime::currentMSecsSinceEpoch|QDateTime::currentSecsSinceEpoch)\\b"));
    QStringList found;
    QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (relative == QLatin1String("core/Clock.cpp"))
            continue;
        if (scanned)
            ++*scanned;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found << relative + QStringLiteral(": cannot be read");
            continue;
        }
        int number = 0;
        while (!file.atEnd()) {
            QString line = QString::fromUtf8(file.readLine());
            ++number;
            line = line.left(line.indexOf(QLatin1String("//"))); // comments may name it
            const QRegularExpressionMatch m = call.match(line);
            if (m.hasMatch())
                found << QStringLiteral("%1:%2: %3").arg(relative).arg(number).arg(m.captured(1));
        }
    }
    return found;
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { kamae::test::setTestApplication("tst_layering"); }

    void coreStaysBelowTheUi()
    {
        const QString app = QStringLiteral(KAMAE_SOURCE_DIR "/app");
        QVERIFY2(QFileInfo::exists(app + QStringLiteral("/vault/Vault.h")), qPrintable(app));
        // Building needs Qt's headers, so the module lists are never empty.
        QVERIFY(widgetHeaders().contains(QStringLiteral("QMessageBox")));
        QVERIFY(widgetHeaders().contains(QStringLiteral("QChartView")));
        QVERIFY(!widgetHeaders().contains(QStringLiteral("QPainter")));
        int scanned = 0;
        const QStringList found = violations(app, &scanned);
        // A scan that saw nothing would pass for the wrong reason.
        QVERIFY(scanned >= 20);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // Each folder of app/ includes only its own rank and below, and every
    // folder has a rank.
    void foldersKeepTheirRanks()
    {
        const QString app = QStringLiteral(KAMAE_SOURCE_DIR "/app");
        int scanned = 0;
        const QStringList found = rankViolations(app, &scanned);
        QVERIFY(scanned >= 100);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // The rank check itself, on a made-up tree.
    void rankCheckCatchesOffences()
    {
        QTemporaryDir dir;
        QDir root(dir.path());
        for (const char *folder :
             {"core", "store", "patches", "patches/report", "cli", "newmodule"})
            QVERIFY(root.mkpath(QString::fromLatin1(folder)));
        QVERIFY(kamae::test::writeFile(dir.filePath(QStringLiteral("patches/Good.cpp")),
                                       "#include \"patches/Good.h\"\n"
                                       "#include \"store/Database.h\"\n"
                                       "#include \"backups/BackupRules.h\"\n"
                                       "#include \"core/Result.h\"\n"
                                       "#include \"Local.h\"\n"
                                       "#include <QString>\n"));
        QVERIFY(kamae::test::writeFile(dir.filePath(QStringLiteral("store/Bad.cpp")),
                                       "#include \"store/Database.h\"\n"
                                       "#include \"patches/Matching.h\"\n"
                                       "// #include \"report/Report.h\" in a comment is fine\n"
                                       "#include \"cli/Cli.h\"\n"
                                       "#include \"elsewhere/Thing.h\"\n"));
        // A module's printouts rank with the report, and only they.
        QVERIFY(kamae::test::writeFile(dir.filePath(QStringLiteral("patches/report/Print.cpp")),
                                       "#include \"report/ReportText.h\"\n"
                                       "#include \"patches/Good.h\"\n"));
        QVERIFY(kamae::test::writeFile(dir.filePath(QStringLiteral("patches/Desk.cpp")),
                                       "#include \"patches/report/Print.h\"\n"));
        QVERIFY(kamae::test::writeFile(dir.filePath(QStringLiteral("core/Low.h")),
                                       "#include \"domain/Asset.h\"\n"));
        QVERIFY(kamae::test::writeFile(dir.filePath(QStringLiteral("cli/Top.cpp")),
                                       "#include \"report/Report.h\"\n"
                                       "#include \"i18n/Language.h\"\n"));
        QVERIFY(kamae::test::writeFile(dir.filePath(QStringLiteral("newmodule/A.cpp")),
                                       "#include \"core/Result.h\"\n"));
        QVERIFY(kamae::test::writeFile(dir.filePath(QStringLiteral("newmodule/B.cpp")), ""));
        const QStringList found = rankViolations(dir.path());
        const QString all = found.join(QLatin1Char('\n'));
        const auto has = [&](const QString &start) {
            return std::any_of(found.cbegin(), found.cend(),
                               [&](const QString &f) { return f.startsWith(start); });
        };
        QVERIFY2(!has(QStringLiteral("app/patches/Good.cpp")), qPrintable(all));
        QVERIFY2(!has(QStringLiteral("app/patches/report/")), qPrintable(all));
        QVERIFY2(has(QStringLiteral("app/patches/Desk.cpp:1: #include \"patches/report/Print.h\"")),
                 qPrintable(all));
        QVERIFY2(!has(QStringLiteral("app/cli/")), qPrintable(all));
        QVERIFY2(!has(QStringLiteral("app/store/Bad.cpp:1:")), qPrintable(all));
        QVERIFY2(has(QStringLiteral("app/store/Bad.cpp:2: #include \"patches/Matching.h\"")),
                 qPrintable(all));
        QVERIFY2(!has(QStringLiteral("app/store/Bad.cpp:3:")), qPrintable(all));
        QVERIFY2(has(QStringLiteral("app/store/Bad.cpp:4:")), qPrintable(all));
        QVERIFY2(has(QStringLiteral("app/store/Bad.cpp:5:")), qPrintable(all));
        QVERIFY2(has(QStringLiteral("app/core/Low.h:1:")), qPrintable(all));
        // An unknown folder is named once, with what to do about it.
        QCOMPARE(found.filter(QStringLiteral("app/newmodule/")).size(), 1);
        QVERIFY2(all.contains(QStringLiteral("app/newmodule/: not in the rank table; add the "
                                             "folder to folderRanks()")),
                 qPrintable(all));
        QCOMPARE(found.size(), 6);
    }

    // The date comes from core/Clock only, so that tests can fix it and
    // every part of Kamae agrees on the user's day.
    void theDateComesFromTheClock()
    {
        for (const char *folder : {KAMAE_SOURCE_DIR "/app", KAMAE_SOURCE_DIR "/ui"}) {
            int scanned = 0;
            const QStringList found = clockBypasses(QString::fromUtf8(folder), &scanned);
            QVERIFY(scanned >= 20);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        }
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("core")));
        QVERIFY(kamae::test::writeFile(dir.filePath(QStringLiteral("core/Clock.cpp")),
                                       "QDateTime::currentDateTimeUtc();\n"));
        QVERIFY(kamae::test::writeFile(dir.filePath(QStringLiteral("Page.cpp")),
                                       "// QDate::currentDate() in a comment is fine\n"
                                       "const QDate d = QDate::currentDate();\n"
                                       "auto t = QDateTime::currentDateTime();\n"
                                       "auto u = QDateTime::currentDateTimeUtc();\n"
                                       "auto c = clock::today();\n"));
        const QStringList found = clockBypasses(dir.path());
        QCOMPARE(found, QStringList({QStringLiteral("Page.cpp:2: QDate::currentDate"),
                                     QStringLiteral("Page.cpp:3: QDateTime::currentDateTime"),
                                     QStringLiteral("Page.cpp:4: QDateTime::currentDateTimeUtc")}));
    }

    // The scanner itself, on a made-up tree: it must catch each kind of
    // offence and let the allowed includes through.
    void scannerCatchesOffences()
    {
        QTemporaryDir dir;
        QDir root(dir.path());
        QVERIFY(root.mkpath(QStringLiteral("vault")));
        QVERIFY(root.mkpath(QStringLiteral("store")));
        QVERIFY(kamae::test::writeFile(dir.filePath(QStringLiteral("vault/Good.cpp")),
                                       "#include \"vault/Crypto.h\"\n#include <botan/aead.h>\n"
                                       "#include <QFileDevice>\n#include <QObject>\n"
                                       "#include <zstd.h>\n"));
        QVERIFY(kamae::test::writeFile(dir.filePath(QStringLiteral("vault/Leaky.h")),
                                       "#pragma once\n#include <botan/secmem.h>\n"));
        QVERIFY(kamae::test::writeFile(dir.filePath(QStringLiteral("store/Bad.cpp")),
                                       "// #include <QWidget> in a comment is fine\n"
                                       "#include \"ui/shell/MainWindow.h\"\n"
                                       "#include <QWidget>\n"
                                       "  #  include <QtWidgets/QFileDialog>\n"
                                       "#include <QMessageBox>\n"
                                       "#include <QtWidgets>\n"
                                       "#include <QMainWindow>\n"
                                       "#include <QtCharts/QChartView>\n"
                                       "#include <QChart>\n"
                                       "#include <QPrintDialog>\n"
                                       "#include \"botan/hash.h\"\n"
                                       "#include <QSqlQuery>\n"
                                       "#include <QPushButton>\n"
                                       "#include <qaction.h>\n"
                                       "#include <QPainter>\n"
                                       "#include <zstd.h>\n"));
        const QStringList found = violations(dir.path());
        const auto has = [&](const QString &where) {
            for (const QString &f : found)
                if (f.startsWith(where))
                    return true;
            return false;
        };
        QVERIFY2(!has(QStringLiteral("app/vault/Good.cpp")),
                 qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY(has(QStringLiteral("app/vault/Leaky.h:2:")));
        for (int line = 2; line <= 11; ++line) {
            QVERIFY2(has(QStringLiteral("app/store/Bad.cpp:%1:").arg(line)),
                     qPrintable(QStringLiteral("line %1 missed:\n%2")
                                    .arg(line)
                                    .arg(found.join(QLatin1Char('\n')))));
        }
        QVERIFY(!has(QStringLiteral("app/store/Bad.cpp:1:")));
        QVERIFY(!has(QStringLiteral("app/store/Bad.cpp:12:")));
        QVERIFY2(has(QStringLiteral("app/store/Bad.cpp:13:")), "QPushButton missed");
        QVERIFY(!has(QStringLiteral("app/store/Bad.cpp:14:")));
        QVERIFY(!has(QStringLiteral("app/store/Bad.cpp:15:")));
        QVERIFY2(has(QStringLiteral("app/store/Bad.cpp:16:")), "zstd.h missed");
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"

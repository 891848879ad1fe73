// Both catalogues are complete: no unfinished string now, none that
// lupdate would add from the current sources, and every placeholder kept.
// The Japanese one follows docs/translation-style.md: its glossary, banned
// forms, exceptions and fixed labels are read from the tables there, and its
// punctuation, spacing, mnemonic and ending rules are checked here.
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QVector<Message> readAll(const QString &path, QString *error)
{
    QVector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{};
                current.context = context;
                current.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                inMessage = true;
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0));
    return found;
}

QString tsPath(const QString &lang)
{
    return QStringLiteral(KAMAE_SOURCE_DIR "/translations/kamae_%1.ts").arg(lang);
}

// --- docs/translation-style.md ------------------------------------------

using StyleTable = QVector<QStringList>;

// The tables that follow a "<!-- check: NAME -->" line, without their header
// and separator rows; cells trimmed, `code` unquoted and "\|" read as "|".
QMap<QString, StyleTable> readStyleTables(QString *error)
{
    QMap<QString, StyleTable> tables;
    QFile file(QStringLiteral(KAMAE_SOURCE_DIR "/docs/translation-style.md"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.errorString();
        return tables;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    static const QRegularExpression marker(QStringLiteral("^<!-- check: (\\w+) -->$"));
    static const QRegularExpression pipe(QStringLiteral("(?<!\\\\)\\|"));
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = marker.match(lines.at(i).trimmed());
        if (!m.hasMatch())
            continue;
        StyleTable rows;
        int row = 0;
        for (++i; i < lines.size() && lines.at(i).startsWith(QLatin1Char('|')); ++i, ++row) {
            if (row < 2)
                continue;
            QStringList cells = lines.at(i).trimmed().split(pipe);
            cells = cells.mid(1, cells.size() - 2);
            for (QString &cell : cells) {
                cell = cell.trimmed();
                if (cell.size() > 1 && cell.startsWith(QLatin1Char('`')) &&
                    cell.endsWith(QLatin1Char('`')))
                    cell = cell.mid(1, cell.size() - 2);
                cell.replace(QStringLiteral("\\|"), QStringLiteral("|"));
            }
            rows << cells;
        }
        tables.insert(m.captured(1), rows);
    }
    return tables;
}

struct StyleException
{
    QString rule; // a term or banned form, as written in its table
    QString context;
    QString sourceStart; // "*": every message of the context
    bool used = false;
};

struct Style
{
    StyleTable terms, banned, labels, keep;
    QVector<StyleException> exceptions;
    QString error;

    bool excepted(const QString &rule, const Message &m)
    {
        for (StyleException &e : exceptions) {
            if (e.rule == rule && e.context == m.context &&
                (e.sourceStart == QLatin1String("*") || m.source.startsWith(e.sourceStart))) {
                e.used = true;
                return true;
            }
        }
        return false;
    }
};

Style readStyle()
{
    Style style;
    const QMap<QString, StyleTable> tables = readStyleTables(&style.error);
    style.terms = tables.value(QStringLiteral("terms"));
    style.banned = tables.value(QStringLiteral("banned"));
    style.labels = tables.value(QStringLiteral("labels"));
    style.keep = tables.value(QStringLiteral("keep"));
    for (const QStringList &row : tables.value(QStringLiteral("exceptions"))) {
        if (row.size() >= 3)
            style.exceptions.append({row.at(0), row.at(1), row.at(2)});
    }
    if (style.error.isEmpty() && (style.terms.isEmpty() || style.banned.isEmpty() ||
                                  style.labels.isEmpty() || style.exceptions.isEmpty()))
        style.error = QStringLiteral("docs/translation-style.md lacks a check table");
    return style;
}

// Kana (without the middle dot ・), kanji and 々.
const QString kJapanese = QStringLiteral(
    "[\\x{3040}-\\x{309F}\\x{30A0}-\\x{30FA}\\x{30FC}-\\x{30FF}\\x{4E00}-\\x{9FFF}\\x{3005}"
    "\\x{3006}]");
// Counters a number is written before, with a space: 3 件, %n 件, 第 1 部.
const QString kCounter = QStringLiteral(
    "(?:件目|件|点|日間|日前|日|問|行目|行|列目|列|か月|か所|か条|年間|年|回|つ|部|台|ページ|"
    "文字|バイト目|バイト|種類|個|人|名|分間|分|時間|週間|週|秒|世代|番目|桁目|指標|階層|組|月|社)");

QString withoutTags(QString text)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    return text.remove(tag);
}

QString describe(const Message &m, const QString &translation)
{
    return QStringLiteral("%1: \"%2\" -> \"%3\"")
        .arg(m.context, m.source.left(70), translation.left(90))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}

// A term of the glossary in every message whose source names it.
QStringList termProblems(const QVector<Message> &messages, Style &style)
{
    QStringList problems;
    static const QRegularExpression option(QStringLiteral("--[a-z][a-z-]*"));
    static const QRegularExpression notLetters(QStringLiteral("\\\\[A-Za-z]|\\(\\?[:!=<]*"));
    static const QRegularExpression lower(QStringLiteral("[a-z]"));
    for (const QStringList &row : style.terms) {
        if (row.size() < 2) {
            problems << QStringLiteral("terms: bad row %1").arg(row.join(QLatin1Char('|')));
            continue;
        }
        const QString &english = row.at(0);
        const QString &japanese = row.at(1);
        const bool caseSensitive = !QString(english).remove(notLetters).contains(lower);
        const QRegularExpression term(QStringLiteral("(?<![\\w-])(?:%1)(?![\\w-])").arg(english),
                                      caseSensitive ? QRegularExpression::NoPatternOption
                                                    : QRegularExpression::CaseInsensitiveOption);
        if (!term.isValid()) {
            problems << QStringLiteral("terms: %1 is not a valid expression").arg(english);
            continue;
        }
        for (const Message &m : messages) {
            if (!caseSensitive && m.source.startsWith(QLatin1String("Usage:")))
                continue;
            if (!QString(m.source).remove(option).contains(term))
                continue;
            for (const QString &t : m.translations) {
                if (!t.contains(japanese) && !style.excepted(english, m)) {
                    problems << QStringLiteral("\"%1\" needs %2 in %3")
                                    .arg(english, japanese, describe(m, t));
                    break;
                }
            }
        }
    }
    return problems;
}

// No banned form anywhere (HTML tags are not text).
QStringList bannedProblems(const QVector<Message> &messages, Style &style)
{
    QStringList problems;
    for (const QStringList &row : style.banned) {
        const QRegularExpression banned(row.value(0));
        if (!banned.isValid() || row.value(0).isEmpty()) {
            problems << QStringLiteral("banned: %1 is not a valid expression").arg(row.value(0));
            continue;
        }
        for (const Message &m : messages) {
            for (const QString &t : m.translations) {
                if (withoutTags(t).contains(banned) && !style.excepted(row.at(0), m)) {
                    problems << QStringLiteral("%1 (write %2 instead) in %3")
                                    .arg(row.at(0), row.value(1), describe(m, t));
                    break;
                }
            }
        }
    }
    return problems;
}

// Called only when a check fails: every problem on its own line (a failure
// message would be cut short), then the count.
QString report(const QStringList &problems)
{
    for (const QString &problem : problems)
        qWarning().noquote() << problem;
    return QStringLiteral("%1 violation(s) of docs/translation-style.md, listed above")
        .arg(problems.size());
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void bothLanguagesHaveTheSameMessages();
    void lupdateFindsNothingNew_data();
    void lupdateFindsNothingNew();

    // docs/translation-style.md, for kamae_ja.ts.
    void japaneseUsesTheGlossaryTerms();
    void japaneseHasNoBannedForm();
    void japaneseStyleExceptionsAreAllNeeded();
    void japaneseFixedLabels();
    void japaneseSpacing();
    void japaneseParentheses();
    void japaneseMnemonicsAndEndings();
    void japaneseUserGuideHasNoBannedForm();

private:
    QVector<Message> japanese()
    {
        QString error;
        const QVector<Message> messages = readAll(tsPath(QStringLiteral("ja")), &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return messages;
    }
};

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("ja") << QStringLiteral("ja");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, lang);
    QString error;
    const QVector<Message> messages = readAll(tsPath(lang), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1 (%2)").arg(where, m.type);
        else if (m.translations.isEmpty() || m.translations.contains(QString()))
            problems << QStringLiteral("%1 (empty)").arg(where);
        else if (m.numerus && lang == QLatin1String("en") && m.translations.size() != 2)
            problems << QStringLiteral("%1 (English needs two plural forms)").arg(where);
        for (const QString &t : m.translations) {
            // A translation may drop %n (Japanese has no plural) but no other
            // placeholder, and may not invent one.
            QSet<QString> want = placeholders(m.source);
            QSet<QString> have = placeholders(t);
            if (m.numerus) {
                want.remove(QStringLiteral("%n"));
                have.remove(QStringLiteral("%n"));
            }
            if (want != have)
                problems << QStringLiteral("%1 (placeholders differ: %2)").arg(where, t.left(60));
        }
        // Identical text is fine for names ("%1 — Kamae"), not for words.
        static const QRegularExpression englishWord(QStringLiteral("[a-z]{3,}"));
        QString withoutNames = m.source;
        withoutNames.remove(QStringLiteral("Kamae"));
        withoutNames.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        if (lang == QLatin1String("ja") && !m.translations.isEmpty() &&
            m.translations.first() == m.source && withoutNames.contains(englishWord))
            problems << QStringLiteral("%1 (left in English)").arg(where);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::bothLanguagesHaveTheSameMessages()
{
    QString error;
    auto key = [](const Message &m) {
        return m.context + QChar(0x1F) + m.source;
    };
    QSet<QString> ja, en;
    for (const Message &m : readAll(tsPath(QStringLiteral("ja")), &error))
        ja.insert(key(m));
    for (const Message &m : readAll(tsPath(QStringLiteral("en")), &error))
        en.insert(key(m));
    QCOMPARE(ja.size(), en.size());
    QCOMPARE(ja, en);
}

void TestTranslations::lupdateFindsNothingNew_data()
{
    catalogueIsComplete_data();
}

void TestTranslations::lupdateFindsNothingNew()
{
    QFETCH(QString, lang);
    QTemporaryDir dir;
    const QString copy = QDir(dir.path()).filePath(QStringLiteral("copy_%1.ts").arg(lang));
    QVERIFY(QFile::copy(tsPath(lang), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(KAMAE_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-I"),
                   QStringLiteral(KAMAE_SOURCE_DIR "/app"), QStringLiteral("-I"),
                   QStringLiteral(KAMAE_SOURCE_DIR "/ui"), QStringLiteral(KAMAE_SOURCE_DIR "/app"),
                   QStringLiteral(KAMAE_SOURCE_DIR "/ui"), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120'000));
    QCOMPARE(lupdate.exitCode(), 0);

    QString error;
    QStringList missing;
    for (const Message &m : readAll(copy, &error))
        if (m.type == QLatin1String("unfinished"))
            missing << m.context + QStringLiteral(": ") + m.source.left(80);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("Strings in the sources that kamae_%1.ts lacks (run the "
                                       "update_translations target and translate them):\n")
                            .arg(lang) +
                        missing.join(QLatin1Char('\n'))));
}

void TestTranslations::japaneseUsesTheGlossaryTerms()
{
    Style style = readStyle();
    QVERIFY2(style.error.isEmpty(), qPrintable(style.error));
    const QStringList problems = termProblems(japanese(), style);
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestTranslations::japaneseHasNoBannedForm()
{
    Style style = readStyle();
    QVERIFY2(style.error.isEmpty(), qPrintable(style.error));
    const QStringList problems = bannedProblems(japanese(), style);
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

// The exception list stays small: an exception nothing needs goes.
void TestTranslations::japaneseStyleExceptionsAreAllNeeded()
{
    Style style = readStyle();
    QVERIFY2(style.error.isEmpty(), qPrintable(style.error));
    const QVector<Message> messages = japanese();
    termProblems(messages, style);
    bannedProblems(messages, style);
    QStringList unused;
    for (const StyleException &e : style.exceptions) {
        if (!e.used)
            unused << QStringLiteral("%1 | %2 | %3").arg(e.rule, e.context, e.sourceStart);
    }
    QVERIFY2(unused.isEmpty(), qPrintable(QStringLiteral("Exceptions nothing needs:\n") +
                                          unused.join(QLatin1Char('\n'))));
}

void TestTranslations::japaneseFixedLabels()
{
    Style style = readStyle();
    QVERIFY2(style.error.isEmpty(), qPrintable(style.error));
    const QVector<Message> messages = japanese();
    QStringList problems;
    for (const QStringList &row : style.labels) {
        bool found = false;
        for (const Message &m : messages) {
            if (m.context != row.value(0) || m.source != row.value(1))
                continue;
            found = true;
            if (m.translations != QStringList{row.value(2)})
                problems << QStringLiteral("%1 must be %2").arg(describe(m, m.translations.value(0)),
                                                                row.value(2));
        }
        if (!found)
            problems << QStringLiteral("no message \"%1\" in %2").arg(row.value(1), row.value(0));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

// One half-width space between half-width words or numbers and Japanese,
// between a number and its counter, none beside full-width punctuation.
void TestTranslations::japaneseSpacing()
{
    Style style = readStyle();
    QVERIFY2(style.error.isEmpty(), qPrintable(style.error));
    const QString j = kJapanese;
    const QRegularExpression unspaced(
        QStringLiteral("%1[A-Za-z0-9]"
                       "|(?<![%A-Za-z0-9+#._/\\-])[A-Za-z0-9][A-Za-z0-9+#._/\\-]*%?%1"
                       "|%n%1|%1%n"
                       "|%\\d+%2|%1%\\d+ ?%2")
            .arg(j, kCounter));
    const QRegularExpression besidePunctuation(QStringLiteral(" [（）「」、。・]|[（「、。・] "));
    QVERIFY(unspaced.isValid());
    QStringList problems;
    for (const Message &m : japanese()) {
        for (const QString &t : m.translations) {
            QString text = withoutTags(t);
            for (const QStringList &row : style.keep)
                text.replace(row.value(0), QStringLiteral("\u3000"));
            const QRegularExpressionMatch bad = unspaced.match(text);
            if (bad.hasMatch())
                problems << QStringLiteral("no space in \"%1\": %2")
                                .arg(bad.captured(0), describe(m, t));
            else if (text.contains(besidePunctuation))
                problems << QStringLiteral("space beside full-width punctuation: %1")
                                .arg(describe(m, t));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

// Full-width （） in Japanese; ( ) only in mnemonics and file filters.
void TestTranslations::japaneseParentheses()
{
    static const QRegularExpression japaneseText(kJapanese);
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[A-Z0-9]\\)"));
    static const QRegularExpression filter(QStringLiteral("\\([^()]*\\*[^()]*\\)"));
    QStringList problems;
    for (const Message &m : japanese()) {
        for (const QString &t : m.translations) {
            if (!t.contains(japaneseText))
                continue;
            QString rest = t;
            rest.remove(mnemonic).remove(filter);
            if (rest.contains(QLatin1Char('(')) || rest.contains(QLatin1Char(')')))
                problems << describe(m, t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

// (&X) with the English letter, at the end before … or :; … exactly where
// the source has it; 。 only where the source ends a sentence.
void TestTranslations::japaneseMnemonicsAndEndings()
{
    static const QRegularExpression sourceMnemonic(QStringLiteral("&(\\w)"));
    static const QRegularExpression jaMnemonic(QStringLiteral("\\(&([A-Z0-9])\\)"));
    static const QRegularExpression placed(
        QStringLiteral("\\(&[A-Z0-9]\\)(?:…|:(?: .*)?)?$"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression sentenceEnd(QStringLiteral("[.?!:;]$"));
    QStringList problems;
    for (const Message &m : japanese()) {
        QString source = m.source;
        source.remove(QStringLiteral("&&"));
        QStringList letters;
        for (auto it = sourceMnemonic.globalMatch(source); it.hasNext();)
            letters << it.next().captured(1).toUpper();
        for (const QString &t : m.translations) {
            QStringList jaLetters;
            for (auto it = jaMnemonic.globalMatch(t); it.hasNext();)
                jaLetters << it.next().captured(1);
            if ((!letters.isEmpty() || t.contains(QLatin1Char('&'))) &&
                (jaLetters != letters || letters.size() != 1 || !t.contains(placed)))
                problems << QStringLiteral("mnemonic: %1").arg(describe(m, t));
            if (m.source.endsWith(QChar(0x2026)) != t.endsWith(QChar(0x2026)))
                problems << QStringLiteral("… as in the source: %1").arg(describe(m, t));
            if (withoutTags(t).trimmed().endsWith(QChar(0x3002)) &&
                !withoutTags(m.source).trimmed().contains(sentenceEnd))
                problems << QStringLiteral("。 on a label: %1").arg(describe(m, t));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

// The Japanese user guide (Help → User guide) speaks as the window does: no
// banned form in its prose (code spans and fenced blocks are not prose).
void TestTranslations::japaneseUserGuideHasNoBannedForm()
{
    Style style = readStyle();
    QVERIFY2(style.error.isEmpty(), qPrintable(style.error));
    QFile guide(QStringLiteral(KAMAE_SOURCE_DIR "/docs/user-guide.ja.md"));
    QVERIFY2(guide.open(QIODevice::ReadOnly), "docs/user-guide.ja.md");
    QVector<Message> lines;
    bool fenced = false;
    int number = 0;
    static const QRegularExpression code(QStringLiteral("`[^`]*`"));
    for (const QString &line : QString::fromUtf8(guide.readAll()).split(QLatin1Char('\n'))) {
        ++number;
        if (line.startsWith(QLatin1String("```"))) {
            fenced = !fenced;
            continue;
        }
        if (fenced)
            continue;
        QString prose = line;
        prose.remove(code);
        lines.append({QStringLiteral("docs/user-guide.ja.md"),
                      QStringLiteral("line %1").arg(number), {prose}, QString(), false});
    }
    const QStringList problems = bannedProblems(lines, style);
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

// Both catalogues are complete: no unfinished string now, none that
// lupdate would add from the current sources, and every placeholder kept.
#include <QDir>
#include <QFile>
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

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

#include "domain/KamaeText.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

#include <memory>
#include <vector>

namespace kamae {
namespace domain {
namespace kamaetext {

namespace {

// The context the texts have always been translated in.
constexpr char kContext[] = "kamae::backups::BackupText";

struct Known
{
    const char *key;
    // What versions before the texts became keys wrote when running in
    // Japanese; kept so that those vaults show the current wording.
    const char *earlier;
};

const Known kKnown[] = {
    {QT_TRANSLATE_NOOP("kamae::backups::BackupText", "Kamae vault"), "Kamae 保管庫"},
    {QT_TRANSLATE_NOOP("kamae::backups::BackupText", "Backups → Copy vault to offline media"),
     "バックアップ → 保管庫をオフライン媒体にコピー"},
    {QT_TRANSLATE_NOOP("kamae::backups::BackupText",
                       "Previous generation beside the vault file (.bak)"),
     "保管庫ファイルと同じフォルダーの前回版（.bak）"},
    {QT_TRANSLATE_NOOP("kamae::backups::BackupText", "USB drive kept disconnected"),
     "取り外して保管する USB ドライブ"},
};

// Every form of every text → its key: the key itself, its earlier
// Japanese wording and its translation in each language Kamae ships.
const QHash<QString, QString> &forms()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        std::vector<std::unique_ptr<QTranslator>> translators;
        for (const char *lang : {"ja", "en"}) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(QStringLiteral(":/i18n/kamae_%1.qm").arg(QLatin1String(lang))))
                translators.push_back(std::move(translator));
        }
        for (const Known &k : kKnown) {
            const QString key = QString::fromUtf8(k.key);
            t.insert(key, key);
            t.insert(QString::fromUtf8(k.earlier), key);
            for (const auto &translator : translators) {
                const QString translated = translator->translate(kContext, k.key);
                if (!translated.isEmpty())
                    t.insert(translated, key);
            }
        }
        return t;
    }();
    return table;
}

} // namespace

QString key(const QString &text)
{
    return forms().value(text.trimmed(), text);
}

QString shown(const QString &text)
{
    const auto found = forms().constFind(text.trimmed());
    if (found == forms().constEnd())
        return text;
    return QCoreApplication::translate(kContext, found.value().toUtf8().constData());
}

bool isKamaeText(const QString &text)
{
    return forms().contains(text.trimmed());
}

QString vaultJobName()
{
    return QString::fromUtf8(kKnown[0].key);
}

QString vaultJobMethod()
{
    return QString::fromUtf8(kKnown[1].key);
}

QString besideCopyLabel()
{
    return QString::fromUtf8(kKnown[2].key);
}

QString driveCopyLabel()
{
    return QString::fromUtf8(kKnown[3].key);
}

} // namespace kamaetext
} // namespace domain
} // namespace kamae

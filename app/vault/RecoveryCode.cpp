#include "vault/RecoveryCode.h"

#include "vault/Crypto.h"

#include <QStringList>

#include <cstring>

namespace kamae {
namespace vault {

namespace {
constexpr char kAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
constexpr int kLength = 24;
constexpr int kGroup = 4;
} // namespace

QString generateRecoveryCode()
{
    const crypto::SecureBytes random = crypto::randomSecret(kLength);
    QString code;
    code.reserve(kLength);
    // 256 is a multiple of 32, so taking the low five bits is unbiased.
    for (std::uint8_t b : random)
        code.append(QLatin1Char(kAlphabet[b & 0x1F]));
    return formatRecoveryCode(code);
}

QString normalizeRecoveryCode(const QString &typed)
{
    // NFKC turns full-width letters typed through a Japanese input method
    // into ASCII; any kind of dash or the long-vowel mark is a separator.
    const QString text = typed.normalized(QString::NormalizationForm_KC);
    QString out;
    for (QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Punctuation_Dash || c.unicode() == 0x30FC ||
            c.unicode() == 0x2212)
            continue;
        const QChar upper = c.toUpper();
        if (upper.unicode() > 127 || !std::strchr(kAlphabet, upper.toLatin1()) ||
            upper.toLatin1() == '\0')
            return {};
        out.append(upper);
    }
    return out.size() == kLength ? out : QString();
}

QString formatRecoveryCode(const QString &normalized)
{
    QStringList groups;
    for (int i = 0; i < normalized.size(); i += kGroup)
        groups << normalized.mid(i, kGroup);
    return groups.join(QLatin1Char('-'));
}

} // namespace vault
} // namespace kamae

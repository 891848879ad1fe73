#include "vault/PassphraseStrength.h"

#include <QSet>

#include <cmath>

namespace kamae {
namespace vault {

namespace {

bool isCommon(const QString &lower)
{
    static const QSet<QString> common = {
        QStringLiteral("password"),  QStringLiteral("password1"),  QStringLiteral("12345678"),
        QStringLiteral("123456789"), QStringLiteral("1234567890"), QStringLiteral("qwertyui"),
        QStringLiteral("qwerty123"), QStringLiteral("11111111"),   QStringLiteral("abcd1234"),
        QStringLiteral("iloveyou"),  QStringLiteral("passw0rd"),   QStringLiteral("p@ssw0rd"),
        QStringLiteral("kamae123"),  QStringLiteral("admin123"),   QStringLiteral("letmein1"),
        QStringLiteral("00000000"),  QStringLiteral("asdfghjk"),   QStringLiteral("1qaz2wsx"),
    };
    return common.contains(lower);
}

} // namespace

PassphraseStrength PassphraseStrength::estimate(const QString &passphrase)
{
    PassphraseStrength s;
    if (passphrase.isEmpty())
        return s;
    const QString text = passphrase.normalized(QString::NormalizationForm_C);
    bool lower = false, upper = false, digit = false, symbol = false, wide = false;
    for (QChar c : text) {
        if (c.unicode() > 127)
            wide = true;
        else if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            symbol = true;
    }
    // Japanese text draws from thousands of characters, but people pick
    // common words; count it like a modest alphabet.
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) +
                     (wide ? 100 : 0);

    // Characters that merely repeat or continue the previous one add little.
    double effective = 0.0;
    for (int i = 0; i < text.size(); ++i) {
        if (i > 0 &&
            (text.at(i) == text.at(i - 1) || text.at(i).unicode() == text.at(i - 1).unicode() + 1))
            effective += 0.25;
        else
            effective += 1.0;
    }
    s.bits = effective * std::log2(std::max(pool, 2));
    s.m_tooShort = text.size() < kMinimumLength;
    s.m_common = isCommon(text.toLower());
    if (s.m_common)
        s.bits = std::min(s.bits, 10.0);

    if (s.m_tooShort || s.bits < 28)
        s.level = VeryWeak;
    else if (s.bits < 40)
        s.level = Weak;
    else if (s.bits < 60)
        s.level = Fair;
    else if (s.bits < 80)
        s.level = Strong;
    else
        s.level = VeryStrong;
    return s;
}

QString PassphraseStrength::label() const
{
    switch (level) {
    case Empty:
        return {};
    case VeryWeak:
        return tr("Very weak");
    case Weak:
        return tr("Weak");
    case Fair:
        return tr("Fair");
    case Strong:
        return tr("Strong");
    case VeryStrong:
        return tr("Very strong");
    }
    return {};
}

QString PassphraseStrength::hint() const
{
    if (level == Empty)
        return tr("Use several words or a long sentence that only you know.");
    if (m_common)
        return tr("This is one of the most common passwords. Choose something else.");
    if (m_tooShort)
        return tr("Use at least %1 characters; a few unrelated words are easy to remember.")
            .arg(kMinimumLength);
    switch (level) {
    case VeryWeak:
    case Weak:
        return tr("Easy to guess. Add more words, or mix in digits and symbols.");
    case Fair:
        return tr("Acceptable. A longer passphrase would be stronger.");
    case Strong:
    case VeryStrong:
        return tr("Good. Keep it somewhere safe: without it or the recovery code, the data "
                  "cannot be recovered.");
    case Empty:
        break;
    }
    return {};
}

} // namespace vault
} // namespace kamae

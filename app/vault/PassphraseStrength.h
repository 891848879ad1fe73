#pragma once

#include <QCoreApplication>
#include <QString>

namespace kamae {
namespace vault {

// A rough, honest estimate for the hint under the passphrase field. It
// counts length and character variety and punishes the obvious (repeats,
// sequences, the most common passwords); it is not a cracking model.
struct PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(kamae::vault::PassphraseStrength)

public:
    enum Level
    {
        Empty,
        VeryWeak,
        Weak,
        Fair,
        Strong,
        VeryStrong
    };

    Level level = Empty;
    double bits = 0.0;

    static PassphraseStrength estimate(const QString &passphrase);
    static constexpr int kMinimumLength = 8;

    bool acceptable() const { return level >= Fair; }
    // A short translated sentence: how strong, and what would help.
    QString hint() const;
    QString label() const;

private:
    bool m_tooShort = false;
    bool m_common = false;
};

} // namespace vault
} // namespace kamae

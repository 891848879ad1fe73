#include "domain/ProductNames.h"

#include <QRegularExpression>

namespace kamae {
namespace domain {

QString normalizeName(const QString &name)
{
    QString t = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    // Company forms say nothing about which product it is.
    static const QRegularExpression suffix(QStringLiteral(
        "[,\\s]*(inc\\.?|incorporated|corporation|corp\\.?|co\\.?,?\\s*ltd\\.?|ltd\\.?|llc|gmbh|"
        "limited|k\\.k\\.|株式会社|有限会社)\\s*$"));
    for (int i = 0; i < 2; ++i)
        t.remove(suffix);
    t.remove(QStringLiteral("株式会社"));
    QString out;
    out.reserve(t.size());
    for (QChar c : std::as_const(t))
        if (c.isLetterOrNumber())
            out.append(c);
    return out;
}

} // namespace domain
} // namespace kamae

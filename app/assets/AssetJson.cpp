#include "assets/AssetJson.h"

#include "domain/AssetFields.h"
#include "domain/AssetRules.h"
#include "store/AssetRepository.h"
#include "store/PeopleRepository.h"

#include <QHash>
#include <QTextStream>

#include <algorithm>
#include <array>

namespace kamae {
namespace assets {

namespace {

// The keys beside the register's fields; those that share a field's key
// (the enums) replace its translated text with a stable English key.
enum Extra
{
    Id,
    Kind,
    PersonalData,
    Mfa,
    RiskClass,
    NeedsReview,
    OwnerId,
    Owner,
    ExtraCount
};
constexpr std::array<const char *, ExtraCount> kExtraKeys = {
    "id", "kind", "personal_data", "mfa", "risk_class", "needs_review", "owner_id", "owner"};

// Where each value goes in an object whose keys are sorted: worked out once,
// so that each asset only fills its values in and writes them in order.
struct Layout
{
    QVector<QString> keyLines; // `        "key": `, in output order
    QVector<int> fieldSlot;    // by position in assetFields()
    std::array<int, ExtraCount> extraSlot{};
};

Layout makeLayout()
{
    QStringList keys;
    for (const domain::AssetFieldInfo &info : domain::assetFields())
        keys << QString::fromLatin1(info.key);
    for (const char *key : kExtraKeys)
        keys << QString::fromLatin1(key);
    QStringList sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());

    Layout layout;
    for (const QString &key : std::as_const(sorted))
        layout.keyLines << QStringLiteral("        \"%1\": ").arg(key);
    const auto slotOf = [&sorted](const QString &key) {
        return int(sorted.indexOf(key));
    };
    for (const domain::AssetFieldInfo &info : domain::assetFields())
        layout.fieldSlot << slotOf(QString::fromLatin1(info.key));
    for (int e = 0; e < ExtraCount; ++e)
        layout.extraSlot[std::size_t(e)] = slotOf(QString::fromLatin1(kExtraKeys[std::size_t(e)]));
    return layout;
}

const QString kNull = QStringLiteral("null");
const QString kTrue = QStringLiteral("true");
const QString kFalse = QStringLiteral("false");

void appendJsonString(QString &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += QLatin1Char('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u >= 0x20) {
            out += c;
        } else if (u == u'\n') {
            out += QLatin1String("\\n");
        } else if (u == u'\r') {
            out += QLatin1String("\\r");
        } else if (u == u'\t') {
            out += QLatin1String("\\t");
        } else if (u == u'\b') {
            out += QLatin1String("\\b");
        } else if (u == u'\f') {
            out += QLatin1String("\\f");
        } else {
            out += QLatin1String("\\u00");
            out += QLatin1Char(hex[u >> 4]);
            out += QLatin1Char(hex[u & 0xf]);
        }
    }
    out += QLatin1Char('"');
}

QString jsonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    appendJsonString(out, text);
    return out;
}

QString jsonValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        return date.isValid() ? jsonString(date.toString(Qt::ISODate)) : kNull;
    }
    case QMetaType::Bool:
        return value.toBool() ? kTrue : kFalse;
    case QMetaType::Int:
        return QString::number(value.toInt());
    default:
        return jsonString(value.toString());
    }
}

} // namespace

Status writeAssetsJson(store::Database &database, const QDate &today, QTextStream &out)
{
    const auto people = store::PeopleRepository(database).all();
    if (!people)
        return people.asFailure();
    QHash<qint64, QString> owners;
    for (const domain::Person &p : people.value())
        owners.insert(p.id, jsonString(p.name));

    static const Layout layout = makeLayout();
    static const char *kinds[] = {"\"data\"", "\"device\"", "\"software\"", "\"cloud_service\"",
                                  "\"account\""};
    static const char *personal[] = {"\"none\"", "\"personal\"", "\"sensitive\"", "\"my_number\""};
    static const char *mfa[] = {"\"not_applicable\"", "\"off\"", "\"on\""};
    static const char *risk[] = {"\"\"", "\"low\"", "\"medium\"", "\"high\""};
    const QVector<domain::AssetFieldInfo> &fields = domain::assetFields();
    const auto slot = [](Extra e) {
        return layout.extraSlot[std::size_t(e)];
    };

    QVector<QString> values(layout.keyLines.size());
    QString object;
    bool first = true;
    out << "[\n";
    const Status read = store::AssetRepository(database).forEach([&](const domain::Asset &a) {
        for (qsizetype i = 0; i < fields.size(); ++i)
            values[layout.fieldSlot[i]] = jsonValue(domain::fieldValue(a, fields[i].field));
        values[slot(Id)] = QString::number(a.id);
        values[slot(Kind)] = QLatin1String(kinds[static_cast<int>(a.kind)]);
        values[slot(PersonalData)] = QLatin1String(personal[static_cast<int>(a.personalData)]);
        values[slot(Mfa)] = QLatin1String(mfa[static_cast<int>(a.mfa)]);
        values[slot(RiskClass)] =
            QLatin1String(risk[static_cast<int>(domain::riskClass(domain::riskValue(a)))]);
        values[slot(NeedsReview)] = domain::needsReview(a, today) ? kTrue : kFalse;
        const auto owner = owners.constFind(a.ownerId);
        const bool hasOwner = a.ownerId != 0 && owner != owners.cend();
        values[slot(OwnerId)] = hasOwner ? QString::number(a.ownerId) : kNull;
        values[slot(Owner)] = hasOwner ? *owner : kNull;

        object.clear();
        object += first ? QLatin1String("    {\n") : QLatin1String(",\n    {\n");
        first = false;
        for (qsizetype i = 0; i < values.size(); ++i) {
            object += layout.keyLines[i];
            object += values[i];
            object += i + 1 < values.size() ? QLatin1String(",\n") : QLatin1String("\n");
        }
        object += QLatin1String("    }");
        out << object;
    });
    if (!read)
        return read;
    out << (first ? "]\n" : "\n]\n");
    return {};
}

} // namespace assets
} // namespace kamae

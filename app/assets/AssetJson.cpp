#include "assets/AssetJson.h"

#include "domain/AssetFields.h"
#include "domain/AssetRules.h"
#include "store/AssetRepository.h"
#include "store/PeopleRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QStringEncoder>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <charconv>
#include <string>

namespace kamae {
namespace assets {

namespace {

struct AssetJsonText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::assets::AssetJson)
};

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

// The output, built as UTF-8 in one buffer that keeps its capacity and is
// handed to the stream's device in large pieces: at 100,000 assets (90 MB
// of JSON) building a QString per value and converting it back to UTF-8
// was most of the command's time.
class Utf8Writer
{
public:
    explicit Utf8Writer(QTextStream &out) : m_out(out) { m_buffer.reserve(kChunk + 4096); }

    void raw(const char *text) { m_buffer += text; }
    void raw(const QByteArray &bytes)
    {
        m_buffer.append(bytes.constData(), std::size_t(bytes.size()));
    }
    void number(qint64 n)
    {
        char digits[24];
        const auto end = std::to_chars(std::begin(digits), std::end(digits), n).ptr;
        m_buffer.append(digits, std::size_t(end - digits));
    }
    void string(QStringView text)
    {
        // Encoded in place: at most three bytes per UTF-16 unit. Every byte
        // of a multi-byte sequence is >= 0x80, so only ASCII can need
        // escaping, and most values need none.
        m_buffer += '"';
        const std::size_t at = m_buffer.size();
        m_buffer.resize(at + std::size_t(m_encoder.requiredSpace(text.size())));
        char *const begin = m_buffer.data() + at;
        char *const end = m_encoder.appendToBuffer(begin, text);
        char *const first = std::find_if(begin, end, [](char ch) {
            const auto c = static_cast<unsigned char>(ch);
            return c < 0x20 || c == '"' || c == '\\';
        });
        if (first == end) {
            m_buffer.resize(std::size_t(end - m_buffer.data()));
        } else {
            const std::string rest(first, end);
            m_buffer.resize(std::size_t(first - m_buffer.data()));
            for (const char ch : rest)
                escaped(ch);
        }
        m_buffer += '"';
    }
    void date(const QDate &date)
    {
        if (!date.isValid()) {
            raw("null");
            return;
        }
        int y = 0, m = 0, d = 0;
        date.getDate(&y, &m, &d); // one calendar computation, not three
        if (y < 1 || y > 9999) {
            string(date.toString(Qt::ISODate));
            return;
        }
        char text[13] = {'"',
                         char('0' + y / 1000),
                         char('0' + y / 100 % 10),
                         char('0' + y / 10 % 10),
                         char('0' + y % 10),
                         '-',
                         char('0' + m / 10),
                         char('0' + m % 10),
                         '-',
                         char('0' + d / 10),
                         char('0' + d % 10),
                         '"',
                         '\0'};
        raw(text);
    }
    void value(const QVariant &value)
    {
        switch (value.typeId()) {
        case QMetaType::QDate:
            date(value.toDate());
            return;
        case QMetaType::Bool:
            raw(value.toBool() ? "true" : "false");
            return;
        case QMetaType::Int:
            number(value.toInt());
            return;
        default:
            string(value.toString());
        }
    }
    // Passes what is written on when enough has gathered (or `force`).
    Status flush(bool force)
    {
        if (!force && m_buffer.size() < kChunk)
            return {};
        if (QIODevice *device = m_out.device()) {
            m_out.flush();
            if (device->write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size()))
                return Status::failure(AssetJsonText::tr("The listing could not be written: %1")
                                           .arg(device->errorString()));
        } else {
            m_out << QString::fromUtf8(m_buffer.data(), qsizetype(m_buffer.size()));
        }
        m_buffer.clear();
        return {};
    }

private:
    void escaped(char ch)
    {
        static const char hex[] = "0123456789abcdef";
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            m_buffer += '\\';
            m_buffer += ch;
        } else if (c >= 0x20) {
            m_buffer += ch;
        } else if (c == '\n') {
            m_buffer += "\\n";
        } else if (c == '\r') {
            m_buffer += "\\r";
        } else if (c == '\t') {
            m_buffer += "\\t";
        } else if (c == '\b') {
            m_buffer += "\\b";
        } else if (c == '\f') {
            m_buffer += "\\f";
        } else {
            m_buffer += "\\u00";
            m_buffer += hex[c >> 4];
            m_buffer += hex[c & 0xf];
        }
    }

    static constexpr std::size_t kChunk = 256 * 1024;
    QTextStream &m_out;
    std::string m_buffer;
    // Stateless: each value is encoded on its own, so half of a surrogate
    // pair at the end of one (U+FFFD) never joins the start of the next.
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

} // namespace

Status writeAssetsJson(store::Database &database, const QDate &today, QTextStream &out)
{
    const auto people = store::PeopleRepository(database).all();
    if (!people)
        return people.asFailure();
    QHash<qint64, QString> owners;
    for (const domain::Person &p : people.value())
        owners.insert(p.id, p.name);

    static const Layout layout = makeLayout();
    static const char *kinds[] = {"\"data\"", "\"device\"", "\"software\"", "\"cloud_service\"",
                                  "\"account\""};
    static const char *personal[] = {"\"none\"", "\"personal\"", "\"sensitive\"", "\"my_number\""};
    static const char *mfa[] = {"\"not_applicable\"", "\"off\"", "\"on\""};
    static const char *risk[] = {"\"\"", "\"low\"", "\"medium\"", "\"high\""};
    const QVector<domain::AssetFieldInfo> &fields = domain::assetFields();
    // What goes in each slot of the sorted keys: a register field (by its
    // position in assetFields()) or one of the extras.
    static const QVector<int> fieldOfSlot = [&fields] {
        QVector<int> of(layout.keyLines.size(), -1);
        for (qsizetype i = 0; i < fields.size(); ++i)
            of[layout.fieldSlot[i]] = int(i);
        return of;
    }();
    static const QVector<int> extraOfSlot = [] {
        QVector<int> of(layout.keyLines.size(), -1);
        for (int e = 0; e < ExtraCount; ++e)
            of[layout.extraSlot[std::size_t(e)]] = e;
        return of;
    }();
    // The slots whose value is text: written from fieldText(), without the
    // QVariant that fieldValue() wraps it in (a tenth of the listing's time).
    static const QVector<bool> textSlot = [&fields] {
        QVector<bool> text(layout.keyLines.size(), false);
        const domain::Asset blank;
        for (qsizetype i = 0; i < fields.size(); ++i)
            text[layout.fieldSlot[i]] =
                domain::fieldValue(blank, fields[i].field).typeId() == QMetaType::QString;
        return text;
    }();
    static const QVector<QByteArray> keyLines = [] {
        QVector<QByteArray> lines;
        for (const QString &line : layout.keyLines)
            lines << line.toUtf8();
        return lines;
    }();

    Utf8Writer w(out);
    bool first = true;
    Status written;
    w.raw("[\n");
    const Status read = store::AssetRepository(database).forEach([&](const domain::Asset &a) {
        if (!written)
            return;
        w.raw(first ? "    {\n" : ",\n    {\n");
        first = false;
        const qsizetype keyCount = keyLines.size();
        for (qsizetype i = 0; i < keyCount; ++i) {
            w.raw(keyLines[i]);
            // An extra wins over the field of the same key (the enums).
            switch (extraOfSlot[i]) {
            case Id:
                w.number(a.id);
                break;
            case Kind:
                w.raw(kinds[static_cast<int>(a.kind)]);
                break;
            case PersonalData:
                w.raw(personal[static_cast<int>(a.personalData)]);
                break;
            case Mfa:
                w.raw(mfa[static_cast<int>(a.mfa)]);
                break;
            case RiskClass:
                w.raw(risk[static_cast<int>(domain::riskClass(domain::riskValue(a)))]);
                break;
            case NeedsReview:
                w.raw(domain::needsReview(a, today) ? "true" : "false");
                break;
            case OwnerId:
            case Owner: {
                const auto owner = owners.constFind(a.ownerId);
                if (a.ownerId == 0 || owner == owners.cend())
                    w.raw("null");
                else if (extraOfSlot[i] == OwnerId)
                    w.number(a.ownerId);
                else
                    w.string(*owner);
                break;
            }
            default: {
                const domain::AssetField field = fields[fieldOfSlot[i]].field;
                if (textSlot[i])
                    w.string(domain::fieldText(a, field));
                else
                    w.value(domain::fieldValue(a, field));
            }
            }
            w.raw(i + 1 < keyCount ? ",\n" : "\n");
        }
        w.raw("    }");
        written = w.flush(false);
    });
    if (!read)
        return read;
    if (!written)
        return written;
    w.raw(first ? "]\n" : "\n]\n");
    return w.flush(true);
}

} // namespace assets
} // namespace kamae

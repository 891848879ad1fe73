#include "cli/CliSupport.h"

#include "domain/AssetFields.h"
#include "domain/AssetRules.h"
#include "io/AssetTransfer.h"
#include "store/AssetRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace kamae {
namespace cli {

namespace {

// At most this many row problems are printed; the count says the rest.
constexpr int kMaxErrorsShown = 20;

io::TextEncoding encodingOption(const Invocation &inv, bool *ok)
{
    const QString e = inv.value(QStringLiteral("encoding")).toLower();
    *ok = true;
    if (e.isEmpty() || e == QLatin1String("auto"))
        return io::TextEncoding::Auto;
    if (e == QLatin1String("utf8") || e == QLatin1String("utf-8"))
        return io::TextEncoding::Utf8;
    if (e == QLatin1String("sjis") || e == QLatin1String("shift_jis") ||
        e == QLatin1String("cp932"))
        return io::TextEncoding::ShiftJis;
    *ok = false;
    return io::TextEncoding::Auto;
}

int importAssets(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    if (inv.positional.size() != 3)
        return fail(err, Cli::tr("Usage: kamae assets import VAULT FILE"), UsageError);
    const QString mapping = inv.value(QStringLiteral("mapping"));
    if (!mapping.isEmpty() && mapping != QLatin1String("auto"))
        return fail(err, Cli::tr("Only --mapping auto is supported on the command line."),
                    UsageError);
    bool ok = false;
    const io::TextEncoding encoding = encodingOption(inv, &ok);
    if (!ok)
        return fail(err, Cli::tr("Unknown encoding: use utf8 or sjis."), UsageError);

    // Read and check the file before touching the vault.
    const QString file = inv.positional.at(2);
    const auto table = io::readTableFile(file, encoding, inv.value(QStringLiteral("sheet")));
    if (!table)
        return fail(err,
                    QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file), table.error()),
                    BadInput);
    const io::AssetColumnMapping columns = io::guessAssetMapping(table->header);
    if (Status s = io::checkAssetMapping(columns); !s)
        return fail(err, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file), s.error()),
                    BadInput);
    const io::AssetImportPlan plan =
        io::planAssetImport(table.value(), columns, QDate::currentDate());
    if (!plan.errors.isEmpty()) {
        for (int i = 0; i < plan.errors.size() && i < kMaxErrorsShown; ++i)
            err << "kamae: "
                << Cli::tr("%1, line %2: %3")
                       .arg(QDir::toNativeSeparators(file))
                       .arg(plan.errors.at(i).line)
                       .arg(plan.errors.at(i).message)
                << Qt::endl;
        return fail(err,
                    Cli::tr("%n row(s) cannot be imported; nothing was imported.", nullptr,
                            static_cast<int>(plan.errors.size())),
                    BadInput);
    }

    int rc = Success;
    auto v = unlock(inv, err, vault::OpenMode::ReadWrite, &rc, 1);
    if (!v)
        return rc;
    const auto ids =
        store::AssetRepository(v->database()).insertMany(plan.assets, QFileInfo(file).fileName());
    if (!ids)
        return fail(err, ids.error());
    if (vault::VaultStatus s = v->save(); !s)
        return fail(err, s);
    out << Cli::tr("Imported %n asset(s) from %1.", nullptr, static_cast<int>(ids->size()))
               .arg(QDir::toNativeSeparators(file))
        << Qt::endl;
    if (plan.skippedEmpty > 0)
        out << Cli::tr("Skipped %n empty row(s).", nullptr, plan.skippedEmpty) << Qt::endl;
    return Success;
}

int exportAssets(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const QString file = inv.value(QStringLiteral("out"));
    if (inv.positional.size() != 2 || file.isEmpty())
        return fail(err, Cli::tr("Usage: kamae assets export VAULT --out FILE.csv|FILE.xlsx"),
                    UsageError);
    bool ok = false;
    const io::TextEncoding encoding = encodingOption(inv, &ok);
    if (!ok)
        return fail(err, Cli::tr("Unknown encoding: use utf8 or sjis."), UsageError);
    int rc = Success;
    auto v = unlock(inv, err, vault::OpenMode::ReadOnly, &rc, 1);
    if (!v)
        return rc;
    const auto assets = store::AssetRepository(v->database()).all();
    if (!assets)
        return fail(err, assets.error());
    if (Status s = io::writeAssetsFile(file, assets.value(), encoding); !s)
        return fail(err, s.error(), WriteFailed);
    out << Cli::tr("Exported %n asset(s) to %1.", nullptr, static_cast<int>(assets->size()))
               .arg(QDir::toNativeSeparators(file))
        << Qt::endl;
    return Success;
}

int listAssets(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    if (inv.positional.size() != 2)
        return fail(err, Cli::tr("Usage: kamae assets list VAULT [--json]"), UsageError);
    int rc = Success;
    auto v = unlock(inv, err, vault::OpenMode::ReadOnly, &rc, 1);
    if (!v)
        return rc;
    const auto assets = store::AssetRepository(v->database()).all();
    if (!assets)
        return fail(err, assets.error());
    if (inv.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const domain::Asset &a : assets.value()) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), a.id);
            for (const auto &info : domain::assetFields()) {
                const QString key = QString::fromLatin1(info.key);
                const QVariant value = domain::fieldValue(a, info.field);
                switch (value.typeId()) {
                case QMetaType::QDate:
                    o.insert(key, value.toDate().isValid()
                                      ? QJsonValue(value.toDate().toString(Qt::ISODate))
                                      : QJsonValue());
                    break;
                case QMetaType::Bool:
                    o.insert(key, value.toBool());
                    break;
                case QMetaType::Int:
                    o.insert(key, value.toInt());
                    break;
                default:
                    o.insert(key, value.toString());
                }
            }
            // Enums as stable English keys, whatever the message language.
            static const char *kinds[] = {"data", "device", "software", "cloud_service", "account"};
            static const char *personal[] = {"none", "personal", "sensitive", "my_number"};
            static const char *mfa[] = {"not_applicable", "off", "on"};
            static const char *risk[] = {"", "low", "medium", "high"};
            o.insert(QStringLiteral("kind"), QLatin1String(kinds[static_cast<int>(a.kind)]));
            o.insert(QStringLiteral("personal_data"),
                     QLatin1String(personal[static_cast<int>(a.personalData)]));
            o.insert(QStringLiteral("mfa"), QLatin1String(mfa[static_cast<int>(a.mfa)]));
            o.insert(
                QStringLiteral("risk_class"),
                QLatin1String(risk[static_cast<int>(domain::riskClass(domain::riskValue(a)))]));
            o.insert(QStringLiteral("needs_review"), domain::needsReview(a, QDate::currentDate()));
            array.append(o);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const domain::Asset &a : assets.value()) {
        out << a.id << '\t' << a.name << '\t' << domain::AssetText::kind(a.kind) << '\t'
            << a.ownerDepartment << '\t'
            << Cli::tr("importance %1").arg(domain::fieldText(a, domain::AssetField::Importance))
            << '\t'
            << (domain::needsReview(a, QDate::currentDate()) ? Cli::tr("needs review") : QString())
            << Qt::endl;
    }
    out << Cli::tr("%n asset(s)", nullptr, static_cast<int>(assets->size())) << Qt::endl;
    return Success;
}

} // namespace

int runAssets(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const QString sub = inv.positional.value(0);
    if (sub == QLatin1String("import"))
        return importAssets(inv, out, err);
    if (sub == QLatin1String("export"))
        return exportAssets(inv, out, err);
    if (sub == QLatin1String("list"))
        return listAssets(inv, out, err);
    return fail(err, Cli::tr("Usage: kamae assets import|export|list VAULT …"), UsageError);
}

} // namespace cli
} // namespace kamae

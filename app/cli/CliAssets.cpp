#include "cli/CliSupport.h"

#include "assets/AssetJson.h"
#include "core/Clock.h"
#include "domain/AssetFields.h"
#include "domain/AssetRules.h"
#include "io/AssetTransfer.h"
#include "store/AssetRepository.h"

#include <QDir>
#include <QFileInfo>
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
        return fail(err,
                    Cli::tr("Usage: kamae assets import VAULT FILE [--map KEY=HEADER]… "
                            "[--allow-duplicates]"),
                    UsageError);
    const QString mapping = inv.value(QStringLiteral("mapping"));
    if (!mapping.isEmpty() && mapping != QLatin1String("auto"))
        return fail(err, Cli::tr("Only --mapping auto is supported on the command line."),
                    UsageError);
    bool ok = false;
    const io::TextEncoding encoding = encodingOption(inv, &ok);
    if (!ok)
        return fail(err, Cli::tr("Unknown encoding: use utf8 or sjis."), UsageError);
    // --map KEY=HEADER, repeatable: the user's choice for a column.
    QVector<std::pair<QString, QString>> choices;
    QStringList chosenHeaders;
    for (const QString &choice : inv.values(QStringLiteral("map"))) {
        const qsizetype eq = choice.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == choice.size() - 1)
            return fail(err,
                        Cli::tr("--map needs KEY=HEADER (for example --map name=品名), not \"%1\".")
                            .arg(choice),
                        UsageError);
        choices.append({choice.left(eq).trimmed(), choice.mid(eq + 1)});
        chosenHeaders << choice.mid(eq + 1);
    }

    // Read and check the file before touching the vault.
    const QString file = inv.positional.at(2);
    const QString shown = QDir::toNativeSeparators(file);
    const auto table =
        io::readTableFile(file, encoding, inv.value(QStringLiteral("sheet")), chosenHeaders);
    if (!table)
        // A reason about the file itself already names it.
        return fail(err,
                    table.error().contains(shown)
                        ? table.error()
                        : QStringLiteral("%1: %2").arg(shown, table.error()),
                    BadInput);
    io::AssetColumnMapping columns = io::guessAssetMapping(table->header);
    for (const auto &[key, header] : choices) {
        if (Status s = io::chooseAssetColumn(columns, table->header, key, header); !s)
            return fail(err, QStringLiteral("--map %1=%2: %3").arg(key, header, s.error()),
                        UsageError);
    }
    if (Status s = io::checkAssetMapping(table.value(), columns); !s)
        return fail(err, QStringLiteral("%1: %2").arg(shown, s.error()), BadInput);
    const io::AssetImportPlan plan = io::planAssetImport(table.value(), columns, clock::today());
    // No column is dropped without saying so.
    const QString unmapped =
        plan.unmappedColumns.isEmpty()
            ? QString()
            : Cli::tr("Columns not imported: %1. Choose one with --map KEY=HEADER.")
                  .arg(plan.unmappedColumns.join(QStringLiteral(", ")));
    if (!plan.errors.isEmpty()) {
        for (int i = 0; i < plan.errors.size() && i < kMaxErrorsShown; ++i)
            err << "kamae: "
                << Cli::tr("%1, line %2: %3")
                       .arg(shown)
                       .arg(plan.errors.at(i).line)
                       .arg(plan.errors.at(i).message)
                << Qt::endl;
        if (!unmapped.isEmpty())
            err << "kamae: " << unmapped << Qt::endl;
        return fail(err,
                    Cli::tr("%n row(s) cannot be imported; nothing was imported.", nullptr,
                            static_cast<int>(plan.errors.size())),
                    BadInput);
    }

    int rc = Success;
    auto v = unlock(inv, err, vault::OpenMode::ReadWrite, &rc, 1);
    if (!v)
        return rc;
    store::AssetRepository repository(v->database());
    const auto existing = repository.all();
    if (!existing)
        return fail(err, existing.error());
    io::AssetImportPlan checked = plan;
    io::findDuplicateAssets(checked, existing.value());
    if (!checked.duplicates.isEmpty() && !inv.has(QStringLiteral("allow-duplicates"))) {
        for (int i = 0; i < checked.duplicates.size() && i < kMaxErrorsShown; ++i) {
            const io::AssetDuplicate &d = checked.duplicates.at(i);
            err << "kamae: "
                << Cli::tr("%1, line %2: \"%3\" is already in the register (%4).")
                       .arg(shown)
                       .arg(d.line)
                       .arg(d.name, d.reason)
                << Qt::endl;
        }
        return fail(err,
                    Cli::tr("%n row(s) are already in the register; nothing was imported and %1 "
                            "is as it was. Import them anyway with --allow-duplicates.",
                            nullptr, static_cast<int>(checked.duplicates.size()))
                        .arg(QDir::toNativeSeparators(v->path())),
                    BadInput);
    }
    const auto ids = repository.insertMany(plan.assets, QFileInfo(file).fileName());
    if (!ids)
        return fail(err, ids.error());
    if (vault::VaultStatus s = saveChanges(*v, err); !s)
        return fail(err, s);
    out << Cli::tr("Imported %n asset(s) from %1.", nullptr, static_cast<int>(ids->size()))
               .arg(shown)
        << Qt::endl;
    if (!checked.duplicates.isEmpty())
        out << Cli::tr("%n of them were already in the register (--allow-duplicates).", nullptr,
                       static_cast<int>(checked.duplicates.size()))
            << Qt::endl;
    if (plan.skippedEmpty > 0)
        out << Cli::tr("Skipped %n empty row(s).", nullptr, plan.skippedEmpty) << Qt::endl;
    if (!unmapped.isEmpty())
        out << unmapped << Qt::endl;
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
    // Both forms stream: one asset at a time, nothing of the register kept.
    const QDate today = clock::today();
    if (inv.has(QStringLiteral("json"))) {
        if (Status s = assets::writeAssetsJson(v->database(), today, out); !s)
            return fail(err, s.error());
        return Success;
    }
    int count = 0;
    const Status s = store::AssetRepository(v->database()).forEach([&](const domain::Asset &a) {
        out << a.id << '\t' << a.name << '\t' << domain::AssetText::kind(a.kind) << '\t'
            << a.ownerDepartment << '\t'
            << Cli::tr("importance %1").arg(domain::fieldText(a, domain::AssetField::Importance))
            << '\t' << (domain::needsReview(a, today) ? Cli::tr("needs review") : QString())
            << '\n';
        ++count;
    });
    if (!s)
        return fail(err, s.error());
    out << Cli::tr("%n asset(s)", nullptr, count) << Qt::endl;
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

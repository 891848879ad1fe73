#include "cli/CliSupport.h"

#include "backups/BackupDesk.h"
#include "cli/Secrets.h"
#include "core/Clock.h"
#include "i18n/Language.h"
#include "reminders/Ics.h"
#include "reminders/Reminders.h"
#include "store/OrganisationRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace kamae {
namespace cli {

namespace {

using reminders::Reminder;
using reminders::ReminderState;

const char *stateKey(ReminderState state)
{
    static const char *keys[] = {"upcoming", "due_soon", "overdue"};
    return keys[static_cast<int>(state)];
}

const char *severityKey(reminders::ReminderSeverity severity)
{
    static const char *keys[] = {"low", "medium", "high", "critical"};
    return keys[static_cast<int>(severity)];
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

// `report` is where the confirmation goes: stderr when stdout carries JSON.
int writeCalendar(store::Database &db, const QVector<Reminder> &all, const QString &path,
                  QTextStream &report, QTextStream &err)
{
    reminders::IcsOptions options;
    options.stamp = clock::now();
    options.today = clock::today();
    if (auto org = store::OrganisationRepository(db).load())
        options.calendarName = org->name;
    const QVector<Reminder> events = reminders::forCalendar(all);
    if (Status s = reminders::writeIcsFile(path, reminders::toIcs(events, options)); !s)
        return fail(err, s.error(), WriteFailed);
    report << Cli::tr("%n calendar event(s) written to %1.", nullptr,
                      static_cast<int>(events.size()))
                  .arg(QDir::toNativeSeparators(path))
           << Qt::endl;
    return Success;
}

int cmdDue(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const QString usageText =
        Cli::tr("Usage: kamae due VAULT [--within DAYS] [--json] [--ics FILE.ics]");
    if (inv.positional.size() != 1)
        return fail(err, usageText, UsageError);
    int within = reminders::kDueSoonDays;
    if (inv.has(QStringLiteral("within"))) {
        bool ok = false;
        within = inv.value(QStringLiteral("within")).toInt(&ok);
        if (!ok || within < 0 || within > 3660)
            return fail(err, Cli::tr("--within takes a number of days from 0 to 3660."),
                        UsageError);
    }
    int rc = Success;
    auto v = unlock(inv, err, vault::OpenMode::ReadOnly, &rc);
    if (!v)
        return rc;
    const QDate today = clock::today();
    auto all = reminders::allReminders(v->database(), today);
    if (!all)
        return fail(err, all.error());
    if (inv.has(QStringLiteral("ics")))
        if (int written =
                writeCalendar(v->database(), all.value(), inv.value(QStringLiteral("ics")),
                              inv.has(QStringLiteral("json")) ? err : out, err);
            written != Success)
            return written;
    const QVector<Reminder> due = reminders::dueWithin(all.value(), today, within);

    if (inv.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Reminder &r : due) {
            QJsonObject o;
            o.insert(QStringLiteral("uid"), r.uid);
            o.insert(QStringLiteral("module"), r.module);
            o.insert(QStringLiteral("kind"), r.kind);
            o.insert(QStringLiteral("record_id"), r.recordId);
            o.insert(QStringLiteral("title"), r.title);
            o.insert(QStringLiteral("detail"), r.detail);
            o.insert(QStringLiteral("due"), dateJson(r.due));
            o.insert(QStringLiteral("last_done"), dateJson(r.lastDone));
            o.insert(QStringLiteral("state"), QLatin1String(stateKey(r.state)));
            o.insert(QStringLiteral("severity"), QLatin1String(severityKey(r.severity)));
            o.insert(QStringLiteral("days_until_due"), today.daysTo(r.due));
            array.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("today"), today.toString(Qt::ISODate));
        root.insert(QStringLiteral("within_days"), within);
        root.insert(QStringLiteral("reminders"), array);
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Success;
    }
    int overdue = 0;
    for (const Reminder &r : due) {
        if (r.state == ReminderState::Overdue)
            ++overdue;
        out << i18n::formatDate(r.due) << '\t' << reminders::ReminderText::state(r.state) << '\t'
            << reminders::ReminderText::module(r.module) << '\t' << r.title << '\t'
            << reminders::ReminderText::when(r, today) << Qt::endl;
    }
    out << Cli::tr("%n item(s) overdue or due within %1 days", nullptr,
                   static_cast<int>(due.size()))
               .arg(within)
        << Cli::tr(", %n overdue", nullptr, overdue) << Qt::endl;
    return Success;
}

int copyVault(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    if (inv.positional.size() != 2 || inv.value(QStringLiteral("to")).isEmpty())
        return fail(err, Cli::tr("Usage: kamae backup copy VAULT --to DIR"), UsageError);
    int rc = Success;
    auto v = unlock(inv, err, vault::OpenMode::ReadWrite, &rc, 1);
    if (!v)
        return rc;
    auto outcome =
        backups::copyVaultToMedia(*v, inv.value(QStringLiteral("to")), backups::defaultPerformer());
    if (!outcome)
        return fail(err, outcome.error(), WriteFailed);
    if (vault::VaultStatus s = saveChanges(*v, err); !s)
        return fail(err, s);
    out << outcome->message << Qt::endl;
    return outcome->recorded ? Success : Failure;
}

int verifyCopy(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    if (inv.positional.size() != 2)
        return fail(err, Cli::tr("Usage: kamae backup verify COPY [--vault VAULT]"), UsageError);
    const QString copy = inv.positional.at(1);
    // /dev/zero or a FIFO is no copy: refused before a passphrase is asked
    // for, and never logged in the vault as a failed check.
    if (int rc = needReadableVaultFile(copy, err))
        return rc;
    if (!inv.has(QStringLiteral("vault"))) {
        // Only the copy: its own passphrase slot opens it; nothing is logged.
        const auto pass =
            obtainSecret(inv.value(QStringLiteral("passphrase-file")),
                         QStringLiteral("KAMAE_PASSPHRASE"), Cli::tr("Passphrase: "), err);
        if (!pass)
            return fail(err, pass.error(), UsageError);
        vault::Vault::CopyReport report;
        const vault::VaultStatus s =
            vault::Vault::verifyCopyWithPassphrase(copy, pass.value(), &report);
        if (!s)
            return fail(err, s);
        out << Cli::tr("The copy %1 is intact (%2 bytes, schema %3).")
                   .arg(QDir::toNativeSeparators(report.path))
                   .arg(report.bytes)
                   .arg(report.schemaVersion)
            << Qt::endl;
        return Success;
    }
    Invocation withVault = inv;
    withVault.positional = {inv.value(QStringLiteral("vault"))};
    int rc = Success;
    auto v = unlock(withVault, err, vault::OpenMode::ReadWrite, &rc);
    if (!v)
        return rc;
    auto outcome = backups::verifyVaultCopy(*v, copy, backups::defaultPerformer());
    if (!outcome) // nothing was read (no such file): as without --vault
        return fail(err, outcome.error(), Failure);
    if (vault::VaultStatus s = saveChanges(*v, err); !s)
        return fail(err, s);
    if (!outcome->verified)
        return fail(err, outcome->message, DamagedFile);
    out << outcome->message << Qt::endl;
    return outcome->recorded ? Success : Failure;
}

} // namespace

int runDue(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    return cmdDue(inv, out, err);
}

int runBackup(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    if (inv.positional.value(0) == QLatin1String("copy"))
        return copyVault(inv, out, err);
    if (inv.positional.value(0) == QLatin1String("verify"))
        return verifyCopy(inv, out, err);
    return fail(err,
                Cli::tr("Usage: kamae backup copy VAULT --to DIR | kamae backup verify COPY "
                        "[--vault VAULT]"),
                UsageError);
}

} // namespace cli
} // namespace kamae

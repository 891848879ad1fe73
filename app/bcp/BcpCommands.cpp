#include "bcp/BcpCommands.h"

#include "bcp/BcpChecks.h"
#include "bcp/BcpRepository.h"
#include "core/Clock.h"
#include "i18n/Language.h"
#include "store/PeopleRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace kamae {
namespace bcp {

namespace {

struct BcpCommandText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::bcp::BcpCommands)
};

constexpr const char *kContext = "kamae::bcp::BcpCommands";

const char *const kCheckUsage =
    QT_TRANSLATE_NOOP("kamae::bcp::BcpCommands", "Usage: kamae bcp check VAULT [--json]");
const char *const kPublishUsage = QT_TRANSLATE_NOOP(
    "kamae::bcp::BcpCommands", "Usage: kamae bcp publish VAULT --approver NAME [--note TEXT]");

QString usage(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

QJsonValue idValue(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

int checkCommand(modules::CommandCall &call)
{
    if (call.positional().size() != 1)
        return call.fail(usage(kCheckUsage), modules::CommandError::Usage);
    store::Database *db = call.openVault(false);
    if (!db)
        return call.exitCode();
    const auto input = loadCheckInput(*db);
    if (!input)
        return call.fail(input.error());
    const QVector<Finding> findings = allChecks(*input);
    int againstRecords = 0;
    for (const Finding &f : findings)
        againstRecords += f.againstRecords() ? 1 : 0;
    const int completeness = static_cast<int>(findings.size()) - againstRecords;
    const QDate today = clock::today();
    QTextStream &out = call.out();
    if (call.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Finding &f : findings)
            list.append(QJsonObject{
                {QStringLiteral("kind"), findingKey(f.kind)},
                {QStringLiteral("against_records"), f.againstRecords()},
                {QStringLiteral("business_id"), idValue(f.businessId)},
                {QStringLiteral("business_number"),
                 f.businessNumber > 0 ? QJsonValue(f.businessNumber) : QJsonValue()},
                {QStringLiteral("role_id"), idValue(f.roleId)},
                {QStringLiteral("asset_id"), idValue(f.assetId)},
                {QStringLiteral("job_id"), idValue(f.jobId)},
                {QStringLiteral("alternative_id"), idValue(f.alternativeId)},
                {QStringLiteral("text"), f.text},
            });
        const QJsonObject root{
            {QStringLiteral("date"), today.toString(Qt::ISODate)},
            {QStringLiteral("core_businesses"), static_cast<int>(input->plan.businesses.size())},
            {QStringLiteral("against_records"), againstRecords},
            {QStringLiteral("completeness"), completeness},
            {QStringLiteral("findings"), list},
        };
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }
    out << BcpCommandText::tr(
               "BCP check on %1: %2 finding(s) against the records, %3 on completeness.")
               .arg(i18n::formatDate(today))
               .arg(againstRecords)
               .arg(completeness)
        << '\n';
    for (const Finding &f : findings)
        out << (f.againstRecords() ? QStringLiteral("! ") : QStringLiteral("- ")) << f.text << '\n';
    return 0;
}

int publishCommand(modules::CommandCall &call)
{
    const QString name = call.value(QStringLiteral("approver")).trimmed();
    if (call.positional().size() != 1 || name.isEmpty())
        return call.fail(usage(kPublishUsage), modules::CommandError::Usage);
    store::Database *db = call.openVault(true);
    if (!db)
        return call.exitCode();
    const auto people = store::PeopleRepository(*db).all();
    if (!people)
        return call.fail(people.error());
    qint64 approver = 0;
    for (const domain::Person &p : people.value())
        if (p.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            approver = p.id;
    if (approver == 0)
        return call.fail(
            BcpCommandText::tr("Nobody called \"%1\" is in the people list.").arg(name),
            modules::CommandError::Usage);
    const auto version = store::BcpRepository(*db).publish(
        approver, call.value(QStringLiteral("note")), clock::today());
    if (!version)
        return call.fail(version.error());
    if (!call.save())
        return call.exitCode();
    call.out() << BcpCommandText::tr("Published version %1 of the BCP on %2, approved by %3.")
                      .arg(version->number)
                      .arg(i18n::formatDate(version->published), version->approverName)
               << '\n';
    return 0;
}

} // namespace

QVector<modules::Command> bcpCommands()
{
    modules::Command check;
    check.command = "bcp";
    check.sub = "check";
    check.flags = {QStringLiteral("json")};
    check.context = kContext;
    check.usage = kCheckUsage;
    check.help = QT_TRANSLATE_NOOP("kamae::bcp::BcpCommands",
                                   "  bcp check VAULT [--json]\n"
                                   "                             the BCP checked against the "
                                   "assets, backups and\n"
                                   "                             restore tests, and what each "
                                   "section leaves out\n");
    check.run = checkCommand;

    modules::Command publish;
    publish.command = "bcp";
    publish.sub = "publish";
    publish.valued = {QStringLiteral("approver"), QStringLiteral("note")};
    publish.context = kContext;
    publish.usage = kPublishUsage;
    publish.help = QT_TRANSLATE_NOOP("kamae::bcp::BcpCommands",
                                     "  bcp publish VAULT --approver NAME [--note TEXT]\n"
                                     "                             freeze the draft BCP as its "
                                     "next version, approved\n"
                                     "                             by an entry of the people "
                                     "list\n");
    publish.run = publishCommand;
    return {check, publish};
}

} // namespace bcp
} // namespace kamae

#include "bcp/BcpVersions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace kamae {
namespace bcp {

using namespace domain;

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString(QLatin1String(""));
}

QDate dateFrom(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

qint64 idFrom(const QJsonValue &v)
{
    return static_cast<qint64>(v.toDouble());
}

int hoursFrom(const QJsonValue &v)
{
    return v.isDouble() ? v.toInt(-1) : -1;
}

template <typename E> E enumFrom(const QJsonValue &v, int count, E fallback)
{
    const int i = v.toInt(-1);
    return i >= 0 && i < count ? static_cast<E>(i) : fallback;
}

template <typename Item, typename Write> QJsonArray arrayOf(const QVector<Item> &items, Write write)
{
    QJsonArray out;
    for (const Item &item : items)
        out.append(write(item));
    return out;
}

template <typename Item, typename Read> QVector<Item> listOf(const QJsonValue &v, Read read)
{
    QVector<Item> out;
    for (const QJsonValue &item : v.toArray())
        out.append(read(item.toObject()));
    return out;
}

QJsonObject write(const BcpAssetLink &l)
{
    return {{QStringLiteral("asset"), l.assetId}, {QStringLiteral("role"), l.role}};
}

QJsonObject write(const BcpPartner &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("kind"), static_cast<int>(p.kind)},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("supplies"), p.supplies},
            {QStringLiteral("contact"), p.contact}};
}

QJsonObject write(const BcpAlternative &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("text"), a.text},
            {QStringLiteral("asset"), a.assetId}};
}

QJsonObject write(const BcpBusiness &b)
{
    return {
        {QStringLiteral("id"), b.id},
        {QStringLiteral("name"), b.name},
        {QStringLiteral("description"), b.description},
        {QStringLiteral("maxOutageHours"), b.maxOutageHours},
        {QStringLiteral("rtoHours"), b.rtoHours},
        {QStringLiteral("rpoHours"), b.rpoHours},
        {QStringLiteral("assets"), arrayOf(b.assets, [](const auto &x) { return write(x); })},
        {QStringLiteral("partners"), arrayOf(b.partners, [](const auto &x) { return write(x); })},
        {QStringLiteral("alternatives"),
         arrayOf(b.alternatives, [](const auto &x) { return write(x); })}};
}

QJsonObject write(const BcpRole &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("duties"), r.duties},
            {QStringLiteral("person"), r.personId},
            {QStringLiteral("deputy"), r.deputyId}};
}

QJsonObject write(const BcpBottleneck &b)
{
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("resource"), b.resource},
            {QStringLiteral("kind"), static_cast<int>(b.kind)},
            {QStringLiteral("asset"), b.assetId},
            {QStringLiteral("measure"), b.measure}};
}

QJsonObject write(const BcpInvestment &i)
{
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("text"), i.text},
            {QStringLiteral("costYen"), i.costYen},
            {QStringLiteral("planned"), dateText(i.planned)},
            {QStringLiteral("done"), dateText(i.done)}};
}

QJsonObject write(const BcpContact &c)
{
    return {{QStringLiteral("id"), c.id},       {QStringLiteral("kind"), static_cast<int>(c.kind)},
            {QStringLiteral("name"), c.name},   {QStringLiteral("organisation"), c.organisation},
            {QStringLiteral("phone"), c.phone}, {QStringLiteral("email"), c.email},
            {QStringLiteral("notes"), c.notes}, {QStringLiteral("person"), c.personId}};
}

QJsonObject write(const BcpInsurance &i)
{
    return {{QStringLiteral("id"), i.id},         {QStringLiteral("insurer"), i.insurer},
            {QStringLiteral("policy"), i.policy}, {QStringLiteral("covers"), i.covers},
            {QStringLiteral("amount"), i.amount}, {QStringLiteral("renews"), dateText(i.renews)}};
}

BcpBusiness readBusiness(const QJsonObject &o)
{
    BcpBusiness b;
    b.id = idFrom(o.value(QStringLiteral("id")));
    b.name = o.value(QStringLiteral("name")).toString();
    b.description = o.value(QStringLiteral("description")).toString();
    b.maxOutageHours = hoursFrom(o.value(QStringLiteral("maxOutageHours")));
    b.rtoHours = hoursFrom(o.value(QStringLiteral("rtoHours")));
    b.rpoHours = hoursFrom(o.value(QStringLiteral("rpoHours")));
    b.assets = listOf<BcpAssetLink>(o.value(QStringLiteral("assets")), [](const QJsonObject &x) {
        return BcpAssetLink{idFrom(x.value(QStringLiteral("asset"))),
                            x.value(QStringLiteral("role")).toString()};
    });
    b.partners = listOf<BcpPartner>(o.value(QStringLiteral("partners")), [](const QJsonObject &x) {
        BcpPartner p;
        p.id = idFrom(x.value(QStringLiteral("id")));
        p.kind = enumFrom(x.value(QStringLiteral("kind")), kBcpPartnerKindCount,
                          BcpPartnerKind::Supplier);
        p.name = x.value(QStringLiteral("name")).toString();
        p.supplies = x.value(QStringLiteral("supplies")).toString();
        p.contact = x.value(QStringLiteral("contact")).toString();
        return p;
    });
    b.alternatives =
        listOf<BcpAlternative>(o.value(QStringLiteral("alternatives")), [](const QJsonObject &x) {
            BcpAlternative a;
            a.id = idFrom(x.value(QStringLiteral("id")));
            a.text = x.value(QStringLiteral("text")).toString();
            a.assetId = idFrom(x.value(QStringLiteral("asset")));
            return a;
        });
    return b;
}

} // namespace

QByteArray planToJson(const BcpPlan &plan)
{
    QJsonObject sections;
    for (auto it = plan.sections.cbegin(); it != plan.sections.cend(); ++it)
        sections.insert(it.key(), it.value());
    const auto w = [](const auto &x) {
        return write(x);
    };
    const QJsonObject root{{QStringLiteral("format"), 1},
                           {QStringLiteral("language"), plan.language},
                           {QStringLiteral("sections"), sections},
                           {QStringLiteral("roles"), arrayOf(plan.roles, w)},
                           {QStringLiteral("businesses"), arrayOf(plan.businesses, w)},
                           {QStringLiteral("bottlenecks"), arrayOf(plan.bottlenecks, w)},
                           {QStringLiteral("investments"), arrayOf(plan.investments, w)},
                           {QStringLiteral("contacts"), arrayOf(plan.contacts, w)},
                           {QStringLiteral("insurance"), arrayOf(plan.insurance, w)}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<BcpPlan> planFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Failure{ErrorCode::Invalid,
                       BcpVersionText::tr("The stored version of the plan cannot be read.")};
    const QJsonObject root = doc.object();
    BcpPlan plan;
    // A version published before the plan had a language is Japanese.
    if (const QString language = root.value(QStringLiteral("language")).toString();
        isBcpLanguage(language))
        plan.language = language;
    const QJsonObject sections = root.value(QStringLiteral("sections")).toObject();
    for (auto it = sections.constBegin(); it != sections.constEnd(); ++it)
        plan.sections.insert(it.key(), it.value().toString());
    plan.roles = listOf<BcpRole>(root.value(QStringLiteral("roles")), [](const QJsonObject &x) {
        BcpRole r;
        r.id = idFrom(x.value(QStringLiteral("id")));
        r.title = x.value(QStringLiteral("title")).toString();
        r.duties = x.value(QStringLiteral("duties")).toString();
        r.personId = idFrom(x.value(QStringLiteral("person")));
        r.deputyId = idFrom(x.value(QStringLiteral("deputy")));
        return r;
    });
    plan.businesses = listOf<BcpBusiness>(root.value(QStringLiteral("businesses")), readBusiness);
    plan.bottlenecks =
        listOf<BcpBottleneck>(root.value(QStringLiteral("bottlenecks")), [](const QJsonObject &x) {
            BcpBottleneck b;
            b.id = idFrom(x.value(QStringLiteral("id")));
            b.resource = x.value(QStringLiteral("resource")).toString();
            b.kind = enumFrom(x.value(QStringLiteral("kind")), kBcpResourceKindCount,
                              BcpResourceKind::Other);
            b.assetId = idFrom(x.value(QStringLiteral("asset")));
            b.measure = x.value(QStringLiteral("measure")).toString();
            return b;
        });
    plan.investments =
        listOf<BcpInvestment>(root.value(QStringLiteral("investments")), [](const QJsonObject &x) {
            BcpInvestment i;
            i.id = idFrom(x.value(QStringLiteral("id")));
            i.text = x.value(QStringLiteral("text")).toString();
            i.costYen = x.value(QStringLiteral("costYen")).isDouble()
                            ? static_cast<qint64>(x.value(QStringLiteral("costYen")).toDouble())
                            : -1;
            i.planned = dateFrom(x.value(QStringLiteral("planned")));
            i.done = dateFrom(x.value(QStringLiteral("done")));
            return i;
        });
    plan.contacts =
        listOf<BcpContact>(root.value(QStringLiteral("contacts")), [](const QJsonObject &x) {
            BcpContact c;
            c.id = idFrom(x.value(QStringLiteral("id")));
            c.kind = enumFrom(x.value(QStringLiteral("kind")), kBcpContactKindCount,
                              BcpContactKind::Organisation);
            c.name = x.value(QStringLiteral("name")).toString();
            c.organisation = x.value(QStringLiteral("organisation")).toString();
            c.phone = x.value(QStringLiteral("phone")).toString();
            c.email = x.value(QStringLiteral("email")).toString();
            c.notes = x.value(QStringLiteral("notes")).toString();
            c.personId = idFrom(x.value(QStringLiteral("person")));
            return c;
        });
    plan.insurance =
        listOf<BcpInsurance>(root.value(QStringLiteral("insurance")), [](const QJsonObject &x) {
            BcpInsurance i;
            i.id = idFrom(x.value(QStringLiteral("id")));
            i.insurer = x.value(QStringLiteral("insurer")).toString();
            i.policy = x.value(QStringLiteral("policy")).toString();
            i.covers = x.value(QStringLiteral("covers")).toString();
            i.amount = x.value(QStringLiteral("amount")).toString();
            i.renews = dateFrom(x.value(QStringLiteral("renews")));
            return i;
        });
    return plan;
}

// ---- Comparing -----------------------------------------------------------

namespace {

QString hoursText(int hours)
{
    return hours < 0 ? BcpVersionText::tr("not stated")
                     : BcpVersionText::tr("%n h", nullptr, hours);
}

QString nameOf(const QHash<qint64, QString> &names, qint64 id)
{
    if (id <= 0)
        return BcpVersionText::tr("nobody");
    const QString name = names.value(id);
    return name.isEmpty() ? BcpVersionText::tr("#%1").arg(id) : name;
}

// "field: before → after" when they differ.
void addDetail(QStringList &details, const QString &field, const QString &before,
               const QString &after)
{
    if (before != after)
        details << BcpVersionText::tr("%1: %2 → %3")
                       .arg(field, before.isEmpty() ? BcpVersionText::tr("(empty)") : before,
                            after.isEmpty() ? BcpVersionText::tr("(empty)") : after);
}

void addChanged(QStringList &details, const QString &field, bool changed)
{
    if (changed)
        details << BcpVersionText::tr("%1 changed").arg(field);
}

// Entries matched by id: removed ones (in `from` order), then added and
// changed ones in `to` order.
template <typename Item>
QVector<PlanChange> compareLists(const QVector<Item> &from, const QVector<Item> &to,
                                 const std::function<QString(const Item &)> &label,
                                 const std::function<QStringList(const Item &, const Item &)> &diff)
{
    QVector<PlanChange> out;
    QHash<qint64, const Item *> before;
    for (const Item &item : from)
        before.insert(item.id, &item);
    QSet<qint64> kept;
    for (const Item &item : to)
        if (before.contains(item.id))
            kept.insert(item.id);
    for (const Item &item : from)
        if (!kept.contains(item.id))
            out.append({ChangeKind::Removed, item.id, label(item), {}});
    for (const Item &item : to) {
        const Item *old = before.value(item.id);
        if (!old || item.id <= 0) {
            out.append({ChangeKind::Added, item.id, label(item), {}});
            continue;
        }
        if (*old == item)
            continue;
        const QStringList details = diff(*old, item);
        out.append({ChangeKind::Changed, item.id, label(item),
                    details.join(BcpVersionText::tr("; ", "between changes"))});
    }
    return out;
}

QStringList businessDiff(const BcpBusiness &a, const BcpBusiness &b, const PlanNames &names)
{
    QStringList d;
    addDetail(d, BcpVersionText::tr("Name"), a.name, b.name);
    addChanged(d, BcpVersionText::tr("Description"), a.description != b.description);
    addDetail(d, BcpVersionText::tr("Maximum tolerable outage"), hoursText(a.maxOutageHours),
              hoursText(b.maxOutageHours));
    addDetail(d, BcpVersionText::tr("RTO"), hoursText(a.rtoHours), hoursText(b.rtoHours));
    addDetail(d, BcpVersionText::tr("RPO"), hoursText(a.rpoHours), hoursText(b.rpoHours));
    QHash<qint64, QString> roles;
    for (const BcpAssetLink &l : a.assets)
        roles.insert(l.assetId, l.role);
    QSet<qint64> now;
    for (const BcpAssetLink &l : b.assets) {
        now.insert(l.assetId);
        if (!roles.contains(l.assetId))
            d << BcpVersionText::tr("asset %1 added").arg(nameOf(names.assets, l.assetId));
        else if (roles.value(l.assetId) != l.role)
            d << BcpVersionText::tr("role of asset %1 changed")
                     .arg(nameOf(names.assets, l.assetId));
    }
    for (const BcpAssetLink &l : a.assets)
        if (!now.contains(l.assetId))
            d << BcpVersionText::tr("asset %1 removed").arg(nameOf(names.assets, l.assetId));
    addChanged(d, BcpVersionText::tr("Suppliers and customers"), a.partners != b.partners);
    addChanged(d, BcpVersionText::tr("Alternatives"), a.alternatives != b.alternatives);
    return d;
}

} // namespace

QString BcpVersionText::languageName(const QString &language)
{
    return language == QLatin1String("en") ? tr("English") : tr("Japanese");
}

QString BcpVersionText::partName(PlanPart part)
{
    switch (part) {
    case PlanPart::Policy:
        return BcpRecordText::sectionName(bcpsection::Policy);
    case PlanPart::Roles:
        return tr("Organisation and roles (Form 03)");
    case PlanPart::Card:
        return BcpRecordText::sectionName(bcpsection::Card);
    case PlanPart::Businesses:
        return tr("Core businesses (Form 06)");
    case PlanPart::Bottlenecks:
        return tr("Bottleneck resources (Form 16-2)");
    case PlanPart::Investments:
        return tr("Pre-incident investments (Form 09)");
    case PlanPart::Contacts:
        return tr("Contacts (Forms 11, 12)");
    case PlanPart::Insurance:
        return tr("Insurance (Form 18)");
    case PlanPart::Scenarios:
        return BcpRecordText::sectionName(bcpsection::Scenarios);
    case PlanPart::Response:
        return BcpRecordText::sectionName(bcpsection::Response);
    case PlanPart::Language:
        return tr("Language of the plan");
    }
    return {};
}

QVector<SectionChanges> comparePlans(const BcpPlan &from, const BcpPlan &to, const PlanNames &names)
{
    QVector<SectionChanges> out;
    const auto add = [&out](PlanPart part, QVector<PlanChange> changes) {
        if (!changes.isEmpty())
            out.append({part, std::move(changes)});
    };
    const auto prose = [&](PlanPart part, const QString &key) {
        const QString a = from.sections.value(key);
        const QString b = to.sections.value(key);
        if (a == b)
            return;
        const ChangeKind kind = a.isEmpty()   ? ChangeKind::Added
                                : b.isEmpty() ? ChangeKind::Removed
                                              : ChangeKind::Changed;
        add(part, {{kind, 0, BcpVersionText::partName(part), {}}});
    };

    if (from.language != to.language)
        add(PlanPart::Language,
            {{ChangeKind::Changed, 0, BcpVersionText::partName(PlanPart::Language),
              QStringLiteral("%1 → %2").arg(BcpVersionText::languageName(from.language),
                                            BcpVersionText::languageName(to.language))}});
    prose(PlanPart::Policy, bcpsection::Policy);
    add(PlanPart::Roles,
        compareLists<BcpRole>(
            from.roles, to.roles, [](const BcpRole &r) { return r.title; },
            [&names](const BcpRole &a, const BcpRole &b) {
                QStringList d;
                addDetail(d, BcpVersionText::tr("Title"), a.title, b.title);
                addChanged(d, BcpVersionText::tr("Duties"), a.duties != b.duties);
                addDetail(d, BcpVersionText::tr("Person"), nameOf(names.people, a.personId),
                          nameOf(names.people, b.personId));
                addDetail(d, BcpVersionText::tr("Deputy"), nameOf(names.people, a.deputyId),
                          nameOf(names.people, b.deputyId));
                return d;
            }));
    prose(PlanPart::Card, bcpsection::Card);
    add(PlanPart::Businesses,
        compareLists<BcpBusiness>(
            from.businesses, to.businesses, [](const BcpBusiness &b) { return b.name; },
            [&names](const BcpBusiness &a, const BcpBusiness &b) {
                return businessDiff(a, b, names);
            }));
    add(PlanPart::Bottlenecks,
        compareLists<BcpBottleneck>(
            from.bottlenecks, to.bottlenecks, [](const BcpBottleneck &b) { return b.resource; },
            [](const BcpBottleneck &a, const BcpBottleneck &b) {
                QStringList d;
                addDetail(d, BcpVersionText::tr("Resource"), a.resource, b.resource);
                addChanged(d, BcpVersionText::tr("Measure"), a.measure != b.measure);
                addChanged(d, BcpVersionText::tr("Kind or asset"),
                           a.kind != b.kind || a.assetId != b.assetId);
                return d;
            }));
    add(PlanPart::Investments,
        compareLists<BcpInvestment>(
            from.investments, to.investments, [](const BcpInvestment &i) { return i.text; },
            [](const BcpInvestment &a, const BcpInvestment &b) {
                QStringList d;
                addChanged(d, BcpVersionText::tr("Description"), a.text != b.text);
                addDetail(d, BcpVersionText::tr("Cost"),
                          a.costYen < 0 ? QString() : QString::number(a.costYen),
                          b.costYen < 0 ? QString() : QString::number(b.costYen));
                addDetail(d, BcpVersionText::tr("Planned"), dateText(a.planned),
                          dateText(b.planned));
                addDetail(d, BcpVersionText::tr("Done"), dateText(a.done), dateText(b.done));
                return d;
            }));
    add(PlanPart::Contacts,
        compareLists<BcpContact>(
            from.contacts, to.contacts,
            [](const BcpContact &c) { return c.name.isEmpty() ? c.organisation : c.name; },
            [](const BcpContact &a, const BcpContact &b) {
                QStringList d;
                addDetail(d, BcpVersionText::tr("Name"), a.name, b.name);
                addDetail(d, BcpVersionText::tr("Organisation"), a.organisation, b.organisation);
                addDetail(d, BcpVersionText::tr("Phone"), a.phone, b.phone);
                addDetail(d, BcpVersionText::tr("E-mail"), a.email, b.email);
                addChanged(d, BcpVersionText::tr("Notes"), a.notes != b.notes);
                addChanged(d, BcpVersionText::tr("Kind or person"),
                           a.kind != b.kind || a.personId != b.personId);
                return d;
            }));
    add(PlanPart::Insurance,
        compareLists<BcpInsurance>(
            from.insurance, to.insurance, [](const BcpInsurance &i) { return i.insurer; },
            [](const BcpInsurance &a, const BcpInsurance &b) {
                QStringList d;
                addDetail(d, BcpVersionText::tr("Insurer"), a.insurer, b.insurer);
                addDetail(d, BcpVersionText::tr("Policy"), a.policy, b.policy);
                addChanged(d, BcpVersionText::tr("What it covers"), a.covers != b.covers);
                addDetail(d, BcpVersionText::tr("Amount"), a.amount, b.amount);
                addDetail(d, BcpVersionText::tr("Renewal"), dateText(a.renews), dateText(b.renews));
                return d;
            }));
    prose(PlanPart::Scenarios, bcpsection::Scenarios);
    prose(PlanPart::Response, bcpsection::Response);
    return out;
}

} // namespace bcp
} // namespace kamae

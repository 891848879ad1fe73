#include "bcp/BcpPrint.h"

#include "bcp/BcpHtml.h"
#include "bcp/BcpRepository.h"
#include "core/FileNames.h"
#include "i18n/Language.h"
#include "store/OrganisationRepository.h"
#include "store/PeopleRepository.h"

#include <QLocale>
#include <QSet>

namespace kamae {
namespace bcp {

using namespace domain;
using Block = PrintBlock;
using Kind = PrintBlock::Kind;

namespace {

QString notFilled()
{
    return BcpPrintText::tr("Not filled in yet.");
}

Block emptyBlock()
{
    Block b;
    b.kind = Kind::Empty;
    b.text = notFilled();
    return b;
}

Block textBlock(const QString &text, Kind kind = Kind::Text)
{
    Block b;
    b.kind = kind;
    b.text = text;
    return b;
}

Block heading(const QString &text)
{
    return textBlock(text, Kind::Heading);
}

Block table(const QStringList &headers, const QVector<int> &stretch,
            const QVector<QStringList> &rows)
{
    Block b;
    b.kind = Kind::Table;
    b.headers = headers;
    b.stretch = stretch;
    b.rows = rows;
    return b;
}

QString hours(int h)
{
    return h < 0 ? BcpPrintText::tr("Not stated") : BcpPrintText::tr("%n h", "hours", h);
}

QString yen(qint64 cost)
{
    return cost < 0 ? BcpPrintText::tr("Not stated")
                    : BcpPrintText::tr("%1 yen").arg(QLocale(QLocale::English).toString(cost));
}

QString date(const QDate &d)
{
    return d.isValid() ? i18n::formatDate(d) : QString();
}

QString fileName(const QString &stem, const QString &organisation, const QString &tail)
{
    return pdfFileName(stem, {organisation, tail});
}

const Person *personOf(const PrintInput &in, qint64 id)
{
    return id > 0 ? findPerson(in.people, id) : nullptr;
}

QString personName(const PrintInput &in, qint64 id)
{
    const Person *p = personOf(in, id);
    return p ? p->name : QString();
}

// A person's phone: the staff contact's (様式12) first, else the people
// list's phone, else its other contact unless that is an e-mail address.
QString phoneOf(const PrintInput &in, qint64 id)
{
    if (id <= 0)
        return {};
    for (const BcpContact &c : in.plan.contacts)
        if (c.kind == BcpContactKind::Staff && c.personId == id && !c.phone.trimmed().isEmpty())
            return c.phone.trimmed();
    const Person *p = personOf(in, id);
    if (!p)
        return {};
    if (!p->phone.trimmed().isEmpty())
        return p->phone.trimmed();
    // Another way to reach them, when it is no e-mail address (a mobile).
    return looksLikeEmail(p->contact) ? QString() : p->contact.trimmed();
}

QString assetName(const PrintInput &in, qint64 id)
{
    if (id <= 0)
        return {};
    const QString name = in.assetNames.value(id);
    return name.isEmpty() ? BcpPrintText::tr("Asset #%1 (no longer in the register)").arg(id)
                          : name;
}

PrintSection section(const QString &id, const QString &title, const QString &form)
{
    PrintSection s;
    s.id = id;
    s.title = title;
    s.form = form;
    return s;
}

// A section without content says so, so that the binder shows its gaps.
void markEmpty(PrintSection &s)
{
    if (s.blocks.isEmpty()) {
        s.blocks.append(emptyBlock());
        s.filled = false;
    }
}

QString exerciseKindText(ExerciseKind kind)
{
    return BcpRecordText::exerciseKind(kind);
}

QVector<PrintSection> planSections(const PrintInput &in)
{
    const BcpPlan &plan = in.plan;
    QVector<PrintSection> out;

    PrintSection policy = section(QStringLiteral("policy"), BcpPrintText::tr("Basic policy"),
                                  QStringLiteral("様式02"));
    policy.blocks = proseSection(plan.sections.value(bcpsection::Policy));
    policy.filled = hasProse(plan.sections.value(bcpsection::Policy));
    out.append(policy);

    PrintSection roles =
        section(QStringLiteral("roles"), BcpPrintText::tr("Emergency organisation and roles"),
                QStringLiteral("様式03"));
    if (!plan.roles.isEmpty()) {
        QVector<QStringList> rows;
        for (const BcpRole &r : plan.roles) {
            const QString holder = personName(in, r.personId);
            const QString deputy = personName(in, r.deputyId);
            rows.append({r.title, r.duties,
                         holder.isEmpty() ? BcpPrintText::tr("Not assigned") : holder,
                         deputy.isEmpty() ? BcpPrintText::tr("None") : deputy});
        }
        roles.blocks.append(table({BcpPrintText::tr("Role"), BcpPrintText::tr("Duties"),
                                   BcpPrintText::tr("Holder"), BcpPrintText::tr("Deputy")},
                                  {3, 6, 3, 3}, rows));
    }
    markEmpty(roles);
    out.append(roles);

    PrintSection card = section(QStringLiteral("card"), BcpPrintText::tr("Employee emergency card"),
                                QStringLiteral("様式04"));
    card.blocks = proseSection(plan.sections.value(bcpsection::Card));
    card.filled = hasProse(plan.sections.value(bcpsection::Card));
    if (card.filled)
        card.blocks.append(textBlock(
            BcpPrintText::tr("The card to hand out is printed at the end of this binder."),
            Kind::Note));
    out.append(card);

    PrintSection businesses =
        section(QStringLiteral("businesses"), BcpPrintText::tr("Core businesses"),
                QStringLiteral("様式06"));
    for (int i = 0; i < plan.businesses.size(); ++i) {
        const BcpBusiness &b = plan.businesses.at(i);
        businesses.blocks.append(heading(QStringLiteral("%1. %2").arg(i + 1).arg(b.name)));
        if (!b.description.trimmed().isEmpty())
            businesses.blocks.append(textBlock(b.description.trimmed()));
        businesses.blocks.append(
            table({BcpPrintText::tr("Maximum tolerable outage"),
                   BcpPrintText::tr("Recovery time objective (RTO)"),
                   BcpPrintText::tr("Recovery point objective (RPO)")},
                  {1, 1, 1}, {{hours(b.maxOutageHours), hours(b.rtoHours), hours(b.rpoHours)}}));
        if (b.assets.isEmpty()) {
            businesses.blocks.append(
                textBlock(BcpPrintText::tr("No asset of the register is linked."), Kind::Empty));
        } else {
            QVector<QStringList> rows;
            for (const BcpAssetLink &l : b.assets)
                rows.append({assetName(in, l.assetId), l.role});
            businesses.blocks.append(
                table({BcpPrintText::tr("Asset it depends on"), BcpPrintText::tr("Its role")},
                      {1, 1}, rows));
        }
    }
    markEmpty(businesses);
    out.append(businesses);

    // Lists kept per core business, printed per form.
    const auto perBusiness = [&plan](const auto &rowsOf) {
        QVector<QStringList> rows;
        for (const BcpBusiness &b : plan.businesses)
            for (const QStringList &row : rowsOf(b))
                rows.append(QStringList{b.name} + row);
        return rows;
    };

    PrintSection alternatives =
        section(QStringLiteral("alternatives"),
                BcpPrintText::tr("Alternatives and manual fallbacks"), QStringLiteral("様式08"));
    const QVector<QStringList> altRows = perBusiness([&in](const BcpBusiness &b) {
        QVector<QStringList> rows;
        for (const BcpAlternative &a : b.alternatives)
            rows.append(
                {a.text, a.assetId > 0 ? assetName(in, a.assetId) : BcpPrintText::tr("None")});
        return rows;
    });
    if (!altRows.isEmpty())
        alternatives.blocks.append(
            table({BcpPrintText::tr("Core business"), BcpPrintText::tr("Alternative"),
                   BcpPrintText::tr("Asset it needs")},
                  {2, 5, 2}, altRows));
    markEmpty(alternatives);
    out.append(alternatives);

    PrintSection investments =
        section(QStringLiteral("investments"), BcpPrintText::tr("Pre-incident investments"),
                QStringLiteral("様式09"));
    if (!plan.investments.isEmpty()) {
        QVector<QStringList> rows;
        for (const BcpInvestment &v : plan.investments)
            rows.append({v.text, yen(v.costYen), date(v.planned),
                         v.done.isValid() ? date(v.done) : BcpPrintText::tr("Not yet")});
        investments.blocks.append(table({BcpPrintText::tr("Investment"), BcpPrintText::tr("Cost"),
                                         BcpPrintText::tr("Planned"), BcpPrintText::tr("Done")},
                                        {5, 2, 2, 2}, rows));
    }
    markEmpty(investments);
    out.append(investments);

    PrintSection organisations =
        section(QStringLiteral("contacts"), BcpPrintText::tr("Contacts of key organisations"),
                QStringLiteral("様式11"));
    PrintSection staff = section(QStringLiteral("staff"), BcpPrintText::tr("Staff contact list"),
                                 QStringLiteral("様式12"));
    QVector<QStringList> orgRows, staffRows;
    for (const BcpContact &c : plan.contacts) {
        if (c.kind == BcpContactKind::Organisation) {
            orgRows.append({c.organisation, c.name, c.phone, c.email, c.notes});
        } else {
            const QString name = c.name.trimmed().isEmpty() ? personName(in, c.personId) : c.name;
            const QString phone =
                c.phone.trimmed().isEmpty() ? phoneOf(in, c.personId) : c.phone.trimmed();
            QString email = c.email;
            if (email.trimmed().isEmpty())
                if (const Person *p = personOf(in, c.personId))
                    email = p->email;
            staffRows.append({name, phone, email, c.notes});
        }
    }
    if (!orgRows.isEmpty())
        organisations.blocks.append(table({BcpPrintText::tr("Organisation"),
                                           BcpPrintText::tr("Name"), BcpPrintText::tr("Phone"),
                                           BcpPrintText::tr("E-mail"), BcpPrintText::tr("Notes")},
                                          {3, 3, 2, 3, 3}, orgRows));
    markEmpty(organisations);
    out.append(organisations);
    if (!staffRows.isEmpty())
        staff.blocks.append(table({BcpPrintText::tr("Name"), BcpPrintText::tr("Phone"),
                                   BcpPrintText::tr("E-mail"), BcpPrintText::tr("Notes")},
                                  {3, 2, 3, 3}, staffRows));
    markEmpty(staff);
    out.append(staff);

    const auto partners = [&](BcpPartnerKind kind, const QString &id, const QString &title,
                              const QString &form, const QString &what) {
        PrintSection s = section(id, title, form);
        const QVector<QStringList> rows = perBusiness([kind](const BcpBusiness &b) {
            QVector<QStringList> r;
            for (const BcpPartner &p : b.partners)
                if (p.kind == kind)
                    r.append({p.name, p.supplies, p.contact});
            return r;
        });
        if (!rows.isEmpty())
            s.blocks.append(table({BcpPrintText::tr("Core business"), BcpPrintText::tr("Name"),
                                   what, BcpPrintText::tr("Contact")},
                                  {2, 3, 3, 3}, rows));
        markEmpty(s);
        return s;
    };
    out.append(partners(BcpPartnerKind::Supplier, QStringLiteral("suppliers"),
                        BcpPrintText::tr("Suppliers and outsourcees"), QStringLiteral("様式15"),
                        BcpPrintText::tr("What they supply")));

    PrintSection bottlenecks =
        section(QStringLiteral("bottlenecks"), BcpPrintText::tr("Bottleneck resources"),
                QStringLiteral("様式16-2"));
    if (!plan.bottlenecks.isEmpty()) {
        QVector<QStringList> rows;
        for (const BcpBottleneck &b : plan.bottlenecks)
            rows.append({b.resource, BcpRecordText::resourceKind(b.kind), assetName(in, b.assetId),
                         b.measure});
        bottlenecks.blocks.append(
            table({BcpPrintText::tr("Resource"), BcpPrintText::tr("Kind"),
                   BcpPrintText::tr("Register asset"), BcpPrintText::tr("Measure")},
                  {3, 2, 3, 5}, rows));
    }
    markEmpty(bottlenecks);
    out.append(bottlenecks);

    out.append(partners(BcpPartnerKind::Customer, QStringLiteral("customers"),
                        BcpPrintText::tr("Key customers"), QStringLiteral("様式17"),
                        BcpPrintText::tr("What they take")));

    PrintSection insurance = section(QStringLiteral("insurance"), BcpPrintText::tr("Insurance"),
                                     QStringLiteral("様式18"));
    if (!plan.insurance.isEmpty()) {
        QVector<QStringList> rows;
        for (const BcpInsurance &v : plan.insurance)
            rows.append({v.insurer, v.policy, v.covers, v.amount, date(v.renews)});
        insurance.blocks.append(table({BcpPrintText::tr("Insurer"), BcpPrintText::tr("Policy"),
                                       BcpPrintText::tr("What it covers"),
                                       BcpPrintText::tr("Amount"), BcpPrintText::tr("Renewal")},
                                      {3, 3, 4, 2, 2}, rows));
    }
    markEmpty(insurance);
    out.append(insurance);

    PrintSection scenarios = section(QStringLiteral("scenarios"),
                                     BcpPrintText::tr("Cyber incident scenarios"), QString());
    scenarios.blocks = proseSection(plan.sections.value(bcpsection::Scenarios));
    scenarios.filled = hasProse(plan.sections.value(bcpsection::Scenarios));
    out.append(scenarios);

    PrintSection response =
        section(QStringLiteral("response"), BcpPrintText::tr("First response"), QString());
    response.blocks = proseSection(plan.sections.value(bcpsection::Response));
    response.filled = hasProse(plan.sections.value(bcpsection::Response));
    out.append(response);

    PrintSection exercises =
        section(QStringLiteral("exercises"), BcpPrintText::tr("Exercises held"), QString());
    QVector<QStringList> exRows;
    for (const BcpExercise &e : in.exercises) {
        if (in.versionNumber > 0 && e.date > in.published)
            continue; // a version shows what was held when it was published
        QStringList names;
        for (qint64 id : e.participants)
            if (const QString n = personName(in, id); !n.isEmpty())
                names << n;
        QStringList followUps;
        for (const BcpAction &a : e.actions)
            followUps << (a.done.isValid() ? BcpPrintText::tr("%1 (done)").arg(a.text) : a.text);
        exRows.append({date(e.date), exerciseKindText(e.kind), e.scenario,
                       names.join(BcpPrintText::tr(", ")), followUps.join(QStringLiteral(" / "))});
    }
    if (!exRows.isEmpty())
        exercises.blocks.append(
            table({BcpPrintText::tr("Date"), BcpPrintText::tr("Kind"), BcpPrintText::tr("Scenario"),
                   BcpPrintText::tr("Participants"), BcpPrintText::tr("Follow-up actions")},
                  {2, 2, 3, 3, 4}, exRows));
    else
        exercises.blocks.append(textBlock(BcpPrintText::tr("No exercise held yet."), Kind::Empty));
    exercises.filled = !exRows.isEmpty();
    out.append(exercises);
    return out;
}

PrintSection checksSection(const PrintInput &in)
{
    PrintSection s = section(QStringLiteral("checks"),
                             BcpPrintText::tr("Appendix: checks against the records"), QString());
    s.blocks.append(
        textBlock(BcpPrintText::tr("What Kamae found on %1 when it compared the draft with the "
                                   "asset register, the backup jobs and their restore tests, "
                                   "and what the plan leaves out.")
                      .arg(date(in.printed)),
                  Kind::Note));
    const QVector<Finding> findings = allChecks(in.checks);
    QVector<Finding> records, gaps;
    for (const Finding &f : findings)
        (f.againstRecords() ? records : gaps).append(f);
    s.blocks.append(heading(BcpPrintText::tr("Against the records")));
    if (records.isEmpty())
        s.blocks.append(
            textBlock(BcpPrintText::tr("No finding: the backups can meet the recovery targets.")));
    for (const Finding &f : records) {
        // A finding opens with its business ("core business 2 (…): …"),
        // which starts a sentence here.
        QString text = f.text;
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        Block b = textBlock(text, Kind::Bullet);
        b.marker = QStringLiteral("・");
        s.blocks.append(b);
    }
    s.blocks.append(heading(BcpPrintText::tr("Completeness")));
    if (gaps.isEmpty())
        s.blocks.append(textBlock(BcpPrintText::tr("Every part of the plan is filled in.")));
    for (const Finding &f : gaps) {
        Block b = textBlock(f.text, Kind::Bullet);
        b.marker = QStringLiteral("・");
        s.blocks.append(b);
    }
    return s;
}

QString statusOf(const PrintInput &in)
{
    return in.versionNumber > 0 ? BcpPrintText::tr("Version %1").arg(in.versionNumber)
                                : BcpPrintText::tr("Draft");
}

QString footerOf(const PrintInput &in)
{
    return in.versionNumber > 0 ? BcpPrintText::tr("Version %1 · published %2")
                                      .arg(in.versionNumber)
                                      .arg(date(in.published))
                                : BcpPrintText::tr("Draft · printed %1").arg(date(in.printed));
}

QString versionTail(const PrintInput &in)
{
    return in.versionNumber > 0 ? QStringLiteral("v%1").arg(in.versionNumber)
                                : in.printed.toString(QStringLiteral("yyyyMMdd"));
}

} // namespace

QString PrintSection::heading() const
{
    return form.isEmpty()
               ? title
               : BcpPrintText::tr("%1 (%2)", "section title (form number)").arg(title, form);
}

QVector<PrintBlock> proseSection(const QString &html)
{
    QVector<PrintBlock> out;
    for (const ProseBlock &p : proseBlocks(html)) {
        switch (p.kind) {
        case ProseKind::Heading:
            out.append(heading(p.text()));
            break;
        case ProseKind::Paragraph:
            out.append(textBlock(p.text()));
            break;
        case ProseKind::ListItem: {
            Block b = textBlock(p.text(), Kind::Bullet);
            b.marker = p.ordered ? QStringLiteral("%1.").arg(p.number) : QStringLiteral("・");
            b.depth = p.level;
            out.append(b);
            break;
        }
        case ProseKind::Table: {
            int columns = 0;
            for (const QStringList &row : p.rows)
                columns = std::max(columns, int(row.size()));
            Block b;
            b.kind = Kind::Table;
            b.rows = p.rows.mid(1);
            b.headers = p.rows.value(0);
            b.stretch = QVector<int>(columns, 1);
            if (b.rows.isEmpty()) { // one row: no header
                b.rows = p.rows;
                b.headers = QStringList();
                for (int c = 0; c < columns; ++c)
                    b.headers << QString();
            }
            out.append(b);
            break;
        }
        }
    }
    if (out.isEmpty())
        out.append(emptyBlock());
    return out;
}

BcpPrintout binder(const PrintInput &in)
{
    BcpPrintout p;
    p.language = i18n::currentLanguage();
    p.title = BcpPrintText::tr("Business continuity plan (BCP)");
    p.organisation = in.organisation;
    p.status = statusOf(in);
    if (in.versionNumber > 0) {
        p.coverFields.append({BcpPrintText::tr("Version"), QString::number(in.versionNumber)});
        p.coverFields.append({BcpPrintText::tr("Published on"), date(in.published)});
        if (!in.approver.isEmpty())
            p.coverFields.append({BcpPrintText::tr("Approved by"), in.approver});
    } else {
        p.coverFields.append(
            {BcpPrintText::tr("Version"), BcpPrintText::tr("Draft, not published")});
    }
    p.coverFields.append({BcpPrintText::tr("Printed on"), date(in.printed)});
    p.contentsTitle = BcpPrintText::tr("Contents");
    p.contentsHeaders = {BcpPrintText::tr("Section"), BcpPrintText::tr("Page")};
    p.sections = planSections(in);
    if (in.versionNumber == 0)
        p.sections.append(checksSection(in));
    p.callTree = callTree(in);
    p.card = emergencyCard(in);
    p.callTreeHeading = BcpPrintText::tr("Appendix: call tree");
    p.cardHeading =
        BcpPrintText::tr("Appendix: employee emergency card (%1)").arg(QStringLiteral("様式04"));
    p.footerCentre = footerOf(in);
    p.pageLabel = BcpPrintText::tr("Page %1 of %2");
    p.fileName = fileName(BcpPrintText::tr("BCP"), in.organisation, versionTail(in));
    p.cardFileName = fileName(BcpPrintText::tr("Emergency_card"), in.organisation, versionTail(in));
    p.callTreeFileName = fileName(BcpPrintText::tr("Call_tree"), in.organisation, versionTail(in));
    return p;
}

CallTree callTree(const PrintInput &in)
{
    CallTree t;
    t.title = BcpPrintText::tr("Call tree");
    t.intro = BcpPrintText::tr(
        "In an emergency the head of the emergency team calls each role; who cannot "
        "be reached is replaced by the deputy. Check the numbers at every exercise.");
    t.deputyLabel = BcpPrintText::tr("Deputy: %1");
    t.emptyText = BcpPrintText::tr("No role is listed in the emergency organisation (様式03) yet.");
    const auto box = [&in](const BcpRole &r) {
        CallTreeBox b;
        b.role = r.title;
        b.holder = personName(in, r.personId);
        if (b.holder.isEmpty())
            b.holder = BcpPrintText::tr("Not assigned");
        b.phone = phoneOf(in, r.personId);
        b.deputy = personName(in, r.deputyId);
        b.deputyPhone = phoneOf(in, r.deputyId);
        return b;
    };
    for (int i = 0; i < in.plan.roles.size(); ++i) {
        if (i == 0)
            t.root = box(in.plan.roles.at(i));
        else
            t.children.append(box(in.plan.roles.at(i)));
    }
    return t;
}

EmergencyCard emergencyCard(const PrintInput &in)
{
    EmergencyCard c;
    c.title = BcpPrintText::tr("Employee emergency card");
    c.organisation = in.organisation;
    c.firstTitle = BcpPrintText::tr("What to do first");
    for (const ProseBlock &b : proseBlocks(in.plan.sections.value(bcpsection::Card)))
        if (b.kind == ProseKind::Paragraph || b.kind == ProseKind::ListItem)
            c.firstSteps << b.text().replace(QLatin1Char('\n'), QLatin1Char(' '));
        else if (b.kind == ProseKind::Table)
            for (const QStringList &row : b.rows)
                c.firstSteps << row.join(QStringLiteral(" "));
    if (c.firstSteps.isEmpty())
        c.firstSteps = {
            BcpPrintText::tr("Make yourself and the people around you safe first."),
            BcpPrintText::tr("From a safe place, report to your manager or the emergency team."),
            BcpPrintText::tr(
                "If you suspect a cyber attack, disconnect the PC from the network, leave it "
                "on and call the IT contact."),
        };
    c.dialTitle = BcpPrintText::tr("Disaster emergency message dial 171");
    c.dialSteps = {
        BcpPrintText::tr("Record: call 171, press 1, then your home phone number."),
        BcpPrintText::tr(
            "Play back: call 171, press 2, then the phone number of the person you look for."),
        BcpPrintText::tr("On the web: web171 %1").arg(QStringLiteral("https://www.web171.jp/")),
    };
    c.contactsTitle = BcpPrintText::tr("Emergency contacts");
    // The top roles' holders first (the head of the team and the next two),
    // then the key organisations.
    for (int i = 0; i < in.plan.roles.size() && i < 3; ++i) {
        const BcpRole &r = in.plan.roles.at(i);
        const QString name = personName(in, r.personId);
        if (name.isEmpty())
            continue;
        c.contacts.append({r.title, name, phoneOf(in, r.personId)});
    }
    int organisations = 0;
    for (const BcpContact &k : in.plan.contacts)
        if (k.kind == BcpContactKind::Organisation && organisations < 3 &&
            !k.phone.trimmed().isEmpty()) {
            c.contacts.append({k.organisation.trimmed().isEmpty() ? k.name : k.organisation,
                               k.organisation.trimmed().isEmpty() ? QString() : k.name,
                               k.phone.trimmed()});
            ++organisations;
        }
    c.blanks = {BcpPrintText::tr("My name"), BcpPrintText::tr("My department"),
                BcpPrintText::tr("Family meeting place"), BcpPrintText::tr("Family contact")};
    c.cutLabel = BcpPrintText::tr("Cut here");
    return c;
}

MetiDraft metiDraft(const PrintInput &in)
{
    MetiDraft d;
    d.language = i18n::currentLanguage();
    d.title =
        BcpPrintText::tr("Business Continuity Strengthening Plan (事業継続力強化計画): draft");
    d.organisation = in.organisation;
    d.draftNote = BcpPrintText::tr(
                      "A draft filled from the BCP (%1) for the SME Agency's stand-alone form "
                      "(単独型). Adapt it to the form's current version and complete what the plan "
                      "cannot say (the company's role in its supply chain, the effect of natural "
                      "disasters, funding) before submitting it.")
                      .arg(statusOf(in));
    const BcpPlan &plan = in.plan;

    PrintSection name = section(QStringLiteral("meti-name"),
                                BcpPrintText::tr("1. Name and details (名称等)"), QString());
    name.blocks.append(table({BcpPrintText::tr("Item"), BcpPrintText::tr("Entry")}, {1, 3},
                             {{BcpPrintText::tr("Name of the business"),
                               in.organisation.isEmpty() ? notFilled() : in.organisation}}));
    d.sections.append(name);

    // 目標
    PrintSection goals = section(QStringLiteral("meti-goals"),
                                 BcpPrintText::tr("2. Goals of strengthening business continuity "
                                                  "(事業継続力強化の目標)"),
                                 QString());
    goals.blocks.append(heading(BcpPrintText::tr("Purpose (事業継続力強化に取り組む目的)")));
    goals.blocks += proseSection(plan.sections.value(bcpsection::Policy));
    goals.blocks.append(
        heading(BcpPrintText::tr("Business activities to continue (自社の事業活動の概要)")));
    if (plan.businesses.isEmpty())
        goals.blocks.append(emptyBlock());
    for (const BcpBusiness &b : plan.businesses) {
        QString line = b.name;
        if (!b.description.trimmed().isEmpty())
            line += BcpPrintText::tr(": ") + b.description.trimmed();
        Block item = textBlock(line, Kind::Bullet);
        item.marker = QStringLiteral("・");
        goals.blocks.append(item);
        Block targets =
            textBlock(BcpPrintText::tr("Maximum tolerable outage %1, RTO %2, RPO %3")
                          .arg(hours(b.maxOutageHours), hours(b.rtoHours), hours(b.rpoHours)),
                      Kind::Note);
        goals.blocks.append(targets);
    }
    goals.blocks.append(heading(BcpPrintText::tr(
        "Effect of disasters on the business (自然災害等の発生が事業活動に与える影響)")));
    goals.blocks += proseSection(plan.sections.value(bcpsection::Scenarios));
    d.sections.append(goals);

    // 初動対応
    PrintSection first = section(QStringLiteral("meti-response"),
                                 BcpPrintText::tr("3-(1) First response when a disaster strikes "
                                                  "(自然災害等が発生した場合における対応手順)"),
                                 QString());
    first.blocks.append(
        heading(BcpPrintText::tr("Safety of people and the emergency organisation")));
    if (plan.roles.isEmpty())
        first.blocks.append(emptyBlock());
    else {
        QVector<QStringList> rows;
        for (const BcpRole &r : plan.roles) {
            const QString holder = personName(in, r.personId);
            rows.append(
                {r.title, holder.isEmpty() ? BcpPrintText::tr("Not assigned") : holder, r.duties});
        }
        first.blocks.append(table(
            {BcpPrintText::tr("Role"), BcpPrintText::tr("Holder"), BcpPrintText::tr("Duties")},
            {2, 2, 5}, rows));
    }
    first.blocks.append(heading(BcpPrintText::tr("First response steps")));
    first.blocks += proseSection(plan.sections.value(bcpsection::Response));
    first.blocks.append(heading(BcpPrintText::tr("Sharing information on the damage")));
    QVector<QStringList> contactRows;
    for (const BcpContact &k : plan.contacts)
        if (k.kind == BcpContactKind::Organisation)
            contactRows.append({k.organisation.isEmpty() ? k.name : k.organisation, k.phone});
    if (contactRows.isEmpty())
        first.blocks.append(emptyBlock());
    else
        first.blocks.append(table({BcpPrintText::tr("Organisation"), BcpPrintText::tr("Phone")},
                                  {3, 2}, contactRows));
    d.sections.append(first);

    // 対策
    PrintSection measures =
        section(QStringLiteral("meti-measures"),
                BcpPrintText::tr("3-(2) Measures that strengthen business continuity "
                                 "(事業継続力強化に資する対策及び取組)"),
                QString());
    measures.blocks.append(heading(BcpPrintText::tr("Equipment and investments")));
    if (plan.investments.isEmpty())
        measures.blocks.append(emptyBlock());
    else {
        QVector<QStringList> rows;
        for (const BcpInvestment &v : plan.investments)
            rows.append({v.text, yen(v.costYen), date(v.planned),
                         v.done.isValid() ? date(v.done) : BcpPrintText::tr("Not yet")});
        measures.blocks.append(table({BcpPrintText::tr("Investment"), BcpPrintText::tr("Cost"),
                                      BcpPrintText::tr("Planned"), BcpPrintText::tr("Done")},
                                     {5, 2, 2, 2}, rows));
    }
    measures.blocks.append(heading(BcpPrintText::tr("Alternatives and bottlenecks")));
    QVector<QStringList> altRows;
    for (const BcpBusiness &b : plan.businesses)
        for (const BcpAlternative &a : b.alternatives)
            altRows.append({b.name, a.text});
    for (const BcpBottleneck &b : plan.bottlenecks)
        altRows.append({b.resource, b.measure});
    if (altRows.isEmpty())
        measures.blocks.append(emptyBlock());
    else
        measures.blocks.append(
            table({BcpPrintText::tr("Business or resource"), BcpPrintText::tr("Measure")}, {2, 5},
                  altRows));
    measures.blocks.append(heading(BcpPrintText::tr("Protecting important information (backups)")));
    QVector<QStringList> assetRows;
    for (const BcpBusiness &b : plan.businesses)
        for (const BcpAssetLink &l : b.assets)
            assetRows.append({assetName(in, l.assetId), b.name, hours(b.rpoHours)});
    if (assetRows.isEmpty())
        measures.blocks.append(emptyBlock());
    else
        measures.blocks.append(table({BcpPrintText::tr("Asset"), BcpPrintText::tr("Core business"),
                                      BcpPrintText::tr("Recovery point objective (RPO)")},
                                     {3, 3, 2}, assetRows));
    measures.blocks.append(heading(BcpPrintText::tr("Funding (insurance)")));
    if (plan.insurance.isEmpty())
        measures.blocks.append(emptyBlock());
    else {
        QVector<QStringList> rows;
        for (const BcpInsurance &v : plan.insurance)
            rows.append({v.insurer, v.covers, v.amount});
        measures.blocks.append(
            table({BcpPrintText::tr("Insurer"), BcpPrintText::tr("What it covers"),
                   BcpPrintText::tr("Amount")},
                  {2, 4, 2}, rows));
    }
    d.sections.append(measures);

    // 実効性確保
    PrintSection effective =
        section(QStringLiteral("meti-effectiveness"),
                BcpPrintText::tr(
                    "3-(3) Ensuring effectiveness: organisation in normal times, exercises and "
                    "reviews (実効性を確保するための取組)"),
                QString());
    const QString head =
        plan.roles.isEmpty() ? QString() : personName(in, plan.roles.first().personId);
    effective.blocks.append(textBlock(
        head.isEmpty()
            ? BcpPrintText::tr("The management leads the work on the plan in normal times.")
            : BcpPrintText::tr(
                  "The management leads the work on the plan in normal times (%1: %2).")
                  .arg(plan.roles.first().title, head)));
    effective.blocks.append(textBlock(
        BcpPrintText::tr("An exercise is held at least once a year, and the plan is reviewed and "
                         "published again at least once a year.")));
    effective.blocks.append(heading(BcpPrintText::tr("Exercises held")));
    QVector<QStringList> exRows;
    for (const BcpExercise &e : in.exercises)
        exRows.append({date(e.date), exerciseKindText(e.kind), e.scenario});
    if (exRows.isEmpty())
        effective.blocks.append(textBlock(BcpPrintText::tr("No exercise held yet."), Kind::Empty));
    else
        effective.blocks.append(table(
            {BcpPrintText::tr("Date"), BcpPrintText::tr("Kind"), BcpPrintText::tr("Scenario")},
            {2, 2, 5}, exRows));
    effective.blocks.append(heading(BcpPrintText::tr("Versions of the plan")));
    QVector<QStringList> vRows;
    for (const BcpVersion &v : in.versions)
        vRows.append({QString::number(v.number), date(v.published), v.approverName, v.note});
    if (vRows.isEmpty())
        effective.blocks.append(
            textBlock(BcpPrintText::tr("No version published yet."), Kind::Empty));
    else
        effective.blocks.append(table({BcpPrintText::tr("Version"), BcpPrintText::tr("Published"),
                                       BcpPrintText::tr("Approved by"), BcpPrintText::tr("Note")},
                                      {1, 2, 2, 5}, vRows));
    d.sections.append(effective);

    d.footerCentre = footerOf(in);
    d.pageLabel = BcpPrintText::tr("Page %1 of %2");
    d.fileName = fileName(BcpPrintText::tr("Continuity_strengthening_plan_draft"), in.organisation,
                          versionTail(in));
    return d;
}

Result<PrintInput> loadPrintInput(store::Database &db, const PrintOptions &options)
{
    PrintInput in;
    in.printed = options.today;
    store::BcpRepository repo(db);
    if (options.version > 0) {
        auto v = repo.version(options.version);
        if (!v)
            return v.asFailure();
        in.versionNumber = v->number;
        in.published = v->published;
        in.approver = v->approverName;
        in.plan = v->plan;
    } else {
        auto checks = loadCheckInput(db);
        if (!checks)
            return checks.asFailure();
        in.checks = std::move(checks).value();
        in.plan = in.checks.plan;
    }
    auto people = store::PeopleRepository(db).all();
    if (!people)
        return people.asFailure();
    in.people = std::move(people).value();
    QVector<qint64> assets;
    for (const BcpBusiness &b : in.plan.businesses) {
        for (const BcpAssetLink &l : b.assets)
            assets.append(l.assetId);
        for (const BcpAlternative &a : b.alternatives)
            if (a.assetId > 0)
                assets.append(a.assetId);
    }
    for (const BcpBottleneck &b : in.plan.bottlenecks)
        if (b.assetId > 0)
            assets.append(b.assetId);
    auto names = repo.assetNames(assets);
    if (!names)
        return names.asFailure();
    in.assetNames = std::move(names).value();
    auto exercises = repo.exercises();
    if (!exercises)
        return exercises.asFailure();
    // Oldest first, as a record reads.
    for (auto it = exercises->crbegin(); it != exercises->crend(); ++it)
        in.exercises.append(*it);
    auto versions = repo.versions();
    if (!versions)
        return versions.asFailure();
    for (const BcpVersion &v : *versions)
        if (in.versionNumber == 0 || v.number <= in.versionNumber)
            in.versions.append(v);
    auto organisation = store::OrganisationRepository(db).load();
    if (!organisation)
        return organisation.asFailure();
    in.organisation = organisation->name.trimmed();
    return in;
}

QString printLanguage(const PrintInput &input, const PrintOptions &options)
{
    if (isBcpLanguage(options.language))
        return options.language;
    return isBcpLanguage(input.plan.language) ? input.plan.language : QStringLiteral("ja");
}

namespace {

void addSections(QStringList &texts, const QVector<PrintSection> &sections)
{
    for (const PrintSection &s : sections) {
        texts << s.heading();
        for (const PrintBlock &b : s.blocks) {
            texts << b.text << b.marker << b.headers;
            for (const QStringList &row : b.rows)
                texts << row;
        }
    }
}

} // namespace

QStringList callTreeText(const CallTree &t)
{
    QStringList texts{t.title, t.intro, t.emptyText};
    const auto add = [&](const CallTreeBox &b) {
        texts << b.role << b.holder << b.phone << t.deputyLabel.arg(b.deputy) << b.deputyPhone;
    };
    if (!t.empty())
        add(t.root);
    for (const CallTreeBox &b : t.children)
        add(b);
    return texts;
}

QStringList cardText(const EmergencyCard &c)
{
    QStringList texts{c.title,     c.organisation,  c.firstTitle,
                      c.dialTitle, c.contactsTitle, c.cutLabel};
    texts << c.firstSteps << c.dialSteps << c.blanks;
    for (const CardContact &k : c.contacts)
        texts << k.label << k.name << k.phone;
    return texts;
}

QStringList printoutText(const BcpPrintout &p)
{
    QStringList texts{p.title,        p.organisation,    p.status,      p.contentsTitle,
                      p.footerCentre, p.callTreeHeading, p.cardHeading, p.pageLabel};
    for (const auto &field : p.coverFields)
        texts << field.first << field.second;
    texts << p.contentsHeaders;
    addSections(texts, p.sections);
    texts << callTreeText(p.callTree) << cardText(p.card);
    return texts;
}

QStringList metiText(const MetiDraft &d)
{
    QStringList texts{d.title, d.organisation, d.draftNote, d.footerCentre, d.pageLabel};
    addSections(texts, d.sections);
    return texts;
}

} // namespace bcp
} // namespace kamae

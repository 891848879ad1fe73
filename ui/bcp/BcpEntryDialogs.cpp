#include "bcp/BcpEntryDialogs.h"

#include "widgets/OwnerCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace kamae {
namespace ui {

namespace {

OwnerCombo *makePersonCombo(QWidget *parent, const QString &name,
                            const QVector<domain::Person> &people, qint64 current)
{
    auto *combo = new OwnerCombo(parent);
    combo->setObjectName(name);
    combo->setPeople(people, current);
    return combo;
}

// An id the combo chose, 0 for none (a text naming nobody is refused in check()).
qint64 chosen(const OwnerCombo *combo, qint64 kept)
{
    const qint64 id = combo->ownerId();
    return id < 0 ? kept : id;
}

} // namespace

BcpRoleDialog::BcpRoleDialog(domain::BcpRole role, const QVector<domain::Person> &people,
                             QWidget *parent)
    : FormDialog(QStringLiteral("BcpRoleDialog"), parent), m_role(std::move(role))
{
    m_title = makeLineEdit(this, QStringLiteral("titleEdit"), m_role.title);
    m_duties = makeNotesEdit(this, QStringLiteral("dutiesEdit"), m_role.duties, 100);
    m_person = makePersonCombo(this, QStringLiteral("personCombo"), people, m_role.personId);
    m_deputy = makePersonCombo(this, QStringLiteral("deputyCombo"), people, m_role.deputyId);
    m_labels[0] = addRow(form(), QString(), m_title);
    m_labels[1] = addRow(form(), QString(), m_duties);
    m_labels[2] = addRow(form(), QString(), m_person);
    m_labels[3] = addRow(form(), QString(), m_deputy);
    keepReadable({m_title});
    retranslate();
}

domain::BcpRole BcpRoleDialog::role() const
{
    domain::BcpRole r = m_role;
    r.title = m_title->text().trimmed();
    r.duties = m_duties->toPlainText().trimmed();
    r.personId = chosen(m_person, r.personId);
    r.deputyId = chosen(m_deputy, r.deputyId);
    return r;
}

FormDialog::Problem BcpRoleDialog::check() const
{
    if (m_title->text().trimmed().isEmpty())
        return {tr("Name the role."), m_title};
    if (m_person->ownerId() < 0)
        return {m_person->problem(), m_person};
    if (m_deputy->ownerId() < 0)
        return {m_deputy->problem(), m_deputy};
    if (m_person->ownerId() > 0 && m_person->ownerId() == m_deputy->ownerId())
        return {tr("The deputy is someone other than the holder."), m_deputy};
    return {};
}

void BcpRoleDialog::retranslate()
{
    setWindowTitle(m_role.id ? tr("Edit role") : tr("Add role"));
    setIntro(tr("A role of the emergency organisation (Form 03), who holds it and who stands in."));
    m_labels[0]->setText(tr("&Role:"));
    m_labels[1]->setText(tr("&Duties:"));
    m_labels[2]->setText(tr("&Held by:"));
    m_labels[3]->setText(tr("D&eputy:"));
    setOkText(m_role.id ? tr("Save") : tr("Add"));
}

BcpBottleneckDialog::BcpBottleneckDialog(domain::BcpBottleneck bottleneck,
                                         const BcpAssetChoices &assets, QWidget *parent)
    : FormDialog(QStringLiteral("BcpBottleneckDialog"), parent), m_bottleneck(std::move(bottleneck))
{
    m_resource = makeLineEdit(this, QStringLiteral("resourceEdit"), m_bottleneck.resource);
    m_kind = makeEnumCombo(this, QStringLiteral("kindCombo"), domain::kBcpResourceKindCount,
                           &domain::BcpRecordText::resourceKind, m_bottleneck.kind);
    QStringList names{QStringLiteral("—")};
    m_assetIds << 0;
    for (const auto &[id, name] : assets) {
        names << name;
        m_assetIds << id;
    }
    m_asset = makeComboBox(this, QStringLiteral("assetCombo"), names,
                           std::max(0, static_cast<int>(m_assetIds.indexOf(m_bottleneck.assetId))));
    m_measure = makeNotesEdit(this, QStringLiteral("measureEdit"), m_bottleneck.measure, 100);
    m_labels[0] = addRow(form(), QString(), m_resource);
    m_labels[1] = addRow(form(), QString(), m_kind);
    m_labels[2] = addRow(form(), QString(), m_asset);
    m_labels[3] = addRow(form(), QString(), m_measure);
    keepReadable({m_resource});
    retranslate();
}

domain::BcpBottleneck BcpBottleneckDialog::bottleneck() const
{
    domain::BcpBottleneck b = m_bottleneck;
    b.resource = m_resource->text().trimmed();
    b.kind = static_cast<domain::BcpResourceKind>(m_kind->currentIndex());
    b.assetId = m_assetIds.value(m_asset->currentIndex());
    b.measure = m_measure->toPlainText().trimmed();
    return b;
}

FormDialog::Problem BcpBottleneckDialog::check() const
{
    if (m_resource->text().trimmed().isEmpty())
        return {tr("Name the resource."), m_resource};
    return {};
}

void BcpBottleneckDialog::retranslate()
{
    setWindowTitle(m_bottleneck.id ? tr("Edit bottleneck resource")
                                   : tr("Add bottleneck resource"));
    setIntro(tr("A resource the core businesses cannot do without (Form 16-2), and what is "
                "done about it."));
    m_labels[0]->setText(tr("&Resource:"));
    m_labels[1]->setText(tr("&Kind:"));
    m_labels[2]->setText(tr("Register &asset:"));
    m_labels[3]->setText(tr("&Measure:"));
    setOkText(m_bottleneck.id ? tr("Save") : tr("Add"));
}

BcpInvestmentDialog::BcpInvestmentDialog(domain::BcpInvestment investment, QWidget *parent)
    : FormDialog(QStringLiteral("BcpInvestmentDialog"), parent), m_investment(std::move(investment))
{
    m_text = makeLineEdit(this, QStringLiteral("textEdit"), m_investment.text);
    m_cost = new QSpinBox(this);
    m_cost->setObjectName(QStringLiteral("costEdit"));
    m_cost->setRange(-1, 2000000000);
    m_cost->setGroupSeparatorShown(true);
    m_cost->setValue(static_cast<int>(std::min<qint64>(m_investment.costYen, 2000000000)));
    m_planned = OptionalDate(this, QStringLiteral("plannedEdit"), m_investment.planned);
    m_done = OptionalDate(this, QStringLiteral("doneEdit"), m_investment.done);
    m_labels[0] = addRow(form(), QString(), m_text);
    m_labels[1] = addRow(form(), QString(), m_cost);
    m_labels[2] = addRow(form(), QString(), m_planned.row(), m_planned.check());
    m_labels[3] = addRow(form(), QString(), m_done.row(), m_done.check());
    keepReadable({m_text});
    retranslate();
}

domain::BcpInvestment BcpInvestmentDialog::investment() const
{
    domain::BcpInvestment i = m_investment;
    i.text = m_text->text().trimmed();
    i.costYen = m_cost->value();
    i.planned = m_planned.date();
    i.done = m_done.date();
    return i;
}

FormDialog::Problem BcpInvestmentDialog::check() const
{
    if (m_text->text().trimmed().isEmpty())
        return {tr("Say what the investment is."), m_text};
    return {};
}

void BcpInvestmentDialog::retranslate()
{
    setWindowTitle(m_investment.id ? tr("Edit investment") : tr("Add investment"));
    setIntro(tr("Something bought or done before an incident so that the businesses keep going "
                "(Form 09)."));
    m_labels[0]->setText(tr("&Investment:"));
    m_labels[1]->setText(tr("&Cost:"));
    m_labels[2]->setText(tr("&Planned for:"));
    m_labels[3]->setText(tr("D&one on:"));
    m_cost->setSuffix(tr(" yen"));
    m_cost->setSpecialValueText(tr("not stated"));
    setOkText(m_investment.id ? tr("Save") : tr("Add"));
}

BcpContactDialog::BcpContactDialog(domain::BcpContact contact,
                                   const QVector<domain::Person> &people, QWidget *parent)
    : FormDialog(QStringLiteral("BcpContactDialog"), parent), m_contact(std::move(contact))
{
    m_kind = makeEnumCombo(this, QStringLiteral("kindCombo"), domain::kBcpContactKindCount,
                           &domain::BcpRecordText::contactKind, m_contact.kind);
    m_name = makeLineEdit(this, QStringLiteral("nameEdit"), m_contact.name);
    m_organisation = makeLineEdit(this, QStringLiteral("organisationEdit"), m_contact.organisation);
    m_phone = makeLineEdit(this, QStringLiteral("phoneEdit"), m_contact.phone);
    m_email = makeLineEdit(this, QStringLiteral("emailEdit"), m_contact.email);
    m_notes = makeNotesEdit(this, QStringLiteral("notesEdit"), m_contact.notes, 80);
    m_person = makePersonCombo(this, QStringLiteral("personCombo"), people, m_contact.personId);
    m_labels[0] = addRow(form(), QString(), m_kind);
    m_labels[1] = addRow(form(), QString(), m_name);
    m_labels[2] = addRow(form(), QString(), m_organisation);
    m_labels[3] = addRow(form(), QString(), m_phone);
    m_labels[4] = addRow(form(), QString(), m_email);
    m_labels[5] = addRow(form(), QString(), m_person);
    m_labels[6] = addRow(form(), QString(), m_notes);
    keepReadable({m_name, m_organisation});
    retranslate();
}

domain::BcpContact BcpContactDialog::contact() const
{
    domain::BcpContact c = m_contact;
    c.kind = static_cast<domain::BcpContactKind>(m_kind->currentIndex());
    c.name = m_name->text().trimmed();
    c.organisation = m_organisation->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.email = m_email->text().trimmed();
    c.notes = m_notes->toPlainText().trimmed();
    c.personId = chosen(m_person, c.personId);
    return c;
}

FormDialog::Problem BcpContactDialog::check() const
{
    if (m_name->text().trimmed().isEmpty() && m_organisation->text().trimmed().isEmpty())
        return {tr("Name the contact or the organisation."), m_name};
    if (m_person->ownerId() < 0)
        return {m_person->problem(), m_person};
    return {};
}

void BcpContactDialog::retranslate()
{
    setWindowTitle(m_contact.id ? tr("Edit contact") : tr("Add contact"));
    setIntro(tr("Whom to call in an emergency: key organisations (Form 11) and staff (Form 12)."));
    m_labels[0]->setText(tr("&Kind:"));
    m_labels[1]->setText(tr("&Name:"));
    m_labels[2]->setText(tr("&Organisation:"));
    m_labels[3]->setText(tr("&Phone:"));
    m_labels[4]->setText(tr("&E-mail:"));
    m_labels[5]->setText(tr("From the &people list:"));
    m_labels[6]->setText(tr("No&tes:"));
    setOkText(m_contact.id ? tr("Save") : tr("Add"));
}

BcpInsuranceDialog::BcpInsuranceDialog(domain::BcpInsurance insurance, QWidget *parent)
    : FormDialog(QStringLiteral("BcpInsuranceDialog"), parent), m_insurance(std::move(insurance))
{
    m_insurer = makeLineEdit(this, QStringLiteral("insurerEdit"), m_insurance.insurer);
    m_policy = makeLineEdit(this, QStringLiteral("policyEdit"), m_insurance.policy);
    m_covers = makeNotesEdit(this, QStringLiteral("coversEdit"), m_insurance.covers, 80);
    m_amount = makeLineEdit(this, QStringLiteral("amountEdit"), m_insurance.amount);
    m_renews = OptionalDate(this, QStringLiteral("renewsEdit"), m_insurance.renews);
    m_labels[0] = addRow(form(), QString(), m_insurer);
    m_labels[1] = addRow(form(), QString(), m_policy);
    m_labels[2] = addRow(form(), QString(), m_covers);
    m_labels[3] = addRow(form(), QString(), m_amount);
    m_labels[4] = addRow(form(), QString(), m_renews.row(), m_renews.check());
    keepReadable({m_insurer, m_policy});
    retranslate();
}

domain::BcpInsurance BcpInsuranceDialog::insurance() const
{
    domain::BcpInsurance i = m_insurance;
    i.insurer = m_insurer->text().trimmed();
    i.policy = m_policy->text().trimmed();
    i.covers = m_covers->toPlainText().trimmed();
    i.amount = m_amount->text().trimmed();
    i.renews = m_renews.date();
    return i;
}

FormDialog::Problem BcpInsuranceDialog::check() const
{
    if (m_insurer->text().trimmed().isEmpty())
        return {tr("Name the insurer."), m_insurer};
    return {};
}

void BcpInsuranceDialog::retranslate()
{
    setWindowTitle(m_insurance.id ? tr("Edit insurance") : tr("Add insurance"));
    setIntro(tr("An insurance policy that pays for damage or lost business (Form 18)."));
    m_labels[0]->setText(tr("&Insurer:"));
    m_labels[1]->setText(tr("&Policy:"));
    m_labels[2]->setText(tr("&Covers:"));
    m_labels[3]->setText(tr("&Amount:"));
    m_labels[4]->setText(tr("&Renews on:"));
    setOkText(m_insurance.id ? tr("Save") : tr("Add"));
}

} // namespace ui
} // namespace kamae

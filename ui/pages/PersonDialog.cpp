#include "pages/PersonDialog.h"

#include "pages/PeopleModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace kamae {
namespace ui {

PersonDialog::PersonDialog(const domain::Person &person, const QStringList &departments,
                           Validator validate, QWidget *parent)
    : FormDialog(QStringLiteral("PersonDialog"), parent), m_original(person),
      m_validate(std::move(validate))
{
    setWindowTitle(person.id ? tr("Edit person or department") : tr("New person or department"));
    m_kind = makeComboBox(this, QStringLiteral("kindCombo"),
                          {PeopleModel::kindText(domain::PersonKind::Person),
                           PeopleModel::kindText(domain::PersonKind::Department)},
                          static_cast<int>(person.kind));
    m_name = makeLineEdit(this, QStringLiteral("nameEdit"), person.name);
    m_reading = makeLineEdit(this, QStringLiteral("readingEdit"), person.reading);
    m_department = makeComboBox(this, QStringLiteral("departmentCombo"), departments, -1);
    m_department->setEditable(true);
    m_department->setCurrentText(person.department);
    m_role = makeLineEdit(this, QStringLiteral("roleEdit"), person.role);
    m_external = makeCheckBox(this, QStringLiteral("externalCheck"),
                              tr("O&utside the company (not staff)"), person.external);
    m_email = makeLineEdit(this, QStringLiteral("emailEdit"), person.email);
    m_phone = makeLineEdit(this, QStringLiteral("phoneEdit"), person.phone);
    m_contact = makeLineEdit(this, QStringLiteral("contactEdit"), person.contact);
    m_joined = OptionalDate(this, QStringLiteral("joinedEdit"), person.joined);
    m_left = OptionalDate(this, QStringLiteral("leftEdit"), person.left);
    m_notes = makeNotesEdit(this, QStringLiteral("notesEdit"), person.notes, 70);

    addRow(form(), tr("&Kind:"), m_kind);
    addRow(form(), tr("&Name:"), m_name);
    addRow(form(), tr("&Reading:"), m_reading);
    addRow(form(), tr("&Department:"), m_department);
    addRow(form(), tr("R&ole:"), m_role);
    auto *external = new QVBoxLayout;
    external->setSpacing(2);
    external->addWidget(m_external);
    external->addWidget(makeHint(this, tr("A vendor's engineer, an advisor or a contractor: "
                                          "they can own records and be contacted, but are not "
                                          "counted in training coverage.")));
    form()->addRow(external);
    addRow(form(), tr("E-&mail:"), m_email);
    addRow(form(), tr("&Phone:"), m_phone);
    addRow(form(), tr("Other &contact:"), m_contact);
    addRow(form(), tr("&Joined:"), m_joined.row());
    addRow(form(), tr("&Left:"), m_left.row());
    addRow(form(), tr("Not&es:"), m_notes);
    setOkText(tr("Save"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PersonDialog::updateKind);
    updateKind();
    setMinimumWidth(460);
    m_name->setFocus();
}

void PersonDialog::updateKind()
{
    // A department has no department of its own.
    m_department->setEnabled(m_kind->currentIndex() ==
                             static_cast<int>(domain::PersonKind::Person));
}

domain::Person PersonDialog::person() const
{
    domain::Person p = m_original;
    p.kind = static_cast<domain::PersonKind>(std::max(0, m_kind->currentIndex()));
    p.name = m_name->text().trimmed();
    p.reading = m_reading->text().trimmed();
    p.department = p.kind == domain::PersonKind::Department ? QString()
                                                            : m_department->currentText().trimmed();
    p.role = m_role->text().trimmed();
    p.external = m_external->isChecked();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.contact = m_contact->text().trimmed();
    p.joined = m_joined.date();
    p.left = m_left.date();
    p.notes = m_notes->toPlainText();
    return p;
}

FormDialog::Problem PersonDialog::check() const
{
    if (m_validate)
        if (const Status s = m_validate(person()); !s)
            return {s.error(), m_name};
    return {};
}

} // namespace ui
} // namespace kamae

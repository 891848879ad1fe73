#include "pages/PersonDialog.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "pages/PeopleModel.h"
#include "widgets/DiscardGuard.h"
#include "widgets/Widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

PersonDialog::PersonDialog(const domain::Person &person, const QStringList &departments,
                           Validator validate, QWidget *parent)
    : QDialog(parent), m_original(person), m_validate(std::move(validate))
{
    setObjectName(QStringLiteral("PersonDialog"));
    setWindowTitle(person.id ? tr("Edit person or department") : tr("New person or department"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItems({PeopleModel::kindText(domain::PersonKind::Person),
                      PeopleModel::kindText(domain::PersonKind::Department)});
    m_kind->setCurrentIndex(static_cast<int>(person.kind));
    auto line = [this](const QString &name, const QString &text) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        return edit;
    };
    m_name = line(QStringLiteral("nameEdit"), person.name);
    m_reading = line(QStringLiteral("readingEdit"), person.reading);
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("departmentCombo"));
    m_department->setEditable(true);
    m_department->addItems(departments);
    m_department->setCurrentText(person.department);
    m_role = line(QStringLiteral("roleEdit"), person.role);
    m_contact = line(QStringLiteral("contactEdit"), person.contact);
    auto dateRow = [this](QCheckBox *&check, QDateEdit *&edit, const QDate &date,
                          const QString &name) {
        check = new QCheckBox(this);
        edit = new QDateEdit(date.isValid() ? date : clock::today(), this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(i18n::dateFormat());
        check->setChecked(date.isValid());
        edit->setEnabled(date.isValid());
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        auto *row = new QHBoxLayout;
        row->addWidget(check);
        row->addWidget(edit);
        row->addStretch();
        return row;
    };
    QLayout *joined = dateRow(m_hasJoined, m_joined, person.joined, QStringLiteral("joinedEdit"));
    QLayout *left = dateRow(m_hasLeft, m_left, person.left, QStringLiteral("leftEdit"));
    m_hasLeft->setObjectName(QStringLiteral("hasLeftCheck"));
    m_notes = new QPlainTextEdit(person.notes, this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Reading:"), m_reading);
    form->addRow(tr("Department:"), m_department);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Contact:"), m_contact);
    form->addRow(tr("Joined:"), joined);
    form->addRow(tr("Left:"), left);
    form->addRow(tr("Notes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PersonDialog::updateKind);
    updateKind();
    setMinimumWidth(460);
    m_name->setFocus();
    m_discard = new DiscardGuard(this);
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
    p.contact = m_contact->text().trimmed();
    p.joined = m_hasJoined->isChecked() ? m_joined->date() : QDate();
    p.left = m_hasLeft->isChecked() ? m_left->date() : QDate();
    p.notes = m_notes->toPlainText();
    return p;
}

void PersonDialog::accept()
{
    if (m_validate) {
        if (const Status s = m_validate(person()); !s) {
            m_error->setText(s.error());
            m_error->show();
            m_name->setFocus();
            return;
        }
    }
    QDialog::accept();
}

void PersonDialog::reject()
{
    if (m_discard->mayDiscard())
        QDialog::reject();
}

} // namespace ui
} // namespace kamae

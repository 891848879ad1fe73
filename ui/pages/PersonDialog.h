#pragma once

#include "core/Result.h"
#include "domain/Person.h"
#include "widgets/FormDialog.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace kamae {
namespace ui {

// Adds or edits one entry of the people and departments list.
class PersonDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonDialog)

public:
    using Validator = std::function<Status(const domain::Person &)>;

    // departments: names offered for a person's department.
    PersonDialog(const domain::Person &person, const QStringList &departments, Validator validate,
                 QWidget *parent = nullptr);

    domain::Person person() const;

protected:
    Problem check() const override;

private:
    void updateKind();

    domain::Person m_original;
    Validator m_validate;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_reading = nullptr;
    QComboBox *m_department = nullptr;
    QLineEdit *m_role = nullptr;
    QCheckBox *m_external = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_contact = nullptr;
    OptionalDate m_joined;
    OptionalDate m_left;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace ui
} // namespace kamae

#pragma once

#include "core/Result.h"
#include "domain/Person.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kamae {
namespace ui {

class DiscardGuard;

// Adds or edits one entry of the people and departments list.
class PersonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonDialog)

public:
    using Validator = std::function<Status(const domain::Person &)>;

    // departments: names offered for a person's department.
    PersonDialog(const domain::Person &person, const QStringList &departments, Validator validate,
                 QWidget *parent = nullptr);

    domain::Person person() const;
    void accept() override;
    void reject() override;

private:
    void updateKind();

    domain::Person m_original;
    Validator m_validate;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_reading = nullptr;
    QComboBox *m_department = nullptr;
    QLineEdit *m_role = nullptr;
    QLineEdit *m_contact = nullptr;
    QCheckBox *m_hasJoined = nullptr;
    QDateEdit *m_joined = nullptr;
    QCheckBox *m_hasLeft = nullptr;
    QDateEdit *m_left = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
    DiscardGuard *m_discard = nullptr;
};

} // namespace ui
} // namespace kamae

#pragma once

#include "domain/Person.h"
#include "training/TrainingRecords.h"
#include "widgets/FormDialog.h"

class QListWidget;
class QSpinBox;

namespace kamae {
namespace ui {

// Adds or edits a course (講座): title, topic, format, renewal, who must
// take it (everyone, or the departments or roles ticked in a list taken
// from the people list, or optional), the onboarding deadline and notes.
// What domain::courseProblem refuses is said before it is stored.
class CourseDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourseDialog)

public:
    CourseDialog(const domain::Course &course, const QVector<domain::Person> &people,
                 QWidget *parent = nullptr);

    domain::Course course() const;
    QListWidget *namesList() const { return m_names; }

protected:
    Problem check() const override;
    void retranslate() override;

private:
    // The departments or roles of the people list, as the requirement asks.
    void fillNames();
    void addTypedName();
    void showNamesPlaceholder();

    domain::Course m_original;
    QStringList m_departments;
    QStringList m_roles;
    // The names ticked per requirement, kept while the other is shown.
    QStringList m_ticked[2];
    int m_shown = -1; // the requirement the list shows
    QLineEdit *m_title = nullptr;
    QComboBox *m_topic = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_renewal = nullptr;
    QComboBox *m_requirement = nullptr;
    QListWidget *m_names = nullptr;
    QLineEdit *m_newName = nullptr;
    QPushButton *m_addName = nullptr;
    QSpinBox *m_onboarding = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace ui
} // namespace kamae

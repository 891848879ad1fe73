#pragma once

#include "score/SelfCheck.h"

#include "widgets/FormDialog.h"

#include <QDate>

namespace kamae {
namespace ui {

// Asks for the day a new self-assessment is taken (not after today) and,
// when there is an earlier one, whether to start from its answers.
class NewAssessmentDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewAssessmentDialog)

public:
    // previous: the newest assessment, or null.
    NewAssessmentDialog(const score::Assessment *previous, const QDate &today,
                        QWidget *parent = nullptr);

    QDate date() const;
    bool copyPrevious() const;

private:
    QDateEdit *m_date = nullptr;
    QCheckBox *m_copy = nullptr;
    bool m_hasPrevious = false;
};

} // namespace ui
} // namespace kamae

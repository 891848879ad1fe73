#pragma once

#include "score/SelfCheck.h"

#include <QVector>
#include <QWidget>

class QAction;
class QComboBox;

namespace kamae {
namespace ui {

// The sittings of the self-assessment: which one is shown (newest first,
// each with its IPA score), a new one, delete this one. The two buttons show
// the actions the page takes its Insert and Delete keys with.
class AssessmentBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentBar)

public:
    explicit AssessmentBar(QWidget *parent = nullptr);

    QAction *newAction() const { return m_new; }
    QAction *deleteAction() const { return m_delete; }
    // `all` oldest first, as the repository reads them.
    void setAssessments(const QVector<score::Assessment> &all, qint64 selectedId);
    // Its score after an answer changed.
    void updateAssessment(const score::Assessment &assessment);

signals:
    void assessmentChosen(qint64 id);

private:
    void retranslate();

    QComboBox *m_combo = nullptr;
    QAction *m_new = nullptr;
    QAction *m_delete = nullptr;
};

} // namespace ui
} // namespace kamae

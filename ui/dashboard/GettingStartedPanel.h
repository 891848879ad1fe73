#pragma once

#include "score/GettingStarted.h"

#include <QFrame>
#include <QVector>

class QLabel;
class QPushButton;

namespace kamae {
namespace ui {

// The first steps with a new vault as a checklist: each step ticked when
// the records show it done (score::gettingStarted decides), each with a
// button to the page where it is done, and a button to hide the list.
class GettingStartedPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GettingStartedPanel)

public:
    explicit GettingStartedPanel(QWidget *parent = nullptr);

    void setSteps(const QVector<score::StepState> &steps);
    const QVector<score::StepState> &steps() const { return m_steps; }
    int doneCount() const;

signals:
    // The button of a step: open the page where it is done.
    void stepRequested(kamae::score::FirstStep step, kamae::score::Place place);
    void hideRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *mark = nullptr;
        QLabel *title = nullptr;
        QLabel *detail = nullptr;
        QPushButton *open = nullptr;
    };

    void retranslate();
    void restyle();

    QVector<score::StepState> m_steps;
    QLabel *m_progress = nullptr;
    QPushButton *m_hide = nullptr;
    QVector<Row> m_rows;
};

} // namespace ui
} // namespace kamae

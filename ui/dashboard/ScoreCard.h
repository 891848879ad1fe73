#pragma once

#include "score/Snapshots.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace kamae {
namespace ui {

// The score, large, with how it moved: since the last snapshot and over
// the last 30, 90 and 365 days.
class ScoreCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreCard)

public:
    explicit ScoreCard(QWidget *parent = nullptr);

    // answerPoints: the part of total that rests on self-assessment answers.
    void setScore(double total, const score::Trend &trend, double answerPoints = 0);

signals:
    void snapshotRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void restyle();

    double m_total = 0;
    double m_answerPoints = 0;
    score::Trend m_trend;
    QLabel *m_value = nullptr;
    QLabel *m_declared = nullptr; // "of which 21 self-declared"
    QLabel *m_sinceLast = nullptr;
    QLabel *m_changes[3] = {};
    QPushButton *m_snapshot = nullptr;
};

// "+1.5", "−2.0", "±0.0"
QString changeText(double change);

} // namespace ui
} // namespace kamae

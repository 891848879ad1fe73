#pragma once

#include "domain/Organisation.h"
#include "score/SelfCheck.h"

#include <QDate>
#include <QScrollArea>

class QLabel;

namespace kamae {
namespace ui {

// The result of the assessment shown: IPA's self-check result with its
// verdict and parts, and how far the answers are from SECURITY ACTION ★ and
// ★★ against what the company declares.
class SelfCheckResultPanel final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelfCheckResultPanel)

public:
    explicit SelfCheckResultPanel(QWidget *parent = nullptr);

    // `assessment` null: nothing to show.
    void showAssessment(const score::Assessment *assessment, domain::SecurityActionLevel declared,
                        const QDate &today);

    QLabel *resultLabel() const { return m_result; }
    QLabel *readinessLabel() const { return m_readiness; }

private:
    void showResult(const score::Assessment &assessment);
    void showReadiness(const score::Assessment &assessment, domain::SecurityActionLevel declared,
                       const QDate &today);

    QLabel *m_result = nullptr;
    QLabel *m_readiness = nullptr;
};

} // namespace ui
} // namespace kamae

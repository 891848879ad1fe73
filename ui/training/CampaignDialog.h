#pragma once

#include "training/TrainingRecords.h"
#include "widgets/FormDialog.h"

#include <array>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kamae {
namespace ui {

// A phishing drill typed in by hand, or the name, date, scenario and notes
// of one imported (its results stay as imported).
class CampaignDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDialog)

public:
    // A campaign without an id is a new one.
    explicit CampaignDialog(const domain::PhishingCampaign &campaign, QWidget *parent = nullptr);

    domain::PhishingCampaign campaign() const;

protected:
    Problem check() const override;
    void retranslate() override;

private:
    domain::PhishingCampaign m_original;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_scenario = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    std::array<QLabel *, 4> m_labels{};
};

} // namespace ui
} // namespace kamae

#pragma once

#include "domain/Asset.h"
#include "domain/Patch.h"
#include "widgets/FormDialog.h"

class QDoubleSpinBox;

namespace kamae {
namespace ui {

// Adds or edits one patch item. The due date follows the policy while the
// user has not set it by hand; risk acceptance asks for its reason and
// review date right where the status is chosen.
class PatchEditorDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatchEditorDialog)

public:
    PatchEditorDialog(const domain::PatchItem &item, const QVector<domain::Asset> &assets,
                      const domain::PatchPolicy &policy, QWidget *parent = nullptr);

    domain::PatchItem item() const;
    // Offers the people and departments list as owners (without it the item
    // keeps the owner it had).
    using FormDialog::setPeople;

protected:
    Problem check() const override;

private:
    void updateStatusFields();
    void updateDueFromPolicy();

    domain::PatchItem m_original;
    domain::PatchPolicy m_policy;
    bool m_dueByHand = false;
    QComboBox *m_asset = nullptr;
    QLineEdit *m_product = nullptr;
    QLineEdit *m_installed = nullptr;
    QLineEdit *m_update = nullptr;
    QLineEdit *m_cves = nullptr;
    QLineEdit *m_jvnIds = nullptr;
    QDoubleSpinBox *m_score = nullptr;
    QComboBox *m_severity = nullptr;
    QCheckBox *m_exploited = nullptr;
    QCheckBox *m_ransomware = nullptr;
    QDateEdit *m_found = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_applied = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDateEdit *m_review = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

// Accepting the risk of several items at once: one reason, one review date.
class RiskAcceptDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskAcceptDialog)

public:
    RiskAcceptDialog(int count, QWidget *parent = nullptr);
    QString reason() const;
    QDate reviewDate() const;

private:
    QPlainTextEdit *m_reason = nullptr;
    QDateEdit *m_review = nullptr;
};

} // namespace ui
} // namespace kamae

#pragma once

#include "bcp/BcpBusinessDialog.h"
#include "bcp/BcpRecords.h"
#include "domain/Person.h"
#include "widgets/FormDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace kamae {
namespace ui {

class OwnerCombo;

// The small editors of the plan's lists: a role of the emergency
// organisation (様式03), a bottleneck resource (16-2), a pre-incident
// investment (09), a contact (11, 12) and an insurance policy (18).

class BcpRoleDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BcpRoleDialog)

public:
    BcpRoleDialog(domain::BcpRole role, const QVector<domain::Person> &people,
                  QWidget *parent = nullptr);
    domain::BcpRole role() const;

protected:
    Problem check() const override;
    void retranslate() override;

private:
    domain::BcpRole m_role;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_duties = nullptr;
    OwnerCombo *m_person = nullptr;
    OwnerCombo *m_deputy = nullptr;
    QLabel *m_labels[4] = {};
};

class BcpBottleneckDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BcpBottleneckDialog)

public:
    BcpBottleneckDialog(domain::BcpBottleneck bottleneck, const BcpAssetChoices &assets,
                        QWidget *parent = nullptr);
    domain::BcpBottleneck bottleneck() const;

protected:
    Problem check() const override;
    void retranslate() override;

private:
    domain::BcpBottleneck m_bottleneck;
    QVector<qint64> m_assetIds;
    QLineEdit *m_resource = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_asset = nullptr;
    QPlainTextEdit *m_measure = nullptr;
    QLabel *m_labels[4] = {};
};

class BcpInvestmentDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BcpInvestmentDialog)

public:
    explicit BcpInvestmentDialog(domain::BcpInvestment investment, QWidget *parent = nullptr);
    domain::BcpInvestment investment() const;

protected:
    Problem check() const override;
    void retranslate() override;

private:
    domain::BcpInvestment m_investment;
    QLineEdit *m_text = nullptr;
    QSpinBox *m_cost = nullptr;
    OptionalDate m_planned;
    OptionalDate m_done;
    QLabel *m_labels[4] = {};
};

class BcpContactDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BcpContactDialog)

public:
    BcpContactDialog(domain::BcpContact contact, const QVector<domain::Person> &people,
                     QWidget *parent = nullptr);
    domain::BcpContact contact() const;

protected:
    Problem check() const override;
    void retranslate() override;

private:
    domain::BcpContact m_contact;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    OwnerCombo *m_person = nullptr;
    QLabel *m_labels[7] = {};
};

class BcpInsuranceDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BcpInsuranceDialog)

public:
    explicit BcpInsuranceDialog(domain::BcpInsurance insurance, QWidget *parent = nullptr);
    domain::BcpInsurance insurance() const;

protected:
    Problem check() const override;
    void retranslate() override;

private:
    domain::BcpInsurance m_insurance;
    QLineEdit *m_insurer = nullptr;
    QLineEdit *m_policy = nullptr;
    QPlainTextEdit *m_covers = nullptr;
    QLineEdit *m_amount = nullptr;
    OptionalDate m_renews;
    QLabel *m_labels[5] = {};
};

} // namespace ui
} // namespace kamae

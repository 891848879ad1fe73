#pragma once

#include "domain/Asset.h"
#include "widgets/FormDialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kamae {
namespace ui {

// Edits one asset: every register column in three groups (what it is, how
// important, technical), with importance and risk recomputed as you type.
class AssetEditorDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetEditorDialog)

public:
    AssetEditorDialog(const domain::Asset &asset, const QStringList &departments,
                      QWidget *parent = nullptr);

    domain::Asset asset() const;
    // Offers the people and departments list as owners (without it the
    // asset keeps the owner it had).
    using FormDialog::setPeople;

protected:
    Problem check() const override;

private:
    QComboBox *ratingCombo(const QString &objectName, int current);
    void updateDerived();

    domain::Asset m_original;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_businessArea = nullptr;
    QLineEdit *m_users = nullptr;
    QComboBox *m_department = nullptr;
    QLineEdit *m_location = nullptr;
    QComboBox *m_personal = nullptr;
    QComboBox *m_c = nullptr;
    QComboBox *m_i = nullptr;
    QComboBox *m_a = nullptr;
    QComboBox *m_threat = nullptr;
    QComboBox *m_vulnerability = nullptr;
    QLabel *m_derived = nullptr;
    QLineEdit *m_retention = nullptr;
    OptionalDate m_registered;
    OptionalDate m_reviewed;
    QCheckBox *m_internet = nullptr;
    QComboBox *m_mfa = nullptr;
    QLineEdit *m_vendor = nullptr;
    QLineEdit *m_product = nullptr;
    QLineEdit *m_version = nullptr;
    OptionalDate m_lastUpdated;
    QCheckBox *m_endOfSupport = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace ui
} // namespace kamae

#pragma once

#include "domain/Asset.h"
#include "domain/Person.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kamae {
namespace ui {
class OwnerCombo;
} // namespace ui
} // namespace kamae

namespace kamae {
namespace ui {

class DiscardGuard;

// Edits one asset: every register column in three groups (what it is, how
// important, technical), with importance and risk recomputed as you type.
class AssetEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetEditorDialog)

public:
    AssetEditorDialog(const domain::Asset &asset, const QStringList &departments,
                      QWidget *parent = nullptr);

    domain::Asset asset() const;
    void accept() override;
    void reject() override;
    // Offers the people and departments list as owners (without it the
    // asset keeps the owner it had).
    void setPeople(const QVector<domain::Person> &people);

private:
    QComboBox *ratingCombo(const QString &objectName);
    QDateEdit *dateEdit(const QString &objectName, const QDate &date);
    void updateDerived();

    domain::Asset m_original;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_businessArea = nullptr;
    QLineEdit *m_users = nullptr;
    QComboBox *m_department = nullptr;
    OwnerCombo *m_owner = nullptr;
    bool m_peopleSet = false;
    QLineEdit *m_location = nullptr;
    QComboBox *m_personal = nullptr;
    QComboBox *m_c = nullptr;
    QComboBox *m_i = nullptr;
    QComboBox *m_a = nullptr;
    QComboBox *m_threat = nullptr;
    QComboBox *m_vulnerability = nullptr;
    QLabel *m_derived = nullptr;
    QLineEdit *m_retention = nullptr;
    QCheckBox *m_hasRegistered = nullptr;
    QDateEdit *m_registered = nullptr;
    QCheckBox *m_hasReviewed = nullptr;
    QDateEdit *m_reviewed = nullptr;
    QCheckBox *m_internet = nullptr;
    QComboBox *m_mfa = nullptr;
    QLineEdit *m_vendor = nullptr;
    QLineEdit *m_product = nullptr;
    QLineEdit *m_version = nullptr;
    QCheckBox *m_hasLastUpdated = nullptr;
    QDateEdit *m_lastUpdated = nullptr;
    QCheckBox *m_endOfSupport = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    DiscardGuard *m_discard = nullptr;
};

} // namespace ui
} // namespace kamae

#pragma once

#include "domain/Asset.h"
#include "domain/AssetFields.h"
#include "widgets/FormDialog.h"

#include <QMap>

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
    void updateDerived();
    // The edit of a column kept as one line of text, the combo of a rating.
    QLineEdit *line(domain::AssetField field) const { return m_lines.value(field); }
    QComboBox *rating(domain::AssetField field) const { return m_ratings.value(field); }

    domain::Asset m_original;
    QMap<domain::AssetField, QLineEdit *> m_lines;
    QMap<domain::AssetField, QComboBox *> m_ratings;
    QComboBox *m_kind = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_personal = nullptr;
    QLabel *m_derived = nullptr;
    OptionalDate m_registered;
    OptionalDate m_reviewed;
    QCheckBox *m_internet = nullptr;
    QComboBox *m_mfa = nullptr;
    OptionalDate m_lastUpdated;
    QCheckBox *m_endOfSupport = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace ui
} // namespace kamae

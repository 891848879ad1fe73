#pragma once

#include "widgets/FormDialog.h"

namespace kamae {
namespace ui {

// Shows a new recovery code once, with Print and Copy, and will not close
// until the user says it is stored.
class RecoveryCodeDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryCodeDialog)

public:
    RecoveryCodeDialog(const QString &code, const QString &organisation, const QString &vaultPath,
                       QWidget *parent = nullptr);

    // The printable sheet as HTML (also used by the print test).
    QString sheetHtml() const;

protected:
    void retranslate() override;
    void reject() override;

private:
    void print();

    QString m_code;
    QString m_organisation;
    QString m_vaultPath;
    QCheckBox *m_stored = nullptr;
};

} // namespace ui
} // namespace kamae

#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace kamae {
namespace ui {

// Shows a new recovery code once, with Print and Copy, and will not close
// until the user says it is stored.
class RecoveryCodeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryCodeDialog)

public:
    RecoveryCodeDialog(const QString &code, const QString &organisation, const QString &vaultPath,
                       QWidget *parent = nullptr);

    // The printable sheet as HTML (also used by the print test).
    QString sheetHtml() const;

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void print();
    void retranslate();

    QString m_code;
    QString m_organisation;
    QString m_vaultPath;
    QLabel *m_intro = nullptr;
    QLabel *m_codeLabel = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_copy = nullptr;
    QCheckBox *m_stored = nullptr;
    QPushButton *m_done = nullptr;
};

} // namespace ui
} // namespace kamae

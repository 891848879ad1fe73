#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;

namespace kamae {
namespace ui {

// A passphrase input with a show/hide toggle and, optionally, the strength
// meter and hint under it.
class PassphraseField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphraseField)

public:
    explicit PassphraseField(bool showStrength, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void clear();
    QLineEdit *lineEdit() const { return m_edit; }
    void setPlaceholderText(const QString &text);

    // True if the passphrase is strong enough, or the user confirms using
    // a weak one anyway.
    static bool confirmIfWeak(QWidget *parent, const QString &passphrase);

signals:
    void textChanged(const QString &text);
    void returnPressed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStrength();
    void retranslate();

    QLineEdit *m_edit = nullptr;
    QToolButton *m_reveal = nullptr;
    QProgressBar *m_meter = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace ui
} // namespace kamae

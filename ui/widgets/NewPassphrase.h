#pragma once

#include <QObject>

class QFormLayout;
class QLabel;
class QWidget;

namespace kamae {
namespace ui {

class PassphraseField;

// A new passphrase, typed twice: the first field with its strength meter,
// the second to catch a typo. Its two rows go into the dialog's form; the
// dialog asks problem() whether the two will do and confirm() before it
// uses a weak one.
class NewPassphrase final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewPassphrase)

public:
    // name: the first field's object name (the second is "repeatField").
    NewPassphrase(QWidget *dialog, QFormLayout *form, const QString &name);

    // The first row's label ("&Passphrase:", "&New passphrase:") in the
    // current language (the second row's follows the language itself).
    void retranslate(const QString &label);

    QString text() const;
    // Too short, or the two differ; empty if neither.
    QString problem() const;
    // The second field has been typed into: time to say what is wrong.
    bool repeatStarted() const;
    // True if the passphrase is strong enough, or the person keeps a weak
    // one after being told.
    bool confirm(QWidget *parent) const;
    void clear();
    PassphraseField *field() const { return m_field; }

signals:
    void changed();

private:
    PassphraseField *m_field = nullptr;
    PassphraseField *m_repeat = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace ui
} // namespace kamae

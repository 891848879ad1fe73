#include "widgets/NewPassphrase.h"

#include "vault/PassphraseStrength.h"
#include "widgets/PassphraseField.h"
#include "widgets/Widgets.h"

#include <QFormLayout>
#include <QLabel>

namespace kamae {
namespace ui {

NewPassphrase::NewPassphrase(QWidget *dialog, QFormLayout *form, const QString &name)
    : QObject(dialog)
{
    m_field = new PassphraseField(true, dialog);
    m_field->setObjectName(name);
    m_repeat = new PassphraseField(false, dialog);
    m_repeat->setObjectName(QStringLiteral("repeatField"));
    m_label = new QLabel(dialog);
    m_label->setBuddy(m_field);
    form->addRow(m_label, m_field);
    addLabelledRow(form, m_repeat, [] { return tr("&Repeat:"); });
    connect(m_field, &PassphraseField::textChanged, this, &NewPassphrase::changed);
    connect(m_repeat, &PassphraseField::textChanged, this, &NewPassphrase::changed);
}

void NewPassphrase::retranslate(const QString &label)
{
    m_label->setText(label);
}

QString NewPassphrase::text() const
{
    return m_field->text();
}

QString NewPassphrase::problem() const
{
    if (m_field->text().size() < vault::PassphraseStrength::kMinimumLength)
        return tr("The passphrase needs at least %1 characters.")
            .arg(vault::PassphraseStrength::kMinimumLength);
    if (m_repeat->text() != m_field->text())
        return tr("The two passphrases differ.");
    return {};
}

bool NewPassphrase::repeatStarted() const
{
    return !m_repeat->text().isEmpty();
}

bool NewPassphrase::confirm(QWidget *parent) const
{
    return PassphraseField::confirmIfWeak(parent, m_field->text());
}

void NewPassphrase::clear()
{
    m_field->clear();
    m_repeat->clear();
}

} // namespace ui
} // namespace kamae

#include "widgets/PassphraseField.h"

#include "vault/PassphraseStrength.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

PassphraseField::PassphraseField(bool showStrength, QWidget *parent) : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("passphraseEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_reveal = new QToolButton(this);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setCheckable(true);
    m_reveal->setFocusPolicy(Qt::NoFocus);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_reveal);

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    column->addLayout(row);

    if (showStrength) {
        m_meter = new QProgressBar(this);
        m_meter->setObjectName(QStringLiteral("strengthMeter"));
        m_meter->setRange(0, vault::PassphraseStrength::VeryStrong);
        m_meter->setTextVisible(true);
        m_meter->setMaximumHeight(16);
        m_hint = new QLabel(this);
        m_hint->setObjectName(QStringLiteral("strengthHint"));
        m_hint->setWordWrap(true);
        QFont small = m_hint->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        m_hint->setFont(small);
        column->addWidget(m_meter);
        column->addWidget(m_hint);
    }

    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        updateStrength();
        emit textChanged(text);
    });
    connect(m_edit, &QLineEdit::returnPressed, this, &PassphraseField::returnPressed);
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        retranslate();
    });
    setFocusProxy(m_edit);
    // A label's mnemonic (Alt+P, "パスフレーズ(&P)") focuses its buddy only if
    // the buddy itself accepts focus; the proxy then passes it to the edit.
    setFocusPolicy(m_edit->focusPolicy());
    retranslate();
}

QString PassphraseField::text() const
{
    return m_edit->text();
}

void PassphraseField::setText(const QString &text)
{
    m_edit->setText(text);
}

void PassphraseField::clear()
{
    m_edit->clear();
}

void PassphraseField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

bool PassphraseField::confirmIfWeak(QWidget *parent, const QString &passphrase)
{
    const auto strength = vault::PassphraseStrength::estimate(passphrase);
    if (strength.acceptable())
        return true;
    return QMessageBox::warning(parent, tr("Weak passphrase"),
                                tr("%1\n\nUse this passphrase anyway?").arg(strength.hint()),
                                QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::No) == QMessageBox::Yes;
}

void PassphraseField::updateStrength()
{
    if (!m_meter)
        return;
    const auto strength = vault::PassphraseStrength::estimate(m_edit->text());
    m_meter->setValue(strength.level);
    m_meter->setFormat(strength.label());
    QString colour;
    switch (strength.level) {
    case vault::PassphraseStrength::Empty:
    case vault::PassphraseStrength::VeryWeak:
    case vault::PassphraseStrength::Weak:
        colour = QStringLiteral("#c62828");
        break;
    case vault::PassphraseStrength::Fair:
        colour = QStringLiteral("#ef8f00");
        break;
    case vault::PassphraseStrength::Strong:
    case vault::PassphraseStrength::VeryStrong:
        colour = QStringLiteral("#2e7d32");
        break;
    }
    m_meter->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }").arg(colour));
    m_hint->setText(strength.hint());
}

void PassphraseField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PassphraseField::retranslate()
{
    m_reveal->setText(m_reveal->isChecked() ? tr("Hide") : tr("Show"));
    m_reveal->setToolTip(tr("Show or hide the passphrase"));
    updateStrength();
}

} // namespace ui
} // namespace kamae

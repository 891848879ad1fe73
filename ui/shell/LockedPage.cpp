#include "shell/LockedPage.h"

#include "widgets/Widgets.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

LockedPage::LockedPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("LockedPage"));
    auto *title = sayingText(makeBoldLabel(this, 1.8), [] { return tr("Kamae is locked"); });
    title->setAlignment(Qt::AlignCenter);
    m_file = new QLabel(this);
    m_file->setAlignment(Qt::AlignCenter);
    m_file->setWordWrap(true);
    m_unsaved = new QLabel(this);
    m_unsaved->setObjectName(QStringLiteral("unsavedBanner"));
    m_unsaved->setWordWrap(true);
    m_unsaved->setAlignment(Qt::AlignCenter);
    m_unsaved->setStyleSheet(QStringLiteral(
        "background: #fdecea; color: #8e1c1c; border: 1px solid #e0a0a0; padding: 8px;"));
    m_unsaved->hide();
    auto *unlockButton = sayingText(new QPushButton(this), [] { return tr("&Unlock…"); });
    unlockButton->setObjectName(QStringLiteral("unlockButton"));
    unlockButton->setDefault(true);
    unlockButton->setMinimumHeight(36);
    auto *closeButton = sayingText(new QPushButton(this), [] { return tr("&Close vault"); });
    closeButton->setObjectName(QStringLiteral("closeVaultButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(unlockButton);
    buttons->addWidget(closeButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addWidget(m_file);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(16);
    layout->addWidget(m_unsaved);
    layout->addStretch(3);

    connect(unlockButton, &QPushButton::clicked, this, &LockedPage::unlockRequested);
    connect(closeButton, &QPushButton::clicked, this, &LockedPage::closeRequested);
    followLanguage(this, [this] { retranslate(); });
}

void LockedPage::setVaultPath(const QString &path)
{
    m_path = path;
    retranslate();
}

void LockedPage::setUnsavedWarning(const QString &reason)
{
    m_unsavedReason = reason;
    retranslate();
}

void LockedPage::retranslate()
{
    m_file->setText(QDir::toNativeSeparators(m_path));
    m_unsaved->setVisible(!m_unsavedReason.isEmpty());
    m_unsaved->setText(tr("The latest changes are not saved yet: %1\nThey are kept in memory and "
                          "Kamae keeps trying. Unlock to keep working, or fix the cause.")
                           .arg(m_unsavedReason));
}

} // namespace ui
} // namespace kamae

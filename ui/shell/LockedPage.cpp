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
    m_title = makeBoldLabel(this, 1.8);
    m_title->setAlignment(Qt::AlignCenter);
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
    m_unlock = new QPushButton(this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_unlock->setMinimumHeight(36);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeVaultButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_close);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_file);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(16);
    layout->addWidget(m_unsaved);
    layout->addStretch(3);

    connect(m_unlock, &QPushButton::clicked, this, &LockedPage::unlockRequested);
    connect(m_close, &QPushButton::clicked, this, &LockedPage::closeRequested);
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
    m_title->setText(tr("Kamae is locked"));
    m_file->setText(QDir::toNativeSeparators(m_path));
    m_unlock->setText(tr("&Unlock…"));
    m_close->setText(tr("&Close vault"));
    m_unsaved->setVisible(!m_unsavedReason.isEmpty());
    m_unsaved->setText(tr("The latest changes are not saved yet: %1\nThey are kept in memory and "
                          "Kamae keeps trying. Unlock to keep working, or fix the cause.")
                           .arg(m_unsavedReason));
}

} // namespace ui
} // namespace kamae

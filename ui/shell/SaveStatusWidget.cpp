#include "shell/SaveStatusWidget.h"

#include "vault/VaultSession.h"
#include "widgets/Widgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace kamae {
namespace ui {

SaveStatusWidget::SaveStatusWidget(QWidget *parent) : QWidget(parent)
{
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("saveStatusLabel"));
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retrySaveButton"));
    m_retry->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        // The outcome arrives as saveStateChanged and is shown by update().
        if (m_session)
            (void)m_session->saveNow();
    });
    followLanguage(this, [this] { update(); });
}

void SaveStatusWidget::setSession(vault::VaultSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &vault::VaultSession::saveStateChanged, this, &SaveStatusWidget::update);
        connect(m_session, &QObject::destroyed, this, [this] {
            m_session = nullptr;
            update();
        });
    }
    update();
}

QString SaveStatusWidget::text() const
{
    return m_label->text();
}

void SaveStatusWidget::update()
{
    m_retry->setText(tr("Retry"));
    if (!m_session || !m_session->isOpen()) {
        m_label->clear();
        m_label->setToolTip({});
        m_retry->hide();
        return;
    }
    switch (m_session->saveState()) {
    case vault::VaultSession::SaveState::Saved:
        m_label->setStyleSheet({});
        m_label->setText(
            tr("Saved %1")
                .arg(QLocale().toString(m_session->lastSaved().time(), QLocale::ShortFormat)));
        m_label->setToolTip({});
        m_retry->hide();
        break;
    case vault::VaultSession::SaveState::Pending:
        m_label->setStyleSheet({});
        m_label->setText(tr("Saving…"));
        m_label->setToolTip({});
        m_retry->hide();
        break;
    case vault::VaultSession::SaveState::Failed:
        m_label->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
        m_label->setText(
            tr("Not saved. %1 Kamae retries every 30 seconds.").arg(m_session->lastError()));
        m_label->setToolTip(m_session->lastError());
        m_retry->show();
        break;
    }
}

} // namespace ui
} // namespace kamae

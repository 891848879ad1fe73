#include "widgets/MessageBar.h"

#include "widgets/Widgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace kamae {
namespace ui {

namespace {

struct Look
{
    const char *background;
    const char *border;
    const char *text;
    QStyle::StandardPixmap icon;
};

Look lookOf(MessageBar::Level level)
{
    switch (level) {
    case MessageBar::Level::Info:
        return {"#e8f0fe", "#9ab6e8", "#1a3e72", QStyle::SP_MessageBoxInformation};
    case MessageBar::Level::Warning:
        return {"#fff4e0", "#e0b060", "#6b4500", QStyle::SP_MessageBoxWarning};
    case MessageBar::Level::Error:
        break;
    }
    return {"#fdecea", "#e57373", "#8e1c1c", QStyle::SP_MessageBoxCritical};
}

} // namespace

MessageBar::MessageBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("messageIcon"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_actionButton = new QPushButton(this);
    m_actionButton->setObjectName(QStringLiteral("messageAction"));
    m_actionButton->hide();
    auto *closeButton = new QToolButton(this);
    closeButton->setObjectName(QStringLiteral("messageClose"));
    closeButton->setAutoRaise(true);
    closeButton->setText(QStringLiteral("×"));
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDefaultAutoHideMs);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignVCenter);
    layout->addWidget(closeButton, 0, Qt::AlignTop);

    connect(closeButton, &QToolButton::clicked, this, &MessageBar::dismiss);
    connect(m_timer, &QTimer::timeout, this, &MessageBar::dismiss);
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        const std::function<void()> action = m_action;
        dismiss();
        if (action)
            action();
    });
    followLanguage(this, [closeButton] { closeButton->setToolTip(tr("Close this message")); });
    hide();
}

void MessageBar::showMessage(Level level, const QString &text)
{
    showMessage(level, text, QString(), {});
}

void MessageBar::showMessage(Level level, const QString &text, const QString &actionText,
                             std::function<void()> action)
{
    if (text.isEmpty()) {
        dismiss();
        return;
    }
    m_level = level;
    m_text->setText(text);
    m_action = std::move(action);
    m_actionButton->setText(actionText);
    m_actionButton->setVisible(m_action && !actionText.isEmpty());
    applyLevel();
    show();
    if (level == Level::Error)
        m_timer->stop();
    else
        m_timer->start();
}

void MessageBar::dismiss()
{
    m_timer->stop();
    m_action = {};
    const bool wasShown = !isHidden();
    hide();
    if (wasShown)
        emit dismissed();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::setAutoHideInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

int MessageBar::autoHideInterval() const
{
    return m_timer->interval();
}

bool MessageBar::autoHideActive() const
{
    return m_timer->isActive();
}

void MessageBar::applyLevel()
{
    const Look look = lookOf(m_level);
    setStyleSheet(QStringLiteral("QFrame#messageBar { background: %1; border: 1px solid %2; "
                                 "border-radius: 4px; } QFrame#messageBar QLabel { color: %3; }")
                      .arg(QLatin1String(look.background), QLatin1String(look.border),
                           QLatin1String(look.text)));
    const int size = fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(look.icon, nullptr, this).pixmap(size, size));
}

} // namespace ui
} // namespace kamae

#pragma once

#include <QObject>
#include <QTimer>

namespace kamae {
namespace ui {

// Fires idle() when no keyboard, mouse or touch input reached the
// application for the configured time.
class IdleWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatcher)

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    // 0 turns the watch off.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeout; }
    void setActive(bool active);
    bool isActive() const { return m_active; }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    QTimer m_timer;
    int m_timeout = 0;
    bool m_active = false;
};

} // namespace ui
} // namespace kamae

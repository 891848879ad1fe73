#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace kamae {
namespace ui {

// The line at the top of a page that says what just happened or went
// wrong: information and warnings with an icon and a colour, hiding by
// themselves after a few seconds; errors stay until closed. Texts are
// translated by the caller. Optionally one button that does something about
// it ("Clear filters"). Tests find it as "messageBar".
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Level
    {
        Info,
        Warning,
        Error,
    };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text);
    // The same, with a button that runs `action` and closes the bar.
    void showMessage(Level level, const QString &text, const QString &actionText,
                     std::function<void()> action);
    void showInfo(const QString &text) { showMessage(Level::Info, text); }
    void showWarning(const QString &text) { showMessage(Level::Warning, text); }
    void showError(const QString &text) { showMessage(Level::Error, text); }
    // Hides the bar (the close button does the same).
    void dismiss();

    Level level() const { return m_level; }
    QString text() const;
    // How long information and warnings stay; errors stay until closed.
    void setAutoHideInterval(int milliseconds);
    int autoHideInterval() const;
    bool autoHideActive() const;

    static constexpr int kDefaultAutoHideMs = 6000;

signals:
    void dismissed();

private:
    void applyLevel();

    Level m_level = Level::Info;
    std::function<void()> m_action;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_actionButton = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace ui
} // namespace kamae

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace kamae {
namespace ui {

// What a user sees with no vault open: create one, open one, pick a
// recently used file, or look around in the demo company.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void refreshRecent();

signals:
    void createRequested();
    void openRequested();
    void demoRequested();
    void recentChosen(const QString &path);
    void languageChosen(const QString &code);

private:
    void retranslate();

    QComboBox *m_language = nullptr;
    QPushButton *m_demo = nullptr;
    QLabel *m_recentLabel = nullptr;
    QListWidget *m_recent = nullptr;
    QPushButton *m_forget = nullptr;
};

} // namespace ui
} // namespace kamae

#pragma once

#include <QWidget>

class QLabel;

namespace kamae {
namespace ui {

// Shown while the vault is locked: no data, only the file's name and the
// way back in.
class LockedPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockedPage)

public:
    explicit LockedPage(QWidget *parent = nullptr);

    void setVaultPath(const QString &path);
    // Non-empty while changes could not be saved before locking.
    void setUnsavedWarning(const QString &reason);

signals:
    void unlockRequested();
    void closeRequested();

private:
    void retranslate();

    QString m_path;
    QString m_unsavedReason;
    QLabel *m_file = nullptr;
    QLabel *m_unsaved = nullptr;
};

} // namespace ui
} // namespace kamae

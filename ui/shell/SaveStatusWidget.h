#pragma once

#include "widgets/CoreForward.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace kamae {
namespace ui {

// The status bar's word on the file: saved, waiting to save, or failed
// (with the reason and a Retry button).
class SaveStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveStatusWidget)

public:
    explicit SaveStatusWidget(QWidget *parent = nullptr);

    void setSession(vault::VaultSession *session);
    QString text() const;

private:
    void update();

    vault::VaultSession *m_session = nullptr;
    QLabel *m_label = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace ui
} // namespace kamae

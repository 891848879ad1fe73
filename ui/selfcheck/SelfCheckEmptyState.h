#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace kamae {
namespace ui {

// What the self-assessment page shows before the first sitting: what the
// self-check is, and one button to begin.
class SelfCheckEmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelfCheckEmptyState)

public:
    explicit SelfCheckEmptyState(QWidget *parent = nullptr);

signals:
    void startRequested();

private:
    void retranslate();

    QLabel *m_text = nullptr;
    QPushButton *m_start = nullptr;
};

} // namespace ui
} // namespace kamae

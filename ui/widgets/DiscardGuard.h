#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

class QDialog;
class QWidget;

namespace kamae {
namespace ui {

// Asks before an editing dialog throws changes away. It watches every
// editor in the dialog (line and text edits, combo and spin boxes, date
// edits, check boxes, table and list items) by comparing what they hold
// with what they held when the dialog was first shown, so that changing a
// field and changing it back counts as no change. A dialog uses it from
// its reject(), which Esc, Cancel and closing the window all reach:
//
//     void MyDialog::reject()
//     {
//         if (m_discard->mayDiscard())
//             QDialog::reject();
//     }
//
// QDialog::done() (the idle lock closes dialogs that way) never asks.
class DiscardGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscardGuard)

public:
    explicit DiscardGuard(QDialog *dialog);

    // What the dialog holds now counts as unchanged. Done on the first
    // show; call it again after filling the dialog programmatically.
    void arm();
    // Leaves a widget and its children out: a filter box is not an edit.
    void ignore(QWidget *widget);
    bool isModified() const;
    // True if the dialog may close: nothing changed, or the person chose to
    // discard the changes.
    bool mayDiscard();

    // Tests find the question by this object name.
    static QString questionObjectName();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList state() const;
    bool ignored(const QWidget *widget) const;

    QDialog *m_dialog = nullptr;
    QStringList m_initial;
    QSet<const QWidget *> m_ignored;
    bool m_armed = false;
};

} // namespace ui
} // namespace kamae

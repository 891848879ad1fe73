#include "widgets/DiscardGuard.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextEdit>

namespace kamae {
namespace ui {

DiscardGuard::DiscardGuard(QDialog *dialog) : QObject(dialog), m_dialog(dialog)
{
    setObjectName(QStringLiteral("discardGuard"));
    dialog->installEventFilter(this);
}

QString DiscardGuard::questionObjectName()
{
    return QStringLiteral("discardQuestion");
}

void DiscardGuard::arm()
{
    m_initial = state();
    m_armed = true;
}

void DiscardGuard::ignore(QWidget *widget)
{
    m_ignored.insert(widget);
}

bool DiscardGuard::ignored(const QWidget *widget) const
{
    for (const QWidget *w = widget; w && w != m_dialog; w = w->parentWidget()) {
        if (m_ignored.contains(w) || qobject_cast<const QDialogButtonBox *>(w))
            return true;
    }
    return false;
}

QStringList DiscardGuard::state() const
{
    QStringList values;
    const auto widgets = m_dialog->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        // Popups (a date edit's calendar, a combo box's list) are made when
        // first opened and hold nothing of their own.
        if (w->window() != m_dialog || ignored(w))
            continue;
        QString value;
        if (const auto *line = qobject_cast<const QLineEdit *>(w)) {
            // A combo box's or spin box's own line edit is counted with it.
            if (qobject_cast<const QComboBox *>(w->parentWidget()) ||
                qobject_cast<const QAbstractSpinBox *>(w->parentWidget()) || line->isReadOnly())
                continue;
            value = line->text();
        } else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(w)) {
            if (plain->isReadOnly())
                continue;
            value = plain->toPlainText();
        } else if (const auto *rich = qobject_cast<const QTextEdit *>(w)) {
            if (rich->isReadOnly())
                continue;
            value = rich->toPlainText();
        } else if (const auto *combo = qobject_cast<const QComboBox *>(w)) {
            value = QString::number(combo->currentIndex()) + QLatin1Char('|') +
                    (combo->isEditable() ? combo->currentText() : QString());
        } else if (const auto *date = qobject_cast<const QDateTimeEdit *>(w)) {
            value = date->dateTime().toString(Qt::ISODate);
        } else if (const auto *number = qobject_cast<const QSpinBox *>(w)) {
            // Its value, not its text: the prefix and suffix follow the language.
            value = QString::number(number->value());
        } else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(w)) {
            value = spin->text();
        } else if (qobject_cast<const QCheckBox *>(w) || qobject_cast<const QRadioButton *>(w)) {
            // Not tool buttons: showing a passphrase is not an edit.
            value = static_cast<const QAbstractButton *>(w)->isChecked() ? QStringLiteral("1")
                                                                         : QStringLiteral("0");
        } else if (const auto *table = qobject_cast<const QTableWidget *>(w)) {
            QStringList cells;
            for (int r = 0; r < table->rowCount(); ++r)
                for (int c = 0; c < table->columnCount(); ++c)
                    if (const QTableWidgetItem *item = table->item(r, c))
                        cells << QStringLiteral("%1,%2:%3/%4")
                                     .arg(r)
                                     .arg(c)
                                     .arg(item->text())
                                     .arg(static_cast<int>(item->checkState()));
            value =
                QStringLiteral("%1 rows ").arg(table->rowCount()) + cells.join(QLatin1Char(';'));
        } else if (const auto *list = qobject_cast<const QListWidget *>(w)) {
            QStringList items;
            for (int i = 0; i < list->count(); ++i)
                items << QString::number(static_cast<int>(list->item(i)->checkState()));
            value = items.join(QLatin1Char(','));
        } else {
            continue;
        }
        // Widgets made and deleted while editing (a table's rows) change
        // the list itself, which counts as a change too.
        values << QStringLiteral("%1 %2=%3")
                      .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                           value);
    }
    return values;
}

bool DiscardGuard::isModified() const
{
    return m_armed && state() != m_initial;
}

bool DiscardGuard::mayDiscard()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Discard changes?"),
                    tr("You changed something in this window. Close it and discard the "
                       "changes?"),
                    QMessageBox::NoButton, m_dialog);
    box.setObjectName(questionObjectName());
    QPushButton *discard = box.addButton(tr("Discard changes"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

bool DiscardGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dialog && event->type() == QEvent::Show && !m_armed)
        arm();
    return QObject::eventFilter(watched, event);
}

} // namespace ui
} // namespace kamae

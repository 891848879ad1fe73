#include "shell/ShortcutsDialog.h"

#include "widgets/FittingScrollArea.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

namespace {

QString keysText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

QString plain(QString text)
{
    // "&Open vault…" → "Open vault", "保管庫を開く(&O)…" → "保管庫を開く".
    text.remove(QRegularExpression(QStringLiteral("\\(&[^)]\\)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    text.remove(QChar(0x2026));
    return text.trimmed();
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<Group> &groups, bool pagesIncluded, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ShortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::StrongFocus);
    for (const Group &group : groups) {
        if (group.actions.isEmpty())
            continue;
        auto *heading = new QTreeWidgetItem(m_tree, {plain(group.title)});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        for (const QAction *action : group.actions) {
            auto *row = new QTreeWidgetItem(m_tree, {describe(action), keysText(action)});
            row->setFlags(Qt::ItemIsEnabled);
        }
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    auto *note = new QLabel(this);
    note->setObjectName(QStringLiteral("shortcutNote"));
    note->setWordWrap(true);
    note->setText(pagesIncluded ? tr("In tables, Enter or a double-click opens the selected row. "
                                     "Alt with the underlined letter reaches a field or button.")
                                : tr("Open a vault to see the shortcuts of its pages as well."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(fitToScreen(this, QSize(560, 640)));
}

QList<QAction *> ShortcutsDialog::actionsWithShortcuts(const QObject *root)
{
    QList<QAction *> found;
    QSet<QString> seen;
    for (QAction *action : root->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        const QString key = describe(action) + QLatin1Char('\t') + keysText(action);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        found << action;
    }
    return found;
}

QString ShortcutsDialog::describe(const QAction *action)
{
    if (const QString text = plain(action->text()); !text.isEmpty())
        return text;
    if (const QString tip = action->toolTip().trimmed();
        !tip.isEmpty() && tip != plain(action->iconText()))
        return tip;
    // Actions without words: the page's keys for its table and search box.
    const QKeySequence key = action->shortcut();
    if (key == QKeySequence(QKeySequence::Find))
        return tr("Search this page");
    if (key == QKeySequence(QKeySequence::Delete))
        return tr("Delete the selected row (asks first)");
    if (key == QKeySequence(Qt::Key_Insert))
        return tr("Add a new row");
    if (key == QKeySequence(Qt::Key_Return) || key == QKeySequence(Qt::Key_Enter))
        return tr("Open or edit the selected row");
    if (key == QKeySequence(Qt::CTRL | Qt::Key_D))
        return tr("Duplicate the selected row");
    if (key == QKeySequence(QKeySequence::Print) || key == QKeySequence(Qt::CTRL | Qt::Key_P))
        return tr("Print");
    if (key == QKeySequence(QKeySequence::SaveAs) ||
        key == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S))
        return tr("Save as…");
    if (key == QKeySequence(QKeySequence::ZoomIn))
        return tr("Zoom in");
    if (key == QKeySequence(QKeySequence::ZoomOut))
        return tr("Zoom out");
    return tr("(no description)");
}

} // namespace ui
} // namespace kamae

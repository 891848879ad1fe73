#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace kamae {
namespace ui {

class ListTableModel;
class FlowLayout;

// A list of a module page (the BCP page's businesses and versions, the
// incidents page's log, contacts and partners): a title, a row of buttons
// for Add, Edit and Delete, and the sortable table. The page connects the
// actions; the panel enables those that need a selected row.
class ListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPanel)

public:
    enum Action
    {
        Add,
        Edit,
        Delete,
        ActionCount
    };

    ListPanel(ListTableModel *model, const QString &viewName, QWidget *parent = nullptr);

    QAction *action(Action id) const { return m_actions[id]; }
    ListTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *titleLabel() const { return m_title; }
    void setTitle(const QString &title);
    // The title, the buttons' texts and the column titles, in the current
    // language (from the owner's retranslate).
    void setTexts(const QString &title, const QString &add, const QString &edit,
                  const QString &remove);
    // The model's row of the selected entry, -1 if none.
    int currentRow() const;
    // The id of the selected entry, 0 if none.
    qint64 currentId() const;
    void selectId(qint64 id);
    // Shows only the rows with `text` in one of their cells (case aside).
    void setFilterText(const QString &text);
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // Adds a button for a further action of the list, after Delete.
    void addButton(QAction *action, const QString &name);
    // Adds a widget (a search box) after the buttons.
    void addWidget(QWidget *widget);
    void updateActions();

signals:
    void currentChanged();

private:
    ListTableModel *m_model;
    QLabel *m_title = nullptr;
    QAction *m_actions[ActionCount] = {};
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    FlowLayout *m_buttons = nullptr;
};

} // namespace ui
} // namespace kamae

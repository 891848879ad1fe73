#pragma once

#include <QVector>
#include <QWidget>

class QAction;
class QLineEdit;
class QTableView;

namespace kamae {
namespace ui {

class RecordFilterProxy;
class TableModel;

// A tab of the Training page that lists records: a row of action buttons,
// a search, and the sortable table (the courses, the sessions). The
// actions are the page's to connect; the panel enables those that need a
// selected row.
class TrainingListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingListPanel)

public:
    // `actionCount` buttons, in the order of the page's enumeration;
    // those in `needingRow` act on the selected row.
    TrainingListPanel(TableModel *model, RecordFilterProxy *proxy, const QString &viewName,
                      int actionCount, QList<int> needingRow, QWidget *parent = nullptr);

    QAction *action(int id) const { return m_actions.at(id); }
    TableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The model's row of the selected record, or -1.
    int currentRow() const;
    // Selects the record's row, clearing the search if it hides it.
    void showRow(int sourceRow);
    void setSearchPlaceholder(const QString &text);
    void clearFilters();
    void focusSearch();
    void updateActions();

signals:
    void currentChanged();

private:
    TableModel *m_model;
    RecordFilterProxy *m_proxy;
    QList<int> m_needingRow;
    QVector<QAction *> m_actions;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace ui
} // namespace kamae

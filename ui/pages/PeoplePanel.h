#pragma once

#include "domain/Person.h"
#include "widgets/CoreForward.h"

#include <QGroupBox>

class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kamae {
namespace ui {

class EmptyState;
class MessageBar;
class PeopleModel;
class TableActions;
class ViewState;

// The Organisation page's "People and departments" table: the one list that
// owners are chosen from (and, later, trainees, BCP roles and incident
// responders). Add, edit and delete are undoable steps.
class PeoplePanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeoplePanel)

public:
    PeoplePanel(store::Database &db, QUndoStack &undo, QWidget *parent = nullptr);
    ~PeoplePanel() override;

    void refresh();
    void addPerson();
    void editCurrent();
    void removeSelected();
    // Imports a CSV or XLSX people list through the preview dialog (also
    // what a file dropped on the panel does).
    void importFile(const QString &path);
    void chooseImportFile();

    PeopleModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    MessageBar *messageBar() const { return m_messages; }
    TableActions *tableActions() const { return m_actions; }
    EmptyState *emptyState() const { return m_empty; }

private:
    QVector<domain::Person> selectedPeople() const;
    QStringList departmentNames() const;
    void updateButtons();
    void retranslate();

    store::Database &m_db;
    QUndoStack &m_undo;
    MessageBar *m_messages = nullptr;
    TableActions *m_actions = nullptr;
    EmptyState *m_empty = nullptr;
    ViewState *m_viewState = nullptr;
    PeopleModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace ui
} // namespace kamae

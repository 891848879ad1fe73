#pragma once

#include "domain/Person.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

namespace kamae {
namespace ui {

class PeopleModel;

// The Organisation page's "People and departments" table: the one list that
// owners are chosen from (and, later, trainees, BCP roles and incident
// responders). Add, edit and delete are undoable steps.
class PeoplePanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeoplePanel)

public:
    PeoplePanel(store::Database &db, QUndoStack &undo, QWidget *parent = nullptr);

    void refresh();
    void addPerson();
    void editCurrent();
    void removeSelected();

    PeopleModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QVector<domain::Person> selectedPeople() const;
    QStringList departmentNames() const;
    void showError(const QString &message);
    void updateButtons();
    void retranslate();

    store::Database &m_db;
    QUndoStack &m_undo;
    QLabel *m_hint = nullptr;
    QLabel *m_error = nullptr;
    PeopleModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace ui
} // namespace kamae

#include "pages/PeoplePanel.h"

#include "pages/PeopleCommands.h"
#include "pages/PeopleModel.h"
#include "pages/PersonDialog.h"
#include "store/PeopleRepository.h"
#include "widgets/Widgets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

PeoplePanel::PeoplePanel(store::Database &db, QUndoStack &undo, QWidget *parent)
    : QGroupBox(parent), m_db(db), m_undo(undo)
{
    setObjectName(QStringLiteral("peoplePanel"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_error = makeErrorLabel(this);
    m_error->setObjectName(QStringLiteral("peopleErrorLabel"));
    m_model = new PeopleModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PeopleModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("peopleView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PeopleModel::Kind, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(PeopleModel::Name, 160);
    m_view->setMinimumHeight(180);
    m_view->installEventFilter(this);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addPersonButton"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editPersonButton"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removePersonButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_view);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &PeoplePanel::addPerson);
    connect(m_edit, &QPushButton::clicked, this, &PeoplePanel::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &PeoplePanel::removeSelected);
    connect(m_view, &QTableView::doubleClicked, this, &PeoplePanel::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PeoplePanel::updateButtons);
    retranslate();
    refresh();
}

void PeoplePanel::refresh()
{
    const qint64 current = selectedPeople().isEmpty() ? 0 : selectedPeople().first().id;
    const auto people = store::PeopleRepository(m_db).all();
    if (!people) {
        showError(people.error());
        return;
    }
    m_model->setPeople(people.value());
    if (const int row = m_model->rowOfId(current); row >= 0)
        m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    updateButtons();
}

QVector<domain::Person> PeoplePanel::selectedPeople() const
{
    QVector<domain::Person> out;
    if (!m_view->selectionModel())
        return out;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0 && row < m_model->people().size())
            out.append(m_model->people().at(row));
    }
    return out;
}

QStringList PeoplePanel::departmentNames() const
{
    QStringList names;
    for (const domain::Person &p : m_model->people()) {
        const QString name = p.kind == domain::PersonKind::Department ? p.name : p.department;
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

void PeoplePanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void PeoplePanel::updateButtons()
{
    const int n = static_cast<int>(selectedPeople().size());
    m_edit->setEnabled(n == 1);
    m_remove->setEnabled(n > 0);
}

void PeoplePanel::addPerson()
{
    store::PeopleRepository repository(m_db);
    PersonDialog dialog(
        domain::Person{}, departmentNames(),
        [&repository](const domain::Person &p) { return repository.validate(p); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_error->hide();
    auto *command = new AddPersonCommand(
        m_db, dialog.person(), [this] { refresh(); },
        [this](const QString &message) { showError(message); });
    m_undo.push(command);
    if (const int row = m_model->rowOfId(command->personId()); row >= 0)
        m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

void PeoplePanel::editCurrent()
{
    const QVector<domain::Person> selected = selectedPeople();
    if (selected.size() != 1)
        return;
    store::PeopleRepository repository(m_db);
    PersonDialog dialog(
        selected.first(), departmentNames(),
        [&repository](const domain::Person &p) { return repository.validate(p); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const domain::Person after = dialog.person();
    if (after == selected.first())
        return;
    m_error->hide();
    m_undo.push(new EditPersonCommand(
        m_db, selected.first(), after, [this] { refresh(); },
        [this](const QString &message) { showError(message); }));
}

void PeoplePanel::removeSelected()
{
    const QVector<domain::Person> selected = selectedPeople();
    if (selected.isEmpty())
        return;
    QStringList names;
    for (const domain::Person &p : selected)
        names << p.name;
    const auto answer = QMessageBox::question(
        this, tr("Delete people and departments"),
        tr("Delete %1? The records they own are left without an owner. You can undo this with "
           "Edit → Undo.")
            .arg(names.join(QStringLiteral(", "))),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_error->hide();
    if (selected.size() > 1)
        m_undo.beginMacro(tr("Delete %n entries", nullptr, static_cast<int>(selected.size())));
    for (const domain::Person &p : selected)
        m_undo.push(new RemovePersonCommand(
            m_db, p, [this] { refresh(); },
            [this](const QString &message) { showError(message); }));
    if (selected.size() > 1)
        m_undo.endMacro();
}

bool PeoplePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete) {
            removeSelected();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            editCurrent();
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

void PeoplePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void PeoplePanel::retranslate()
{
    setTitle(tr("People and departments"));
    m_hint->setText(tr("The people and departments that own assets, patch items, backup jobs "
                       "and next actions. Owners are chosen from this list."));
    m_add->setText(tr("Add &person or department…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Delete…"));
}

} // namespace ui
} // namespace kamae

#include "pages/PeoplePanel.h"

#include "pages/PeopleCommands.h"
#include "pages/PeopleImportDialog.h"
#include "pages/PeopleModel.h"
#include "pages/PersonDialog.h"
#include "settings/UiSettings.h"
#include "store/PeopleRepository.h"
#include "widgets/EmptyState.h"
#include "widgets/FileDialogs.h"
#include "widgets/FileDrop.h"
#include "widgets/MessageBar.h"
#include "widgets/TableActions.h"
#include "widgets/ViewState.h"
#include "widgets/Widgets.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
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
    auto *hint = sayingText(new QLabel(this), [] {
        return tr("The people and departments that own assets, patch items, backup jobs "
                  "and next actions. Owners are chosen from this list.");
    });
    hint->setWordWrap(true);
    m_messages = new MessageBar(this);
    m_model = new PeopleModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PeopleModel::SortRole);
    m_view =
        makeRecordTable(this, QStringLiteral("peopleView"), QAbstractItemView::ExtendedSelection);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(PeopleModel::Kind, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setColumnWidth(PeopleModel::Name, 160);
    m_view->setMinimumHeight(180);
    m_viewState = new ViewState(this);
    m_viewState->remember(m_view, settings::peopleHeader);
    stretchColumn(m_view, PeopleModel::Name);
    showClippedTextAsToolTip(m_view);

    m_actions = new TableActions(this);
    const auto selected = [this] {
        return static_cast<int>(selectedPeople().size());
    };
    m_actions->setHandler(m_view, StandardAction::New, [this] { addPerson(); });
    m_actions->setHandler(
        m_view, StandardAction::Edit, [this] { editCurrent(); },
        [selected] { return selected() == 1; });
    m_actions->setHandler(
        m_view, StandardAction::Delete, [this] { removeSelected(); },
        [selected] { return selected() > 0; });
    m_empty = new EmptyState(m_view, m_model);
    sayingText(m_empty->addButton(QStringLiteral("emptyAddButton"), [this] { addPerson(); }),
               [] { return tr("Add the first person or department…"); });
    auto *addButton = sayingText(makeButton(this, QStringLiteral("addPersonButton")),
                                 [] { return tr("Add &person or department…"); });
    m_edit = makeButton(this, QStringLiteral("editPersonButton"));
    m_remove = makeButton(this, QStringLiteral("removePersonButton"));
    auto *importButton = sayingText(makeButton(this, QStringLiteral("importPeopleButton")),
                                    [] { return tr("&Import…"); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_messages);
    layout->addWidget(m_view);
    layout->addLayout(makeButtonRow({addButton, m_edit, m_remove, importButton}));
    new FileDrop(this, [this](const QStringList &paths) {
        const DroppedFiles files =
            sortDroppedFiles(paths, {QStringLiteral("csv"), QStringLiteral("xlsx")});
        for (const QString &path : files.taken)
            importFile(path);
        if (!files.refused.isEmpty())
            m_messages->showWarning(
                tr("%1 cannot be imported here. The people list imports .csv and .xlsx files.")
                    .arg(files.refused.join(QStringLiteral(", "))));
    });

    connect(addButton, &QPushButton::clicked, this, &PeoplePanel::addPerson);
    connect(m_edit, &QPushButton::clicked, this, &PeoplePanel::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &PeoplePanel::removeSelected);
    connect(importButton, &QPushButton::clicked, this, &PeoplePanel::chooseImportFile);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PeoplePanel::updateButtons);
    followLanguage(this, [this] { retranslate(); });
    refresh();
}

PeoplePanel::~PeoplePanel()
{
    m_viewState->save();
}

void PeoplePanel::refresh()
{
    const qint64 current = selectedPeople().isEmpty() ? 0 : selectedPeople().first().id;
    const auto people = store::PeopleRepository(m_db).all();
    if (!people) {
        m_messages->showError(people.error());
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
    for (int row : selectedSourceRows(m_view))
        if (row >= 0 && row < m_model->people().size())
            out.append(m_model->people().at(row));
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

void PeoplePanel::updateButtons()
{
    const int n = static_cast<int>(selectedPeople().size());
    m_edit->setEnabled(n == 1);
    m_remove->setEnabled(n > 0);
}

void PeoplePanel::addPerson()
{
    store::PeopleRepository repository(m_db);
    const auto person =
        makePersonDialog(
            domain::Person{}, departmentNames(),
            [&repository](const domain::Person &p) { return repository.validate(p); }, this)
            ->run();
    if (!person)
        return;
    m_messages->dismiss();
    auto *command = new AddPersonCommand(
        m_db, *person, [this] { refresh(); },
        [this](const QString &message) { m_messages->showError(message); });
    const auto added = command->outcome();
    m_undo.push(command);
    // A command that failed is gone: the stack deleted it.
    if (const int row = *added ? m_model->rowOfId(command->personId()) : -1; row >= 0)
        m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

void PeoplePanel::editCurrent()
{
    const QVector<domain::Person> selected = selectedPeople();
    if (selected.size() != 1)
        return;
    store::PeopleRepository repository(m_db);
    const auto after =
        makePersonDialog(
            selected.first(), departmentNames(),
            [&repository](const domain::Person &p) { return repository.validate(p); }, this)
            ->run();
    if (!after || *after == selected.first())
        return;
    m_messages->dismiss();
    m_undo.push(new EditPersonCommand(
        m_db, selected.first(), *after, [this] { refresh(); },
        [this](const QString &message) { m_messages->showError(message); }));
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
    m_messages->dismiss();
    if (selected.size() > 1)
        m_undo.beginMacro(tr("Delete %n entries", nullptr, static_cast<int>(selected.size())));
    for (const domain::Person &p : selected)
        m_undo.push(new RemovePersonCommand(
            m_db, p, [this] { refresh(); },
            [this](const QString &message) { m_messages->showError(message); }));
    if (selected.size() > 1)
        m_undo.endMacro();
}

void PeoplePanel::chooseImportFile()
{
    const QString path =
        filedialogs::openFile(this, FileKind::Register, tr("Import people and departments"),
                              tr("Spreadsheets (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void PeoplePanel::importFile(const QString &path)
{
    PeopleImportDialog dialog(path, m_model->people(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const organisation::PeopleImportPlan &plan = dialog.plan();
    const int added = plan.count(organisation::PersonImportAction::Add);
    const int updated = plan.count(organisation::PersonImportAction::Update);
    if (added + updated == 0)
        return;
    m_messages->dismiss();
    auto *command = new ImportPeopleCommand(
        m_db, plan, QFileInfo(path).fileName(), [this] { refresh(); },
        [this](const QString &message) { m_messages->showError(message); });
    const auto imported = command->outcome();
    m_undo.push(command);
    if (*imported)
        m_messages->showInfo(tr("Imported %1: %2 added, %3 updated.")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(added)
                                 .arg(updated));
}

void PeoplePanel::retranslate()
{
    setTitle(tr("People and departments"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Delete…"));
    m_actions->retranslate();
    m_empty->setTexts(tr("No people or departments yet"),
                      tr("List the people and departments who look after the company's assets, "
                         "patches and backups; owners are chosen from this list."));
}

} // namespace ui
} // namespace kamae

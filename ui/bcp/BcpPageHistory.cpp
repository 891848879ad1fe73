// The BCP page's exercises and versions: recording an exercise, publishing
// the draft as a version and comparing a version with the draft.
#include "bcp/BcpPage.h"

#include "bcp/BcpEntryDialogs.h"
#include "bcp/BcpHistoryPanel.h"
#include "bcp/BcpPlanPanel.h"
#include "bcp/BcpRepository.h"
#include "bcp/BcpSettings.h"
#include "bcp/BcpVersions.h"
#include "core/Clock.h"
#include "i18n/Language.h"
#include "widgets/ListPanel.h"
#include "widgets/ListTableModel.h"
#include "widgets/MessageBar.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

namespace kamae {
namespace ui {

namespace {

// The colours of a comparison: added, removed, changed.
const char *const kAdded = "#1e7b34";
const char *const kRemoved = "#b03a2e";
const char *const kChanged = "#8a5a00";

} // namespace

void BcpPage::setUpHistory()
{
    auto *exercises = new ListTableModel(
        6,
        [] {
            return QStringList{tr("Date"),         tr("Kind"),     tr("Scenario"),
                               tr("Participants"), tr("Findings"), tr("Follow-ups done")};
        },
        this);
    auto *versions = new ListTableModel(
        4,
        [] {
            return QStringList{tr("Version"), tr("Published"), tr("Approved by"), tr("Note")};
        },
        this);
    m_history = new BcpHistoryPanel(exercises, versions, m_tabs);
    m_tabs->insertTab(HistoryTab, m_history, QString());

    ListPanel *list = m_history->exercises();
    connect(list->action(ListPanel::Add), &QAction::triggered, this, &BcpPage::recordExercise);
    connect(list->action(ListPanel::Edit), &QAction::triggered, this,
            &BcpPage::editCurrentExercise);
    connect(list->action(ListPanel::Delete), &QAction::triggered, this,
            &BcpPage::deleteCurrentExercise);
    connect(m_history->publishAction(), &QAction::triggered, this, &BcpPage::publishVersion);
    connect(m_history->compareAction(), &QAction::triggered, this,
            &BcpPage::compareSelectedVersion);
    connect(m_history->restoreAction(), &QAction::triggered, this,
            &BcpPage::restoreSelectedVersion);

    TableOptions table;
    table.idRole = TableModel::IdRole;
    table.nameColumn = 2;
    addTable(list->view(), table);
    const auto hasRow = [list] {
        return list->currentRow() >= 0;
    };
    setAction(list->view(), StandardAction::New, [this] { recordExercise(); });
    setAction(
        list->view(), StandardAction::Edit, [this] { editCurrentExercise(); }, hasRow);
    setAction(
        list->view(), StandardAction::Delete, [this] { deleteCurrentExercise(); }, hasRow);

    ListPanel *versionList = m_history->versions();
    TableOptions versionTable;
    versionTable.idRole = TableModel::IdRole;
    versionTable.nameColumn = 3;
    addTable(versionList->view(), versionTable);
    setAction(versionList->view(), StandardAction::New, [this] { publishVersion(); });
    setAction(
        versionList->view(), StandardAction::Edit, [this] { compareSelectedVersion(); },
        [versionList] { return versionList->currentRow() >= 0; });

    list->view()->sortByColumn(0, Qt::DescendingOrder); // the newest first
    rememberView(list->view(), settings::bcpExercisesHeader);
    rememberView(versionList->view(), settings::bcpVersionsHeader);
    rememberSplitter(m_history->splitter(), settings::bcpHistorySplitter);
}

void BcpPage::showHistoryRows()
{
    QHash<qint64, QString> people;
    for (const domain::Person &p : std::as_const(m_people))
        people.insert(p.id, p.name);
    QVector<ListRow> rows;
    for (const domain::BcpExercise &e : std::as_const(m_exercises)) {
        const int done = static_cast<int>(
            std::count_if(e.actions.cbegin(), e.actions.cend(),
                          [](const domain::BcpAction &a) { return a.done.isValid(); }));
        rows.append(
            {e.id,
             {i18n::formatDate(e.date), domain::BcpRecordText::exerciseKind(e.kind), e.scenario,
              QString::number(e.participants.size()), e.findings.simplified(),
              e.actions.isEmpty() ? QString() : tr("%1 of %2").arg(done).arg(e.actions.size())},
             {e.date, {}, {}, static_cast<int>(e.participants.size()), {}, done}});
    }
    m_history->exercises()->model()->setRows(rows);
    rows.clear();
    for (const domain::BcpVersion &v : std::as_const(m_versions))
        rows.append({v.number,
                     {tr("Version %1").arg(v.number), i18n::formatDate(v.published), v.approverName,
                      v.note},
                     {v.number, v.published}});
    m_history->versions()->model()->setRows(rows);
    if (m_comparedVersion > 0)
        compareSelectedVersion();
}

void BcpPage::retranslateHistory()
{
    ListPanel *exercises = m_history->exercises();
    exercises->setTitle(tr("BCP exercises: what was practised, what it found and what follows"));
    exercises->action(ListPanel::Add)->setText(tr("Record exercise…"));
    exercises->action(ListPanel::Edit)->setText(tr("Edit…"));
    exercises->action(ListPanel::Delete)->setText(tr("Delete"));
    exercises->model()->retranslate();
    ListPanel *versions = m_history->versions();
    versions->setTitle(tr("Published versions"));
    m_history->publishAction()->setText(tr("Publish version…"));
    m_history->publishAction()->setToolTip(
        tr("Freeze the draft as the next version, with who approved it (Insert)"));
    m_history->compareAction()->setText(tr("Compare with draft"));
    m_history->compareAction()->setToolTip(
        tr("What changed between the selected version and the draft, section by section"));
    m_history->restoreAction()->setText(tr("Restore as draft…"));
    m_history->restoreAction()->setToolTip(
        tr("Make the selected version the draft again; the draft's changes can be brought back "
           "with Undo"));
    versions->model()->retranslate();
    showHistoryRows();
}

void BcpPage::recordExercise()
{
    domain::BcpExercise exercise;
    exercise.date = clock::today();
    const auto recorded = editBcpExercise(exercise, m_people, clock::today(), this);
    if (!recorded)
        return;
    auto *command = new SaveExerciseCommand(m_context, std::nullopt, *recorded, clock::today());
    const auto outcome = command->outcome();
    m_undo.push(command);
    m_tabs->setCurrentIndex(HistoryTab);
    if (*outcome)
        m_history->exercises()->selectId(command->after()->id);
}

const domain::BcpExercise *BcpPage::currentExercise() const
{
    const qint64 id = m_history->exercises()->currentId();
    for (const domain::BcpExercise &e : m_exercises)
        if (e.id == id)
            return &e;
    return nullptr;
}

void BcpPage::editCurrentExercise()
{
    const domain::BcpExercise *current = currentExercise();
    if (!current)
        return;
    const qint64 id = current->id;
    const domain::BcpExercise before = *current;
    const auto after = editBcpExercise(before, m_people, clock::today(), this);
    if (!after || *after == before)
        return;
    m_undo.push(new SaveExerciseCommand(m_context, before, *after, clock::today()));
    m_history->exercises()->selectId(id);
}

void BcpPage::deleteCurrentExercise()
{
    const domain::BcpExercise *current = currentExercise();
    if (!current)
        return;
    // A copy: the question's event loop may reload the page's list.
    const domain::BcpExercise doomed = *current;
    const QString what =
        tr("Delete the exercise of %1 (%2)?")
            .arg(i18n::formatDate(doomed.date), domain::BcpRecordText::exerciseKind(doomed.kind));
    if (!confirmed(this, tr("Delete exercise"), what + QStringLiteral("\n\n") + undoHint()))
        return;
    m_undo.push(new SaveExerciseCommand(m_context, doomed, std::nullopt, clock::today()));
}

void BcpPage::publishVersion()
{
    m_planPanel->flush();
    const int next = m_versions.isEmpty() ? 1 : m_versions.constLast().number + 1;
    const auto approval = askBcpApproval(next, m_people, this);
    if (!approval)
        return;
    auto *command =
        new PublishVersionCommand(m_context, approval->approverId, approval->note, clock::today());
    const auto outcome = command->outcome();
    m_undo.push(command);
    m_tabs->setCurrentIndex(HistoryTab);
    if (*outcome) {
        m_history->versions()->selectId(next);
        messageBar()->showInfo(
            tr("Version %1 is published. Undo (Ctrl+Z) takes it back.").arg(next));
    }
}

void BcpPage::restoreSelectedVersion()
{
    m_planPanel->flush();
    const int number = static_cast<int>(m_history->versions()->currentId());
    if (number <= 0)
        return;
    const QString question =
        tr("Replace the draft with version %1? What the draft says now is replaced.").arg(number);
    if (!confirmed(this, tr("Restore version"), question + QStringLiteral("\n\n") + undoHint()))
        return;
    auto restored = store::BcpRepository(database()).restoredPlan(number);
    if (!restored) {
        messageBar()->showError(restored.error());
        return;
    }
    if (*restored == m_plan) {
        messageBar()->showInfo(tr("The draft is already the same as version %1.").arg(number));
        return;
    }
    if (pushPlan(*restored, tr("Restore version %1 of the BCP").arg(number)))
        messageBar()->showInfo(
            tr("The draft is version %1 again. Undo (Ctrl+Z) brings back what it said.")
                .arg(number));
}

void BcpPage::compareSelectedVersion()
{
    int number = static_cast<int>(m_history->versions()->currentId());
    if (number <= 0)
        number = m_comparedVersion;
    store::BcpRepository repo(database());
    auto version = repo.version(number);
    if (number <= 0 || !version) {
        m_comparedVersion = 0;
        m_history->setComparison(QString(), QString());
        return;
    }
    m_comparedVersion = number;
    bcp::PlanNames names;
    if (auto people = repo.personNames())
        names.people = *people;
    for (const auto &[id, name] : std::as_const(m_assets))
        names.assets.insert(id, name);
    const QVector<bcp::SectionChanges> sections = bcp::comparePlans(version->plan, m_plan, names);
    QString html;
    if (sections.isEmpty())
        html = QStringLiteral("<p>%1</p>")
                   .arg(tr("The draft is the same as version %1.").arg(number).toHtmlEscaped());
    for (const bcp::SectionChanges &section : sections) {
        html += QStringLiteral("<h4>%1</h4><ul>")
                    .arg(bcp::BcpVersionText::partName(section.part).toHtmlEscaped());
        for (const bcp::PlanChange &c : section.changes) {
            const char *colour = c.kind == bcp::ChangeKind::Added     ? kAdded
                                 : c.kind == bcp::ChangeKind::Removed ? kRemoved
                                                                      : kChanged;
            const QString what = c.kind == bcp::ChangeKind::Added     ? tr("Added")
                                 : c.kind == bcp::ChangeKind::Removed ? tr("Removed")
                                                                      : tr("Changed");
            QString line = QStringLiteral("<b>%1</b>").arg(what.toHtmlEscaped());
            if (!c.item.isEmpty())
                line += QStringLiteral(": ") + c.item.toHtmlEscaped();
            if (!c.detail.isEmpty())
                line += QStringLiteral(" — ") + c.detail.toHtmlEscaped();
            html +=
                QStringLiteral("<li style=\"color:%1\">%2</li>").arg(QLatin1String(colour), line);
        }
        html += QStringLiteral("</ul>");
    }
    m_history->setComparison(
        tr("Version %1 (%2) compared with the draft: added in green, removed in red, changed in "
           "amber.")
            .arg(number)
            .arg(i18n::formatDate(version->published)),
        html);
}

} // namespace ui
} // namespace kamae

#include "training/DrillsPanel.h"

#include "charts/LineChart.h"
#include "core/Clock.h"
#include "i18n/Language.h"
#include "pages/ChangeWatcher.h"
#include "training/CampaignTableModel.h"
#include "training/DepartmentRateTableModel.h"
#include "training/DrillResultTableModel.h"
#include "training/DrillsText.h"
#include "training/StarterCourses.h"
#include "widgets/Widgets.h"

#include "widgets/FlowLayout.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>
#include <functional>
#include <iterator>
#include <limits>

namespace kamae {
namespace ui {

namespace {

// A table under its caption.
QWidget *captioned(QLabel *caption, QTableView *view)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(caption);
    layout->addWidget(view, 1);
    return box;
}

QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model,
                      int sortColumn)
{
    QTableView *view = makeRecordTable(parent, name, QAbstractItemView::SingleSelection);
    view->setModel(makeSortProxy(model, TableModel::SortRole, view));
    view->sortByColumn(sortColumn, Qt::AscendingOrder);
    view->setMinimumHeight(view->verticalHeader()->defaultSectionSize() * 4);
    return view;
}

// "" for no share: the chart skips the point.
double percent(double share)
{
    return share < 0 ? -1.0 : std::round(share * 100);
}

const QColor kClickColor(0xc6, 0x28, 0x28);
const QColor kReportColor(0x2e, 0x7d, 0x32);

} // namespace

DrillsPanel::DrillsPanel(store::Database &db, QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_db(db), m_undo(undo)
{
    setObjectName(QStringLiteral("DrillsPanel"));
    const char *const buttonNames[] = {"importDrillButton", "addDrillButton",
                                       "editDrillButton",   "deleteDrillButton",
                                       "followUpButton",    "linkUnmatchedButton"};
    static_assert(std::size(buttonNames) == ActionCount);
    // Wraps on a narrow window instead of making the page scroll sideways.
    auto *buttons = new FlowLayout;
    for (int a = 0; a < ActionCount; ++a) {
        m_actions[a] = new QAction(this);
        buttons->addWidget(
            makeActionButton(this, m_actions[a], QString::fromLatin1(buttonNames[a])));
    }
    buttons->addStretch();
    const std::function<void()> runs[] = {[this] { importDrill(); },
                                          [this] { addDrill(); },
                                          [this] { editCurrent(); },
                                          [this] { deleteCurrent(); },
                                          [this] { assignFollowUps(); },
                                          [this] {
                                              linkUnmatched();
                                          }};
    static_assert(std::size(runs) == ActionCount);
    for (int a = 0; a < ActionCount; ++a)
        connect(m_actions[a], &QAction::triggered, this, runs[a]);

    m_campaigns = new CampaignTableModel(this);
    m_results = new DrillResultTableModel(this);
    m_departments = new DepartmentRateTableModel(this);
    m_campaignView = makeTable(this, QStringLiteral("campaignView"), m_campaigns,
                               CampaignTableModel::DateColumn);
    m_campaignProxy = qobject_cast<QSortFilterProxyModel *>(m_campaignView->model());
    m_resultView = makeTable(this, QStringLiteral("drillResultView"), m_results,
                             DrillResultTableModel::PersonColumn);
    m_departmentView = makeTable(this, QStringLiteral("departmentRateView"), m_departments,
                                 DepartmentRateTableModel::DepartmentColumn);
    for (QTableView *view : {m_campaignView, m_resultView, m_departmentView})
        showClippedTextAsToolTip(view);
    m_chart = new LineChart(this);
    m_chart->setObjectName(QStringLiteral("drillTrendChart"));

    auto *campaignsTitle =
        sayingText(makeBoldLabel(this), [] { return DrillsText::tr("Phishing drills"); });
    m_resultsTitle = makeBoldLabel(this);
    m_resultsTitle->setObjectName(QStringLiteral("resultsTitle"));
    auto *departmentsTitle =
        sayingText(makeBoldLabel(this), [] { return DrillsText::tr("By department"); });
    auto *dropHint = sayingText(makeHintLabel(this, QStringLiteral("dropHint")), [] {
        return DrillsText::tr("Drop GoPhish's results export (CSV) here to import it.");
    });

    QSplitter *top = makeSplitter(this, Qt::Horizontal, QStringLiteral("drillTopSplitter"),
                                  {captioned(campaignsTitle, m_campaignView), m_chart});
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    QSplitter *bottom = makeSplitter(
        this, Qt::Horizontal, QStringLiteral("drillBottomSplitter"),
        {captioned(m_resultsTitle, m_resultView), captioned(departmentsTitle, m_departmentView)});
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    m_vertical = makeSplitter(this, Qt::Vertical, QStringLiteral("drillSplitter"), {top, bottom});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(dropHint);
    layout->addWidget(m_vertical, 1);

    connect(m_campaignView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showCurrentDrill();
        emit currentDrillChanged();
    });
    connect(m_campaignView, &QTableView::doubleClicked, this, [this] { editCurrent(); });

    m_watcher = new ChangeWatcher(m_db, this, [this] { reload(); });
    followLanguage(this, [this] { retranslate(); });
    reload();
}

DrillsPanel::~DrillsPanel() = default;

void DrillsPanel::reload()
{
    auto state = training::loadTraining(m_db);
    m_watcher->loaded();
    if (!state) {
        emit message(MessageBar::Level::Error, state.error());
        return;
    }
    m_state = std::move(state).value();
    const store::TrainingRecords &records = m_state.records;
    m_rates = training::campaignRates(m_state.people, records.campaigns, records.results);

    // The follow-up course as assignFollowUps will find or add it; until it
    // is added, an id no record has: nobody was assigned it or completed it.
    qint64 followUpCourse = std::numeric_limits<qint64>::max();
    for (const domain::Course &c : records.courses)
        if (c.builtin == training::starter::PhishingFollowUp)
            followUpCourse = c.id;
    m_followUps =
        training::proposedFollowUps(m_state.people, records, followUpCourse, clock::today());
    m_linkable = 0;
    for (const domain::PhishingResult &r : records.results)
        if (r.personId <= 0 && domain::findPersonByEmail(m_state.people, r.email))
            ++m_linkable;

    const DrillRow *current = currentDrill();
    const qint64 selected = current ? current->id : 0;
    QVector<DrillRow> rows;
    for (const domain::PhishingCampaign &c : records.campaigns) {
        DrillRow row;
        row.id = c.id;
        row.campaign = c;
        for (const training::CampaignRates &r : std::as_const(m_rates))
            if (r.campaignId == c.id)
                row.rates = r.rates;
        rows.append(std::move(row));
    }
    m_campaigns->setDrills(std::move(rows));
    fitOnce(m_campaignView, CampaignTableModel::NameColumn);
    if (selected && m_campaigns->rowOf(selected) >= 0)
        showCampaign(selected);
    else if (m_campaignProxy->rowCount() > 0)
        // The latest drill: the one people ask about.
        showCampaign(records.campaigns.last().id);
    showCurrentDrill();
    showTrend();
}

void DrillsPanel::fitOnce(QTableView *view, int nameColumn)
{
    // To the first rows the table shows; later the person's widths stay.
    if (m_fitted.contains(view) || view->model()->rowCount() == 0)
        return;
    m_fitted.insert(view);
    fitColumns(view, nameColumn);
}

int DrillsPanel::currentRow() const
{
    const QModelIndex current = m_campaignView->currentIndex();
    if (!current.isValid() || !m_campaignView->selectionModel()->isRowSelected(current.row(), {}))
        return -1;
    return m_campaignProxy->mapToSource(current).row();
}

const DrillRow *DrillsPanel::currentDrill() const
{
    const int row = currentRow();
    return row >= 0 ? &m_campaigns->drill(row) : nullptr;
}

void DrillsPanel::showCampaign(qint64 campaignId)
{
    showSourceRow(m_campaignView, m_campaigns->rowOf(campaignId));
}

void DrillsPanel::showCurrentDrill()
{
    const DrillRow *drill = currentDrill();
    QVector<domain::PhishingResult> results;
    QVector<training::DepartmentRates> departments;
    if (drill) {
        for (const domain::PhishingResult &r : m_state.records.results)
            if (r.campaignId == drill->id)
                results.append(r);
        for (const training::CampaignRates &r : std::as_const(m_rates))
            if (r.campaignId == drill->id)
                departments = r.byDepartment;
    }
    m_results->setResults(results, m_state.people);
    m_departments->setDepartments(departments);
    fitOnce(m_resultView, DrillResultTableModel::PersonColumn);
    fitOnce(m_departmentView, DepartmentRateTableModel::DepartmentColumn);
    m_resultsTitle->setText(drill ? DrillsText::tr("Results of “%1”").arg(drill->campaign.name)
                                  : DrillsText::tr("Results"));
    updateActions();
}

void DrillsPanel::showTrend()
{
    QStringList labels;
    QStringList shortLabels;
    QStringList tips;
    // Without the day where the chart is narrow (the tooltips say it), but
    // with the year, since drills span years: 2026-10 or 2026/10, as the
    // rest of the date format writes it.
    static const QRegularExpression day(QStringLiteral("^d+[^dMy]?|[^dMy]?d+"));
    const QString shortFormat = i18n::dateFormat().remove(day);
    LineChart::Line clicks{DrillsText::tr("Click rate"), {}, kClickColor};
    LineChart::Line reports{DrillsText::tr("Report rate"), {}, kReportColor};
    for (const training::CampaignRates &r : std::as_const(m_rates)) {
        const int row = m_campaigns->rowOf(r.campaignId);
        const QString name = row >= 0 ? m_campaigns->drill(row).campaign.name : QString();
        QString label = i18n::formatDate(r.date);
        QString shortLabel = QLocale().toString(r.date, shortFormat);
        // Two drills on one day (or, short, in one month) need two places on the axis.
        while (labels.contains(label) || shortLabels.contains(shortLabel)) {
            label += QLatin1Char(' ');
            shortLabel += QLatin1Char(' ');
        }
        labels << label;
        shortLabels << shortLabel;
        tips << name + QLatin1Char('\n') + i18n::formatDate(r.date);
        clicks.values << percent(r.rates.clickRate());
        reports.values << percent(r.rates.reportRate());
    }
    m_chart->setSteps(labels, tips, shortLabels);
    m_chart->setLines({clicks, reports});
}

bool DrillsPanel::allows(Action id) const
{
    switch (id) {
    case ImportDrill:
    case AddDrill:
        return true;
    case EditDrill:
    case DeleteDrill:
        return currentDrill() != nullptr;
    case AssignFollowUps:
        return !m_followUps.isEmpty();
    case LinkUnmatched:
        return m_linkable > 0;
    case ActionCount:
        break;
    }
    return false;
}

void DrillsPanel::updateActions()
{
    for (int a = 0; a < ActionCount; ++a)
        m_actions[a]->setEnabled(allows(static_cast<Action>(a)));
}

void DrillsPanel::retranslate()
{
    const QString texts[] = {DrillsText::tr("Import from GoPhish…"),
                             DrillsText::tr("Add drill…"),
                             DrillsText::tr("Edit…"),
                             DrillsText::tr("Delete"),
                             DrillsText::tr("Assign follow-up course…"),
                             DrillsText::tr("Link unmatched results")};
    for (int a = 0; a < ActionCount; ++a)
        m_actions[a]->setText(texts[a]);
    m_actions[ImportDrill]->setToolTip(
        DrillsText::tr("Import GoPhish's results export (Export CSV → Results)"));
    m_actions[AddDrill]->setToolTip(DrillsText::tr("A drill held without GoPhish"));
    m_actions[AssignFollowUps]->setToolTip(
        DrillsText::tr("For the people who clicked in two or more drills"));
    m_actions[LinkUnmatched]->setToolTip(
        DrillsText::tr("Links the results no entry matched to the entries that now have their "
                       "e-mail addresses"));
    m_chart->setTitle(DrillsText::tr("Click and report rates over the drills"));
    m_chart->setEmptyText(
        DrillsText::tr("No drills yet. Import one from GoPhish or add one to see the trend."));
    for (TableModel *model :
         {static_cast<TableModel *>(m_campaigns), static_cast<TableModel *>(m_results),
          static_cast<TableModel *>(m_departments)})
        model->retranslate();
    for (QTableView *view : {m_campaignView, m_resultView, m_departmentView})
        widenToNewTexts(view);
    showCurrentDrill();
    showTrend();
}

} // namespace ui
} // namespace kamae

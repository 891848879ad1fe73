#include "dashboard/DashboardPage.h"

#include "charts/BarChart.h"
#include "charts/TrendChart.h"
#include "core/Clock.h"
#include "dashboard/AssignOwner.h"
#include "dashboard/GettingStartedPanel.h"
#include "dashboard/RemindersPanel.h"
#include "dashboard/ScoreCard.h"
#include "dashboard/ScoreTableModels.h"
#include "pages/ChangeWatcher.h"
#include "pages/PeopleCommands.h"
#include "reminders/Reminders.h"
#include "score/GettingStarted.h"
#include "score/Owners.h"
#include "score/ScoreCache.h"
#include "score/ScoreJson.h"
#include "score/ScoreRepository.h"
#include "score/Snapshots.h"
#include "settings/AppSettings.h"
#include "store/Database.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace kamae {
namespace ui {

namespace {

// A table that shows all its rows without a scroll bar of its own: the
// page scrolls as a whole.
void fitRows(QTableView *view, int rows)
{
    const int header = view->horizontalHeader()->sizeHint().height();
    const int row = view->verticalHeader()->defaultSectionSize();
    view->setMinimumHeight(header + row * rows + 2 * view->frameWidth() + 2);
}

} // namespace

DashboardPage::DashboardPage(store::Database &db, QWidget *parent) : Page(parent), m_db(db)
{
    setObjectName(QStringLiteral("DashboardPage"));
    m_changes = new ChangeWatcher(db, this, [this] { reload(); });
    // The date moves on while Kamae stays open: look again every ten minutes.
    auto *dayWatch = new QTimer(this);
    dayWatch->setInterval(10 * 60 * 1000);
    connect(dayWatch, &QTimer::timeout, this, [this] {
        if (clock::today() != m_loadedDay)
            reload();
    });
    dayWatch->start();

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContent"));
    m_heading = makeHeading(content);
    m_error = makeErrorLabel(content);
    m_card = new ScoreCard(content);
    connect(m_card, &ScoreCard::snapshotRequested, this, &DashboardPage::takeSnapshotNow);
    m_trendChart = new TrendChart(content);
    m_trendChart->setObjectName(QStringLiteral("trendChart"));
    m_categoryBars = new BarChart(content);
    m_categoryBars->setObjectName(QStringLiteral("categoryBars"));
    connect(m_categoryBars, &BarChart::barClicked, this, &DashboardPage::showCategory);
    m_kindBars = new BarChart(content);
    m_kindBars->setObjectName(QStringLiteral("kindBars"));
    m_kindBars->setClickable(false); // the factor table lists measures, not kinds
    // Green, amber, red by the same bands as the score and the report.
    m_categoryBars->setColouredByBand(true);
    m_kindBars->setColouredByBand(true);

    m_gettingStarted = new GettingStartedPanel(content);
    m_gettingStarted->hide();
    connect(m_gettingStarted, &GettingStartedPanel::hideRequested, this,
            &DashboardPage::hideGettingStarted);
    connect(m_gettingStarted, &GettingStartedPanel::stepRequested, this,
            [this](score::FirstStep step, score::Place place) {
                score::Action where;
                where.key = QStringLiteral("start.%1").arg(static_cast<int>(step) + 1);
                where.place = place;
                emit actionActivated(where);
            });

    auto *actionsTitle = sayingText(makeBoldLabel(content), [] {
        return tr("Next actions — the most points for the least work");
    });
    m_actions = new ActionTableModel(this);
    auto *actionView =
        makeRecordTable(content, QStringLiteral("actionView"), QAbstractItemView::SingleSelection);
    actionView->setSortingEnabled(false);
    actionView->setModel(m_actions);
    actionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    actionView->horizontalHeader()->setSectionResizeMode(ActionTableModel::TextColumn,
                                                         QHeaderView::Stretch);
    // The ranked actions and the action-only "Assign an owner to …".
    fitRows(actionView, score::kNextActionCount + 1);
    actionView->setMaximumHeight(actionView->minimumHeight());
    connect(actionView, &QTableView::activated, this,
            [this](const QModelIndex &index) { openAction(index.row()); });
    // "Assign owner…" from the context menu or its shortcut on the table.
    m_assignOwner = new QAction(this);
    m_assignOwner->setObjectName(QStringLiteral("assignOwnerAction"));
    m_assignOwner->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_assignOwner->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    actionView->addAction(m_assignOwner);
    actionView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_assignOwner, &QAction::triggered, this, [this, actionView] {
        const QModelIndex current = actionView->currentIndex();
        assignOwner(current.isValid() ? current.row() : -1);
    });

    m_reminders = new RemindersPanel(db, content);
    connect(m_reminders, &RemindersPanel::reminderActivated, this,
            &DashboardPage::reminderActivated);

    auto *factorsTitle =
        sayingText(makeBoldLabel(content), [] { return tr("How the score is made"); });
    m_factorsFilter = new QLabel(content);
    m_factorsFilter->setObjectName(QStringLiteral("factorFilterLabel"));
    connect(m_factorsFilter, &QLabel::linkActivated, this, [this] { showCategory(-1); });
    m_factors = new FactorTableModel(this);
    m_factorProxy = makeSortProxy(m_factors, FactorTableModel::SortRole, this);
    m_factorProxy->setFilterRole(FactorTableModel::CategoryRole);
    m_factorView =
        makeRecordTable(content, QStringLiteral("factorView"), QAbstractItemView::SingleSelection);
    m_factorView->setModel(m_factorProxy);
    // The two long texts share what the numbers leave; tooltips hold them whole.
    QHeaderView *factorHeader = m_factorView->horizontalHeader();
    factorHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    factorHeader->setSectionResizeMode(FactorTableModel::CategoryColumn, QHeaderView::Interactive);
    factorHeader->setSectionResizeMode(FactorTableModel::TitleColumn, QHeaderView::Interactive);
    factorHeader->setSectionResizeMode(FactorTableModel::InputsColumn, QHeaderView::Stretch);
    factorHeader->resizeSection(FactorTableModel::CategoryColumn,
                                m_factorView->fontMetrics().averageCharWidth() * 24);
    factorHeader->resizeSection(FactorTableModel::TitleColumn,
                                m_factorView->fontMetrics().averageCharWidth() * 34);
    m_factorView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The kinds have their own chart; the column would only squeeze the
    // explanation (its text stays in the model for the tooltip and sorting).
    m_factorView->setColumnHidden(FactorTableModel::KindColumn, true);
    m_factorView->sortByColumn(FactorTableModel::LostColumn, Qt::DescendingOrder);
    fitRows(m_factorView, 12);
    connect(m_factorView, &QTableView::activated, this,
            [this](const QModelIndex &index) { openFactor(index.row()); });

    // The first screen (1280×720 and 1100×720 at 100 %): the score, the next
    // actions and the reminders, with the getting-started list while it is
    // shown; the charts and the factors below.
    m_grid = new QGridLayout(content);
    m_grid->setContentsMargins(24, 16, 24, 12);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(10);
    m_actionsBox = new QVBoxLayout;
    m_actionsBox->setSpacing(4);
    m_actionsBox->addWidget(actionsTitle);
    m_actionsBox->addWidget(actionView);
    m_actionsBox->addStretch(1);
    m_factorsTop = new QHBoxLayout;
    m_factorsTop->setSpacing(12);
    m_factorsTop->addWidget(factorsTitle);
    m_factorsTop->addWidget(m_factorsFilter, 1);
    // The filter line says which measure the table shows: it wraps rather
    // than widen the page.
    m_factorsFilter->setWordWrap(true);
    m_grid->setColumnStretch(0, 2);
    m_grid->setColumnStretch(1, 3);
    m_reminders->setMinimumHeight(200);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(content);
    // Two columns when the window holds them, one on a narrow window.
    m_scroll->viewport()->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    arrange(false, true);

    retranslate();
    reload();
    onLanguageChange(this, [this] {
        retranslate();
        reload(); // the factors' and actions' texts are built in the language
        emit titleChanged();
    });
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (clock::today() != m_loadedDay)
        reload();
}

void DashboardPage::loadWaited()
{
    reload();
}

void DashboardPage::reload()
{
    // Made in a workspace and not yet shown: the first show reads.
    if (waitingToLoad())
        return;
    const QDate today = clock::today();
    QStringList problems;
    // The score's sources unchanged on the same day (a snapshot, a report
    // written): the score stands, nothing of it is read again (the cache
    // follows the vault's writes, this page's own included). The day's
    // snapshot at the unlock has usually computed it already.
    auto input = score::ScoreCache::inputOf(m_db);
    auto computed = score::ScoreCache::scoreOf(m_db, today);
    if (!computed)
        problems << computed.error();
    // The trend is real history, kept by the vault session's
    // score::SnapshotKeeper; this page only reads it.
    auto snapshots = store::ScoreRepository(m_db).snapshots();
    if (!snapshots)
        problems << snapshots.error();
    // The panel shows its own error.
    m_reminders->reload(today);
    m_changes->loaded();
    m_loadedDay = today;
    m_error->setText(problems.join(QLatin1Char('\n')));
    m_error->setVisible(!problems.isEmpty());
    if (!computed || !snapshots)
        return;
    m_score = std::move(computed).value();
    m_input = std::move(input).value();
    m_trend = score::trendOf(*snapshots, m_score.total, today);
    // Today's point is the score on the card, even in the seconds before the
    // keeper has replaced the stored one: never a 0 beside a 42.
    m_course = score::courseOf(*snapshots, m_score);
    m_card->setScore(m_score.total, m_trend, m_score.answerPoints);
    const QVector<score::Action> next = score::rankedActions(m_score, score::kNextActionCount);
    QStringList owners;
    for (const score::Action &a : next)
        owners << score::ownerName(m_input, score::ownerOfAction(m_input, a));
    m_actions->setActions(next, owners);
    m_factors->setFactors(m_score.factors);
    buildCharts();
    // The checklist until every step is done or the user hid it; no charts
    // of nothing for a vault with nothing recorded.
    const QVector<score::StepState> steps = score::gettingStarted(m_input);
    m_gettingStarted->setSteps(steps);
    const bool checklist = !score::allStepsDone(steps) &&
                           !AppSettings::gettingStartedHidden(reminders::calendarId(m_db));
    arrange(checklist, !score::nothingRecorded(m_input));
    retranslate();
}

void DashboardPage::arrange(bool checklist, bool charts)
{
    m_checklist = checklist;
    m_gettingStarted->setVisible(checklist);
    m_trendChart->setVisible(charts);
    m_kindBars->setVisible(charts);
    m_categoryBars->setVisible(charts);
    m_oneColumn = m_scroll->viewport()->width() < twoColumnWidth();
    place();
}

int DashboardPage::twoColumnWidth() const
{
    const auto least = [](const QWidget *w) {
        return w->isHidden() ? 0 : w->minimumSizeHint().expandedTo(w->minimumSize()).width();
    };
    const int left = std::max({least(m_card), m_checklist ? least(m_gettingStarted) : 0,
                               least(m_trendChart), least(m_kindBars)});
    const int right = std::max({m_actionsBox->minimumSize().width(),
                                m_checklist ? least(m_reminders) : 0, least(m_categoryBars)});
    const QMargins m = m_grid->contentsMargins();
    return left + right + m_grid->horizontalSpacing() + m.left() + m.right();
}

void DashboardPage::place()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        if (QLayout *inner = item->layout())
            inner->setParent(nullptr); // added again below
        else
            delete item;
    }
    m_grid->addWidget(m_heading, 0, 0, 1, 2);
    m_grid->addWidget(m_error, 1, 0, 1, 2);
    // Two columns leave the explanation its room; in one, the factors'
    // columns may not all fit and the table scrolls them.
    m_factorView->setHorizontalScrollBarPolicy(m_oneColumn ? Qt::ScrollBarAsNeeded
                                                           : Qt::ScrollBarAlwaysOff);
    if (m_oneColumn) {
        // Down the page in the order of importance.
        int row = 2;
        m_grid->addWidget(m_card, row++, 0, 1, 2);
        m_grid->addLayout(m_actionsBox, row++, 0, 1, 2);
        if (m_checklist)
            m_grid->addWidget(m_gettingStarted, row++, 0, 1, 2);
        m_grid->addWidget(m_reminders, row++, 0, 1, 2);
        m_grid->addWidget(m_trendChart, row++, 0, 1, 2);
        m_grid->addWidget(m_kindBars, row++, 0, 1, 2);
        m_grid->addWidget(m_categoryBars, row++, 0, 1, 2);
        m_grid->addLayout(m_factorsTop, row++, 0, 1, 2);
        m_grid->addWidget(m_factorView, row, 0, 1, 2);
        return;
    }
    m_grid->addWidget(m_card, 2, 0);
    m_grid->addLayout(m_actionsBox, 2, 1);
    // Row 3: the checklist and the reminders.
    if (m_checklist) {
        m_grid->addWidget(m_gettingStarted, 3, 0);
        m_grid->addWidget(m_reminders, 3, 1);
    } else {
        m_grid->addWidget(m_reminders, 3, 0, 1, 2);
    }
    // The narrow column: the trend and the three kinds; the wide one: the
    // eight measures, whose Japanese names need the room.
    m_grid->addWidget(m_trendChart, 4, 0);
    m_grid->addWidget(m_kindBars, 5, 0);
    m_grid->addWidget(m_categoryBars, 4, 1, 2, 1);
    m_grid->addLayout(m_factorsTop, 6, 0, 1, 2);
    m_grid->addWidget(m_factorView, 7, 0, 1, 2);
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize) {
        const bool one = m_scroll->viewport()->width() < twoColumnWidth();
        if (one != m_oneColumn) {
            m_oneColumn = one;
            place();
        }
    }
    return Page::eventFilter(watched, event);
}

void DashboardPage::hideGettingStarted()
{
    AppSettings::setGettingStartedHidden(reminders::calendarId(m_db), true);
    arrange(false, !score::nothingRecorded(m_input));
}

void DashboardPage::buildCharts()
{
    QVector<TrendChart::Point> points;
    for (const score::DayTotal &p : m_course)
        points.append({p.day, p.total});
    m_trendChart->setPoints(points);
    QVector<BarChart::Bar> categories;
    for (const score::CategoryScore &c : m_score.categories) {
        BarChart::Bar bar;
        bar.label = score::ScoreText::category(c.category);
        // Every measure keeps its points: one with nothing recorded is 0.
        bar.value = c.percent();
        const double declared = score::roundedPoints(c.answerPoints);
        // The axis has room for the name and a mark, not for a sentence:
        // the split itself is in the tooltip, as in the report's legend.
        if (!c.measured)
            bar.label = tr("%1 (%2)").arg(bar.label, score::ScoreText::notRecorded());
        else if (declared > 0)
            bar.label = tr("%1 †").arg(bar.label);
        bar.toolTip = tr("%1 of %2 points: %3 on records, %4 self-declared")
                          .arg(pointsText(c.points), pointsText(c.weight),
                               pointsText(c.recordPoints()), pointsText(c.answerPoints));
        categories.append(bar);
    }
    m_categoryBars->setBars(categories);
    QVector<BarChart::Bar> kinds;
    for (const score::KindScore &k : m_score.kinds) {
        BarChart::Bar bar;
        bar.label = score::ScoreText::kind(k.kind);
        bar.value = k.maxPoints > 0 ? k.percent() : -1;
        bar.toolTip = tr("%1 of %2 points").arg(pointsText(k.points), pointsText(k.maxPoints));
        kinds.append(bar);
    }
    m_kindBars->setBars(kinds);
}

bool DashboardPage::takeSnapshotNow()
{
    auto taken = score::takeSnapshotNow(m_db, clock::today());
    if (!taken) {
        m_error->setText(taken.error());
        m_error->show();
        return false;
    }
    reload();
    return true;
}

void DashboardPage::openAction(int row)
{
    if (row < 0 || row >= m_actions->rowCount())
        return;
    emit actionActivated(m_actions->action(row));
}

void DashboardPage::assignOwner(int row)
{
    if (row < 0 || row >= m_actions->rowCount())
        return;
    const score::Action action = m_actions->action(row);
    const qint64 before = m_input.actionOwners.value(action.key, 0);
    const std::optional<qint64> after = askActionOwner(this, m_input, action);
    if (!after || *after == before)
        return;
    auto onError = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    };
    if (m_undo) {
        m_undo->push(new AssignActionOwnerCommand(
            m_db, action.key, before, *after, [this] { reload(); }, onError));
    } else {
        AssignActionOwnerCommand command(
            m_db, action.key, before, *after, [this] { reload(); }, onError);
        command.redo();
    }
}

void DashboardPage::openFactor(int proxyRow)
{
    const QModelIndex index = m_factorProxy->index(proxyRow, 0);
    if (!index.isValid())
        return;
    const score::Factor &f = m_factors->factor(m_factorProxy->mapToSource(index).row());
    if (!f.actions.isEmpty()) {
        emit actionActivated(f.actions.constFirst());
        return;
    }
    // A factor with nothing left to win still leads to where it is kept.
    score::Action where;
    where.key = f.id;
    where.place = f.place;
    emit actionActivated(where);
}

void DashboardPage::showCategory(int category)
{
    m_category = category >= 0 && category < score::kCategoryCount ? category : -1;
    m_factorProxy->setFilterFixedString(m_category < 0 ? QString() : QString::number(m_category));
    retranslate();
}

int DashboardPage::reminderCount() const
{
    return m_reminders->reminderCount();
}

void DashboardPage::openRow(int proxyRow)
{
    m_reminders->openRow(proxyRow);
}

bool DashboardPage::exportCalendar(const QString &path)
{
    return m_reminders->exportCalendar(path);
}

void DashboardPage::retranslate()
{
    m_heading->setText(tr("Dashboard"));
    m_assignOwner->setText(tr("Assign owner…"));
    m_trendChart->setTitle(tr("Score over time"));
    m_trendChart->setSeriesName(tr("Posture score"));
    m_trendChart->setEmptyText(tr("The trend starts with today's score."));
    m_categoryBars->setTitle(tr("By measure (%) · † includes self-declared points"));
    m_kindBars->setTitle(tr("By kind of measure (%)"));
    if (m_category < 0)
        m_factorsFilter->setText(tr("All factors. Click a bar to see one measure; double-click "
                                    "a row to open its page."));
    else
        m_factorsFilter->setText(
            tr("Showing “%1”. <a href=\"all\">Show all factors</a>")
                .arg(score::ScoreText::category(static_cast<score::Category>(m_category))));
}

} // namespace ui
} // namespace kamae

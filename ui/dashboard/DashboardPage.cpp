#include "dashboard/DashboardPage.h"

#include "core/Clock.h"
#include "dashboard/ReminderTableModel.h"
#include "reminders/Ics.h"
#include "reminders/Reminders.h"
#include "store/Database.h"
#include "store/OrganisationRepository.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

namespace {
const QString kHeaderStateKey = QStringLiteral("dashboard/headerState");
const QString kCalendarFolderKey = QStringLiteral("dashboard/calendarFolder");
// "This week": due today or in the next six days.
constexpr int kWeekDays = 6;
} // namespace

DashboardPage::DashboardPage(store::Database &db, QWidget *parent) : Page(parent), m_db(db)
{
    setObjectName(QStringLiteral("DashboardPage"));
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &DashboardPage::reload);
    connect(&m_db, &store::Database::changed, this, [this] {
        if (m_db.changeCount() == m_loadedChange)
            return;
        if (isVisible())
            m_reloadTimer->start();
        else
            m_dirty = true;
    });
    // The date moves on while Kamae stays open: look again every ten minutes.
    auto *dayWatch = new QTimer(this);
    dayWatch->setInterval(10 * 60 * 1000);
    connect(dayWatch, &QTimer::timeout, this, [this] {
        if (clock::today() != m_loadedDay)
            reload();
    });
    dayWatch->start();

    m_heading = makeHeading(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    QFont larger = m_summary->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_summary->setFont(larger);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_error = makeErrorLabel(this);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportCalendarButton"));
    connect(m_export, &QPushButton::clicked, this, &DashboardPage::chooseCalendarFile);

    m_model = new ReminderTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReminderTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_view =
        makeRecordTable(this, QStringLiteral("reminderView"), QAbstractItemView::SingleSelection);
    m_view->setModel(m_proxy);
    // The title takes what the short columns leave, so "when" is never cut.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ReminderTableModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_view->sortByColumn(ReminderTableModel::StateColumn, Qt::AscendingOrder);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->addWidget(m_heading);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    if (const QSettings settings; settings.contains(kHeaderStateKey)) {
        m_view->horizontalHeader()->restoreState(settings.value(kHeaderStateKey).toByteArray());
        m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_view->horizontalHeader()->setSectionResizeMode(ReminderTableModel::TitleColumn,
                                                         QHeaderView::Stretch);
    }
    retranslate();
    reload();
}

DashboardPage::~DashboardPage()
{
    QSettings().setValue(kHeaderStateKey, m_view->horizontalHeader()->saveState());
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_dirty || clock::today() != m_loadedDay)
        reload();
}

void DashboardPage::reload()
{
    m_reloadTimer->stop();
    m_dirty = false;
    const QDate today = clock::today();
    auto due = reminders::dueWithin(m_db, today, kWeekDays);
    if (!due) {
        m_error->setText(due.error());
        m_error->show();
        return;
    }
    m_error->hide();
    m_loadedChange = m_db.changeCount();
    m_loadedDay = today;
    m_overdue = 0;
    for (const reminders::Reminder &r : due.value())
        if (r.state == reminders::ReminderState::Overdue)
            ++m_overdue;
    m_dueSoon = static_cast<int>(due->size()) - m_overdue;
    m_model->setReminders(std::move(due).value(), today);
    retranslate();
}

int DashboardPage::reminderCount() const
{
    return m_model->rowCount();
}

void DashboardPage::openRow(int proxyRow)
{
    const QModelIndex index = m_proxy->index(proxyRow, 0);
    if (!index.isValid())
        return;
    emit reminderActivated(m_model->reminder(m_proxy->mapToSource(index).row()));
}

bool DashboardPage::exportCalendar(const QString &path)
{
    const QDate today = clock::today();
    auto all = reminders::allReminders(m_db, today);
    Status written = all ? Status() : Status::failure(all.error());
    int count = 0;
    if (written) {
        reminders::IcsOptions options;
        options.stamp = clock::now();
        options.today = today;
        if (auto org = store::OrganisationRepository(m_db).load())
            options.calendarName = org->name;
        const QVector<reminders::Reminder> events = reminders::forCalendar(all.value());
        count = static_cast<int>(events.size());
        written = reminders::writeIcsFile(path, reminders::toIcs(events, options));
    }
    if (!written) {
        m_error->setText(written.error());
        m_error->show();
        return false;
    }
    m_error->hide();
    m_hint->setProperty("custom", true);
    m_hint->setText(tr("%n reminder(s) written to %1. Import the file into Outlook or Google "
                       "Calendar; exporting again later updates the same events.",
                       nullptr, count)
                        .arg(QDir::toNativeSeparators(path)));
    return true;
}

void DashboardPage::chooseCalendarFile()
{
    QSettings settings;
    const QString folder =
        settings
            .value(kCalendarFolderKey,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export reminders as a calendar"),
        QDir(folder).filePath(tr("Kamae reminders.ics")), tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return;
    settings.setValue(kCalendarFolderKey, QFileInfo(path).absolutePath());
    exportCalendar(path);
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        reload(); // the reminders' texts are built in the language
    if (event->type() == QEvent::LanguageChange)
        emit titleChanged();
    Page::changeEvent(event);
}

void DashboardPage::retranslate()
{
    m_heading->setText(tr("Dashboard"));
    m_export->setText(tr("Export calendar (.ics)…"));
    m_export->setToolTip(tr("Saves every reminder as a calendar file, with repeating "
                            "restore tests and air-gap checks"));
    if (m_model->rowCount() == 0)
        m_summary->setText(tr("Nothing is overdue or due this week."));
    else
        m_summary->setText(tr("%n overdue", nullptr, m_overdue) + tr(" · ") +
                           tr("%n due this week", nullptr, m_dueSoon));
    if (m_hint->text().isEmpty() || !m_hint->property("custom").toBool())
        m_hint->setText(tr("Double-click or press Enter on a row to open its record."));
}

} // namespace ui
} // namespace kamae

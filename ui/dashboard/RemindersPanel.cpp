#include "dashboard/RemindersPanel.h"

#include "core/Clock.h"
#include "dashboard/ReminderTableModel.h"
#include "reminders/Ics.h"
#include "reminders/Reminders.h"
#include "settings/UiSettings.h"
#include "store/Database.h"
#include "store/OrganisationRepository.h"
#include "widgets/FileDialogs.h"
#include "widgets/FlowLayout.h"
#include "widgets/Widgets.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

namespace {
// "This week": due today or in the next six days.
constexpr int kWeekDays = 6;
} // namespace

RemindersPanel::RemindersPanel(store::Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    auto *title = sayingText(makeBoldLabel(this), [] { return tr("Reminders"); });
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_error = makeErrorLabel(this);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportCalendarButton"));
    connect(m_export, &QPushButton::clicked, this, &RemindersPanel::chooseCalendarFile);

    m_model = new ReminderTableModel(this);
    m_proxy = makeSortProxy(m_model, ReminderTableModel::SortRole, this);
    m_view =
        makeRecordTable(this, QStringLiteral("reminderView"), QAbstractItemView::SingleSelection);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(ReminderTableModel::StateColumn, Qt::AscendingOrder);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    if (settings::remindersHeader.exists())
        m_view->horizontalHeader()->restoreState(settings::remindersHeader.get());
    // The title takes what the short columns leave, so "when" is never cut.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Fitted to the rows in sight, not to the first thousand: a large
    // company has thousands of overdue items, and their short texts are
    // alike (measured: most of the dashboard's first showing at 100,000
    // assets).
    m_view->horizontalHeader()->setResizeContentsPrecision(0);
    m_view->horizontalHeader()->setSectionResizeMode(ReminderTableModel::TitleColumn,
                                                     QHeaderView::Stretch);

    // The export goes under the counts on a narrow window.
    auto *top = new FlowLayout;
    top->addWidget(title);
    top->addWidget(m_summary);
    top->addStretch();
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);
    retranslate();
    onLanguageChange(this, [this] { retranslate(); });
}

RemindersPanel::~RemindersPanel()
{
    settings::remindersHeader.set(m_view->horizontalHeader()->saveState());
}

bool RemindersPanel::reload(const QDate &today)
{
    auto due = reminders::dueWithin(m_db, today, kWeekDays);
    if (!due) {
        m_error->setText(due.error());
        m_error->show();
        return false;
    }
    m_error->hide();
    m_overdue = 0;
    for (const reminders::Reminder &r : due.value())
        if (r.state == reminders::ReminderState::Overdue)
            ++m_overdue;
    m_dueSoon = static_cast<int>(due->size()) - m_overdue;
    m_model->setReminders(std::move(due).value(), today);
    retranslate();
    return true;
}

int RemindersPanel::reminderCount() const
{
    return m_model->rowCount();
}

void RemindersPanel::openRow(int proxyRow)
{
    const QModelIndex index = m_proxy->index(proxyRow, 0);
    if (!index.isValid())
        return;
    emit reminderActivated(m_model->reminder(m_proxy->mapToSource(index).row()));
}

bool RemindersPanel::exportCalendar(const QString &path)
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

void RemindersPanel::chooseCalendarFile()
{
    const QString path =
        filedialogs::saveFile(this, FileKind::Calendar, tr("Export reminders as a calendar"),
                              tr("Kamae reminders.ics"), tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return;
    exportCalendar(path);
}

void RemindersPanel::retranslate()
{
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

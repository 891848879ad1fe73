#include "backups/BackupJobTableModel.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "store/BackupRepository.h"
#include "store/ChangeSet.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace kamae {
namespace ui {

using reminders::ReminderState;

namespace {

QVariant stateColour(ReminderState state)
{
    switch (state) {
    case ReminderState::Overdue:
        return QBrush(QColor(0xc6, 0x28, 0x28));
    case ReminderState::DueSoon:
        return QBrush(QColor(0xb2, 0x6a, 0x00));
    case ReminderState::Upcoming:
        break;
    }
    return {};
}

} // namespace

BackupJobTableModel::BackupJobTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void BackupJobTableModel::setContent(QVector<domain::BackupJob> jobs,
                                     const QVector<domain::BackupEvent> &events, const QDate &today)
{
    beginResetModel();
    m_jobs = std::move(jobs);
    m_today = today;
    m_logs.clear();
    m_statuses.clear();
    m_jobOfEvent.clear();
    for (const domain::BackupEvent &e : events)
        m_jobOfEvent.insert(e.id, e.jobId);
    for (const domain::BackupJob &j : m_jobs) {
        m_logs.append(backups::summarize(j.id, events));
        m_statuses.append(backups::jobStatus(j, m_logs.last(), today));
    }
    endResetModel();
}

Status BackupJobTableModel::reloadAll(store::Database &db)
{
    store::BackupRepository repo(db);
    auto jobs = repo.jobs();
    auto events = repo.events();
    if (!jobs || !events)
        return Status::failure(!jobs ? jobs.error() : events.error());
    const QDate today = m_today.isValid() ? m_today : clock::today();
    setContent(std::move(jobs).value(), events.value(), today);
    return {};
}

Status BackupJobTableModel::applyChanges(const store::ChangeSet &changes, store::Database &db)
{
    using store::ChangeKind;
    const QString jobTable = QStringLiteral("backup_job");
    const QString copyTable = QStringLiteral("backup_copy");
    const QString linkTable = QStringLiteral("backup_protects");
    const QString eventTable = QStringLiteral("backup_event");
    const QStringList tables = {jobTable, copyTable, linkTable, eventTable};
    if (!changes.touchesAny(tables))
        return {};
    for (const QString &table : tables)
        if (changes.wholeTable(table))
            return reloadAll(db);
    const QSet<qint64> deletedAssets = changes.ids(QStringLiteral("asset"), ChangeKind::Delete);
    const QSet<qint64> goneLinks = changes.ids(linkTable, ChangeKind::Delete);
    // A link goes with its job (saved or deleted) or its asset (deleted);
    // one removed otherwise cannot be placed by its rowid.
    if (!goneLinks.isEmpty() && !changes.touches(jobTable) && deletedAssets.isEmpty())
        return reloadAll(db);

    store::BackupRepository repo(db);
    QSet<qint64> jobIds = changes.ids(jobTable);
    // Rows still stored name their job; gone ones, the model remembers.
    for (const QString &table : {copyTable, linkTable, eventTable}) {
        const QSet<qint64> rows =
            changes.ids(table, ChangeKind::Insert) + changes.ids(table, ChangeKind::Update);
        auto owners = repo.jobIdsOfRows(table, QVector<qint64>(rows.cbegin(), rows.cend()));
        if (!owners)
            return Status::failure(owners.error());
        for (qint64 id : owners.value())
            jobIds.insert(id);
    }
    const QSet<qint64> goneCopies = changes.ids(copyTable, ChangeKind::Delete);
    for (const domain::BackupJob &j : m_jobs) {
        for (const domain::BackupCopy &c : j.copies)
            if (goneCopies.contains(c.id))
                jobIds.insert(j.id);
        for (qint64 assetId : j.assetIds)
            if (deletedAssets.contains(assetId))
                jobIds.insert(j.id);
    }
    for (qint64 eventId : changes.ids(eventTable, ChangeKind::Delete))
        if (const auto it = m_jobOfEvent.constFind(eventId); it != m_jobOfEvent.cend())
            jobIds.insert(it.value());
    if (jobIds.isEmpty())
        return {};

    const QVector<qint64> ids(jobIds.cbegin(), jobIds.cend());
    auto jobs = repo.jobsByIds(ids);
    auto events = repo.eventsOfJobs(ids);
    if (!jobs || !events)
        return Status::failure(!jobs ? jobs.error() : events.error());
    for (auto it = m_jobOfEvent.begin(); it != m_jobOfEvent.end();)
        it = jobIds.contains(it.value()) ? m_jobOfEvent.erase(it) : std::next(it);
    for (const domain::BackupEvent &e : events.value())
        m_jobOfEvent.insert(e.id, e.jobId);

    QSet<qint64> found;
    for (const domain::BackupJob &j : jobs.value())
        found.insert(j.id);
    for (int row = static_cast<int>(m_jobs.size()) - 1; row >= 0; --row) {
        if (!jobIds.contains(m_jobs.at(row).id) || found.contains(m_jobs.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_jobs.removeAt(row);
        m_logs.removeAt(row);
        m_statuses.removeAt(row);
        endRemoveRows();
    }
    for (domain::BackupJob &j : jobs.value()) {
        backups::JobLog log = backups::summarize(j.id, events.value());
        backups::JobStatus status = backups::jobStatus(j, log, m_today);
        const int row = rowOf(j.id);
        if (row >= 0) {
            m_jobs[row] = std::move(j);
            m_logs[row] = std::move(log);
            m_statuses[row] = std::move(status);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        const int at = static_cast<int>(m_jobs.size());
        beginInsertRows({}, at, at);
        m_jobs.append(std::move(j));
        m_logs.append(std::move(log));
        m_statuses.append(std::move(status));
        endInsertRows();
    }
    return {};
}

int BackupJobTableModel::rowOf(qint64 jobId) const
{
    for (int i = 0; i < m_jobs.size(); ++i)
        if (m_jobs.at(i).id == jobId)
            return i;
    return -1;
}

int BackupJobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_jobs.size());
}

int BackupJobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupJobTableModel::dueText(const backups::DueCheck &check)
{
    if (!check.applies)
        return tr("—");
    QString text = check.lastDone.isValid() ? i18n::formatDate(check.lastDone) : tr("never");
    if (check.lastDone.isValid() && check.lastResult != domain::BackupResult::Success)
        text += QStringLiteral(" (%1)").arg(backups::BackupText::result(check.lastResult));
    return text;
}

QVariant BackupJobTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const domain::BackupJob &j = m_jobs.at(index.row());
    const backups::JobStatus &s = m_statuses.at(index.row());
    const int column = index.column();
    if (role == IdRole)
        return j.id;
    if (role == AttentionRole)
        return !s.meetsAll || s.state != ReminderState::Upcoming;

    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return j.name;
        case ProtectsColumn:
            return j.assetIds.isEmpty()
                       ? tr("—")
                       : tr("%n asset(s)", nullptr, static_cast<int>(j.assetIds.size()));
        case ScheduleColumn:
            return domain::ScheduleText::describe(j.schedule);
        case CopiesColumn: {
            QStringList media;
            for (const domain::BackupCopy &c : j.copies) {
                QString m = backups::BackupText::media(c.media);
                if (c.offline)
                    m += tr(" (offline)");
                else if (c.immutable)
                    m += tr(" (immutable)");
                media << m;
            }
            return media.isEmpty() ? tr("none") : media.join(tr(", ", "list separator"));
        }
        case RuleColumn: {
            QStringList missing;
            for (const backups::RuleCheck &c : s.rules)
                if (!c.met)
                    missing << backups::BackupText::rule(c.rule);
            return missing.isEmpty()
                       ? tr("Met")
                       : tr("Missing: %1").arg(missing.join(tr(", ", "list separator")));
        }
        case LastRunColumn:
            return dueText(s.run);
        case RestoreColumn:
            return dueText(s.restoreTest);
        case AirGapColumn:
            return dueText(s.airGapCheck);
        case StatusColumn:
            return backups::BackupText::state(s.state);
        }
        return {};
    }
    if (role == SortRole) {
        auto dateKey = [](const backups::DueCheck &c) -> QVariant {
            return c.applies ? c.lastDone.toJulianDay() : std::numeric_limits<qint64>::max();
        };
        switch (column) {
        case ProtectsColumn:
            return static_cast<int>(j.assetIds.size());
        case CopiesColumn:
            return static_cast<int>(j.copies.size());
        case RuleColumn:
            return static_cast<int>(std::count_if(s.rules.cbegin(), s.rules.cend(),
                                                  [](const auto &c) { return c.met; }));
        case LastRunColumn:
            return dateKey(s.run);
        case RestoreColumn:
            return dateKey(s.restoreTest);
        case AirGapColumn:
            return dateKey(s.airGapCheck);
        case StatusColumn:
            return static_cast<int>(s.state);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole) {
        switch (column) {
        case LastRunColumn:
            return stateColour(s.run.state);
        case RestoreColumn:
            return stateColour(s.restoreTest.state);
        case AirGapColumn:
            return s.airGapCheck.applies ? stateColour(s.airGapCheck.state) : QVariant();
        case StatusColumn:
            return stateColour(s.state);
        case RuleColumn:
            return s.meetsAll ? QVariant() : stateColour(ReminderState::Overdue);
        }
        return {};
    }
    if (role == Qt::FontRole && column == StatusColumn && s.state == ReminderState::Overdue) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case NameColumn: {
            QStringList lines;
            if (!j.method.isEmpty())
                lines << tr("Method: %1").arg(j.method);
            if (!j.owner.isEmpty())
                lines << tr("Owner: %1").arg(j.owner);
            return lines.join(QLatin1Char('\n'));
        }
        case RuleColumn: {
            QStringList lines;
            for (const backups::RuleCheck &c : s.rules)
                lines << QStringLiteral("%1 %2: %3")
                             .arg(c.met ? QStringLiteral("○") : QStringLiteral("×"),
                                  backups::BackupText::rule(c.rule), c.explanation);
            return lines.join(QLatin1Char('\n'));
        }
        case LastRunColumn:
            return tr("Next run expected: %1").arg(i18n::formatDate(s.run.due));
        case RestoreColumn:
            return tr("Next restore test due: %1").arg(i18n::formatDate(s.restoreTest.due));
        case AirGapColumn:
            return s.airGapCheck.applies
                       ? tr("Next air-gap check due: %1").arg(i18n::formatDate(s.airGapCheck.due))
                       : tr("No offline copy: nothing to check.");
        }
    }
    return {};
}

QVariant BackupJobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Backup job");
    case ProtectsColumn:
        return tr("Protects");
    case ScheduleColumn:
        return tr("Schedule");
    case CopiesColumn:
        return tr("Copies");
    case RuleColumn:
        return tr("3-2-1-1-0");
    case LastRunColumn:
        return tr("Last run");
    case RestoreColumn:
        return tr("Restore test");
    case AirGapColumn:
        return tr("Air-gap check");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

BackupJobFilterProxy::BackupJobFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(BackupJobTableModel::SortRole);
    setSortLocaleAware(true);
}

void BackupJobFilterProxy::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void BackupJobFilterProxy::setAttentionOnly(bool on)
{
    m_attentionOnly = on;
    invalidateFilter();
}

bool BackupJobFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const BackupJobTableModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    if (m_attentionOnly &&
        !model->index(sourceRow, 0).data(BackupJobTableModel::AttentionRole).toBool())
        return false;
    if (m_search.isEmpty())
        return true;
    const domain::BackupJob &j = model->job(sourceRow);
    for (const QString &text : {j.name, j.method, j.owner, j.notes})
        if (text.contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace ui
} // namespace kamae

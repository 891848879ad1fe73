#include "backups/BackupJobTableModel.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "store/BackupRepository.h"
#include "store/ChangeSet.h"

#include <QBrush>
#include <QColor>

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

// The due check a column shows: a run, a restore test or an air-gap check.
const backups::DueCheck *dueCheckOf(const backups::JobStatus &s, int column)
{
    switch (column) {
    case BackupJobTableModel::LastRunColumn:
        return &s.run;
    case BackupJobTableModel::RestoreColumn:
        return &s.restoreTest;
    case BackupJobTableModel::AirGapColumn:
        return &s.airGapCheck;
    }
    return nullptr;
}

} // namespace

BackupJobTableModel::BackupJobTableModel(QObject *parent)
    : RecordTableModel({QT_TR_NOOP("Backup job"), QT_TR_NOOP("Protects"), QT_TR_NOOP("Schedule"),
                        QT_TR_NOOP("Copies"), QT_TR_NOOP("3-2-1-1-0"), QT_TR_NOOP("Last run"),
                        QT_TR_NOOP("Restore test"), QT_TR_NOOP("Air-gap check"),
                        QT_TR_NOOP("Status")},
                       parent)
{}

QVector<BackupJobRow> BackupJobTableModel::rowsOf(QVector<domain::BackupJob> jobs,
                                                  const QVector<domain::BackupEvent> &events) const
{
    QVector<BackupJobRow> rows;
    rows.reserve(jobs.size());
    for (domain::BackupJob &j : jobs) {
        BackupJobRow row;
        row.log = backups::summarize(j.id, events);
        row.status = backups::jobStatus(j, row.log, m_today);
        static_cast<domain::BackupJob &>(row) = std::move(j);
        rows.append(std::move(row));
    }
    return rows;
}

void BackupJobTableModel::setContent(QVector<domain::BackupJob> jobs,
                                     const QVector<domain::BackupEvent> &events, const QDate &today)
{
    m_today = today;
    resetRecords(rowsOf(std::move(jobs), events), [&] {
        m_jobOfEvent.clear();
        for (const domain::BackupEvent &e : events)
            m_jobOfEvent.insert(e.id, e.jobId);
    });
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
        const QSet<qint64> rows = savedIds(changes, table);
        auto owners = repo.jobIdsOfRows(table, QVector<qint64>(rows.cbegin(), rows.cend()));
        if (!owners)
            return Status::failure(owners.error());
        for (qint64 id : owners.value())
            jobIds.insert(id);
    }
    const QSet<qint64> goneCopies = changes.ids(copyTable, ChangeKind::Delete);
    for (const BackupJobRow &j : records()) {
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
    syncRecords(jobIds, rowsOf(std::move(jobs).value(), events.value()));
    return {};
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

QVariant BackupJobTableModel::cellData(int row, int column, int role) const
{
    const BackupJobRow &j = record(row);
    const backups::JobStatus &s = j.status;
    const backups::DueCheck *check = dueCheckOf(s, column);
    if (role == AttentionRole)
        return !s.meetsAll || s.state != ReminderState::Upcoming;

    if (role == Qt::DisplayRole) {
        if (check)
            return dueText(*check);
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
        case StatusColumn:
            return backups::BackupText::state(s.state);
        }
        return {};
    }
    if (role == SortRole) {
        if (check)
            return check->applies ? check->lastDone.toJulianDay()
                                  : std::numeric_limits<qint64>::max();
        switch (column) {
        case ProtectsColumn:
            return static_cast<int>(j.assetIds.size());
        case CopiesColumn:
            return static_cast<int>(j.copies.size());
        case RuleColumn:
            return static_cast<int>(std::count_if(s.rules.cbegin(), s.rules.cend(),
                                                  [](const auto &c) { return c.met; }));
        case StatusColumn:
            return static_cast<int>(s.state);
        }
        return {};
    }
    if (role == Qt::ForegroundRole) {
        // A check that does not apply (no offline copy) shows "—", uncoloured.
        if (check)
            return check->applies ? stateColour(check->state) : QVariant();
        switch (column) {
        case StatusColumn:
            return stateColour(s.state);
        case RuleColumn:
            return s.meetsAll ? QVariant() : stateColour(ReminderState::Overdue);
        }
        return {};
    }
    if (role == Qt::FontRole && column == StatusColumn && s.state == ReminderState::Overdue)
        return boldFont();
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

bool BackupJobFilterProxy::acceptsRow(int sourceRow) const
{
    const auto *model = qobject_cast<const BackupJobTableModel *>(sourceModel());
    if (!model)
        return true;
    if (m_attentionOnly &&
        !model->index(sourceRow, 0).data(BackupJobTableModel::AttentionRole).toBool())
        return false;
    const domain::BackupJob &j = model->job(sourceRow);
    return anyContainsSearch({j.name, j.method, j.owner, j.notes});
}

} // namespace ui
} // namespace kamae

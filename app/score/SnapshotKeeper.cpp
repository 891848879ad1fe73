#include "score/SnapshotKeeper.h"

#include "core/Clock.h"
#include "score/ScoreInput.h"
#include "score/Snapshots.h"
#include "store/Database.h"

namespace kamae {
namespace score {

SnapshotKeeper::SnapshotKeeper(store::Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(3000);
    // A minute is close enough to midnight, and cheap: it only reads the clock.
    m_dateCheck.setInterval(60'000);
    connect(&m_settle, &QTimer::timeout, this, &SnapshotKeeper::refresh);
    connect(&m_dateCheck, &QTimer::timeout, this, &SnapshotKeeper::checkDate);
}

void SnapshotKeeper::start()
{
    connect(&m_db, &store::Database::changesCommitted, this,
            &SnapshotKeeper::onChangesCommitted, Qt::UniqueConnection);
    m_dateCheck.start();
    refresh();
}

bool SnapshotKeeper::refresh()
{
    m_settle.stop();
    const QDate today = clock::today();
    m_day = today;
    auto kept = keepDaySnapshot(m_db, today);
    if (!kept) {
        m_lastError = kept.error();
        emit failed(m_lastError);
        return false;
    }
    m_lastError.clear();
    if (!*kept)
        return false;
    emit snapshotTaken(today);
    return true;
}

void SnapshotKeeper::flush()
{
    if (m_settle.isActive())
        refresh();
}

void SnapshotKeeper::checkDate()
{
    if (clock::today() != m_day)
        refresh();
}

void SnapshotKeeper::onChangesCommitted(const store::ChangeSet &changes)
{
    // Our own point (score_snapshot) and writes the score does not read
    // change nothing to keep.
    if (!changes.touchesAny(scoreInputTables()))
        return;
    // Not restarted on every change, so steady editing still gets a point.
    if (!m_settle.isActive())
        m_settle.start();
}

} // namespace score
} // namespace kamae

#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>

namespace kamae {
namespace store {
class ChangeSet;
class Database;
} // namespace store
} // namespace kamae

namespace kamae {
namespace score {

// Keeps the day's point of the score's history while a vault is unlocked,
// whichever page is open (docs/scoring.md, "Snapshots"):
// - at once when it starts (the unlock), unless the day's point already
//   says what the score says;
// - when the calendar date changes while the vault stays unlocked;
// - shortly after changes to the score's sources (scoreInputTables())
//   settle, replacing the day's point, so that the point of the day a vault
//   was created is not the empty vault's 0. Other writes (its own point, a
//   report's history) start nothing.
// The shell owns one next to the VaultSession; the dashboard only reads.
class SnapshotKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotKeeper)

public:
    explicit SnapshotKeeper(store::Database &db, QObject *parent = nullptr);

    // Takes the day's point now and starts following changes and the date.
    void start();

    void setSettleDelay(int milliseconds) { m_settle.setInterval(milliseconds); }
    void setDateCheckInterval(int milliseconds) { m_dateCheck.setInterval(milliseconds); }

    // Brings the point of clock::today() up to date now: true when it
    // stored one. Also what the timers call.
    bool refresh();
    // Takes the point at once when changes wait for the settle delay: the
    // shell calls it before locking or closing the vault.
    void flush();
    // Called by the date timer; public so that tests can drive it.
    void checkDate();

    QDate day() const { return m_day; }
    // Changes to the score's sources wait for the settle delay.
    bool isSettling() const { return m_settle.isActive(); }
    QString lastError() const { return m_lastError; }

signals:
    void snapshotTaken(const QDate &day);
    void failed(const QString &reason);

private:
    void onChangesCommitted(const store::ChangeSet &changes);

    store::Database &m_db;
    QTimer m_settle;
    QTimer m_dateCheck;
    QDate m_day;
    QString m_lastError;
};

} // namespace score
} // namespace kamae

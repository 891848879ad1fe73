#pragma once

#include "core/Result.h"
#include "score/Score.h"
#include "score/ScoreInput.h"

#include <QDate>
#include <QObject>

#include <optional>

namespace kamae {
namespace store {
class ChangeSet;
class Database;
} // namespace store

namespace score {

// The score's input, read once for every change of its sources, and the
// score computed from it once a day and language: at the unlock the day's
// snapshot, the dashboard and the self-assessment would otherwise each read
// every asset (three readings of 100,000 rows) and compute the same score,
// and again after each write. One lives with each database (of()), so it
// goes when the vault locks.
class ScoreCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreCache)

public:
    // The cache of this database, made on first use.
    static ScoreCache &of(store::Database &db);
    // of(db).input() and of(db).score() on the database's thread; elsewhere
    // (a worker) a reading of their own, since the cache belongs to that
    // thread.
    static Result<ScoreInput> inputOf(store::Database &db);
    static Result<Score> scoreOf(store::Database &db, const QDate &today);

    // The input as the vault holds it now, its own unpublished writes
    // included: the last reading while no write has touched
    // scoreInputTables() since, else a new one.
    Result<ScoreInput> input();
    // computeScore() of input() on `today`, in the language in use.
    Result<Score> score(const QDate &today);
    // How many times the vault was read, and the score computed (tests).
    int readings() const { return m_readings; }
    int computings() const { return m_computings; }

private:
    explicit ScoreCache(store::Database &db);
    void onChangesCommitted(const store::ChangeSet &changes);

    store::Database &m_db;
    std::optional<ScoreInput> m_input;
    quint64 m_readAtChange = 0;
    bool m_stale = true;
    int m_readings = 0;
    // The score of m_input, for m_scoreDay in m_scoreLanguage.
    std::optional<Score> m_score;
    QDate m_scoreDay;
    QString m_scoreLanguage;
    int m_computings = 0;
};

} // namespace score
} // namespace kamae

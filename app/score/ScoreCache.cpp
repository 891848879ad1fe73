#include "score/ScoreCache.h"

#include "i18n/Language.h"
#include "store/ChangeSet.h"
#include "store/Database.h"

#include <QThread>

namespace kamae {
namespace score {

ScoreCache &ScoreCache::of(store::Database &db)
{
    if (auto *found = db.findChild<ScoreCache *>(QString(), Qt::FindDirectChildrenOnly))
        return *found;
    return *new ScoreCache(db);
}

Result<ScoreInput> ScoreCache::inputOf(store::Database &db)
{
    if (QThread::currentThread() != db.thread())
        return loadScoreInput(db);
    return of(db).input();
}

Result<Score> ScoreCache::scoreOf(store::Database &db, const QDate &today)
{
    if (QThread::currentThread() != db.thread()) {
        auto input = loadScoreInput(db);
        if (!input)
            return input.asFailure();
        return computeScore(*input, today);
    }
    return of(db).score(today);
}

ScoreCache::ScoreCache(store::Database &db) : QObject(&db), m_db(db)
{
    connect(&m_db, &store::Database::changesCommitted, this, &ScoreCache::onChangesCommitted);
}

void ScoreCache::onChangesCommitted(const store::ChangeSet &changes)
{
    // Published only now, but committed before the last reading if no
    // commit came since: then the reading already has them.
    if (changes.touchesAny(scoreInputTables()) && m_db.changeCount() != m_readAtChange)
        m_stale = true;
}

Result<ScoreInput> ScoreCache::input()
{
    const bool writtenSince = m_db.changeCount() != m_readAtChange &&
                              m_db.unpublishedChanges().touchesAny(scoreInputTables());
    if (m_input && !m_stale && !writtenSince)
        return *m_input;
    const quint64 change = m_db.changeCount();
    auto read = loadScoreInput(m_db);
    ++m_readings;
    m_score.reset();
    if (!read) {
        m_input.reset();
        m_stale = true;
        return read;
    }
    m_input = read.value();
    m_readAtChange = change;
    m_stale = false;
    return read;
}

Result<Score> ScoreCache::score(const QDate &today)
{
    auto in = input();
    if (!in)
        return in.asFailure();
    // The factors' texts are made in the language in use.
    const QString language = i18n::currentLanguage();
    if (m_score && m_scoreDay == today && m_scoreLanguage == language)
        return *m_score;
    m_score = computeScore(*in, today);
    ++m_computings;
    m_scoreDay = today;
    m_scoreLanguage = language;
    return *m_score;
}

} // namespace score
} // namespace kamae

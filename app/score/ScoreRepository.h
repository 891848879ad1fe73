#pragma once

#include "core/Result.h"
#include "score/SelfCheck.h"
#include "score/Snapshots.h"

#include <QVector>

#include <optional>

// A repository like those in store/ (hence its namespace), kept with its
// module because it stores the module's own types: store/ ranks below the
// modules (docs/architecture.md, "Layers").
namespace kamae {
namespace store {

class Database;

// Self-assessments with their answers, and the score's daily snapshots.
class ScoreRepository final
{
public:
    explicit ScoreRepository(Database &db) : m_db(db) {}

    // Oldest first (by date, then id), with their answers.
    Result<QVector<score::Assessment>> assessments() const;
    // The newest by date (then id); empty when none was taken.
    Result<std::optional<score::Assessment>> latestAssessment() const;
    // Inserts (id 0, or a former id when undoing a delete) or updates, and
    // replaces the answers. Returns what a later read gives back.
    Result<score::Assessment> saveAssessment(const score::Assessment &assessment);
    // Returns what was removed, so that an undo can put it back.
    Result<score::Assessment> removeAssessment(qint64 id);
    // One answer; Unanswered removes it.
    Status setAnswer(qint64 assessmentId, const QString &questionKey, score::Answer answer);

    // Oldest first.
    Result<QVector<score::Snapshot>> snapshots() const;
    Result<std::optional<score::Snapshot>> snapshotOn(const QDate &day) const;
    // Replaces the snapshot of the same day.
    Status saveSnapshot(const score::Snapshot &snapshot);
    Status saveSnapshots(const QVector<score::Snapshot> &snapshots);

    static Status validate(const score::Assessment &assessment);

    // How many days a vulnerability feed counts as current for the score
    // (docs/scoring.md): meta.score_feed_max_age_days, 30 when not set or
    // out of range. Data of the vault, so the GUI and the command line agree.
    int feedMaxAgeDays() const;
    // 1–3650 days; audited.
    Status setFeedMaxAgeDays(int days);

private:
    Database &m_db;
};

} // namespace store
} // namespace kamae

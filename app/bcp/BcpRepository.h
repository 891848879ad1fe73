#pragma once

#include "bcp/BcpRecords.h"
#include "core/Result.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace kamae {
namespace store {

class Database;

// The BCP module's records: the draft plan, the exercises and the
// published versions. The draft is read and written whole (a plan is a few
// dozen rows; the page saves it after each edit and undo writes the plan
// before it). Every write is one transaction with its audit log entry and
// refuses what BcpRecords.h says cannot be stored.
class BcpRepository final
{
public:
    explicit BcpRepository(Database &db) : m_db(db) {}

    // --- The draft ---
    Result<domain::BcpPlan> plan() const;
    // Makes the stored draft exactly `plan`: entries with an id keep it,
    // new ones get one. Returns the plan as stored (with the new ids).
    Result<domain::BcpPlan> savePlan(const domain::BcpPlan &plan);

    // --- Exercises, newest first ---
    Result<QVector<domain::BcpExercise>> exercises() const;
    Result<domain::BcpExercise> exercise(qint64 id) const;
    // One with an id (undo) keeps it. `today` bounds the date.
    Result<qint64> insertExercise(const domain::BcpExercise &exercise, const QDate &today);
    Status updateExercise(const domain::BcpExercise &exercise, const QDate &today);
    Result<domain::BcpExercise> removeExercise(qint64 id);

    // --- Versions ---
    // Oldest first, without their plans.
    Result<QVector<domain::BcpVersion>> versions() const;
    // One version with its plan.
    Result<domain::BcpVersion> version(int number) const;
    // Freezes the draft as the next version, published today, approved by
    // an entry of the people list.
    Result<domain::BcpVersion> publish(qint64 approverId, const QString &note, const QDate &today);
    // The plan of a version as the draft would hold it again: references to
    // people and assets no longer listed are emptied (a link to a deleted
    // asset goes). Writes nothing (the page saves it as one undoable step).
    Result<domain::BcpPlan> restoredPlan(int number) const;
    // Makes the draft restoredPlan(number).
    Result<domain::BcpPlan> restoreVersion(int number);
    // Undo of publish: removes the newest version if it is `number`.
    Status removeLatestVersion(int number);

    // The names of the assets and people the plan refers to (for words).
    Result<QHash<qint64, QString>> assetNames(const QVector<qint64> &ids) const;
    Result<QHash<qint64, QString>> personNames() const;

private:
    Status writePlan(const domain::BcpPlan &plan, domain::BcpPlan *stored);
    Status writeExerciseChildren(const domain::BcpExercise &exercise);

    Database &m_db;
};

} // namespace store
} // namespace kamae

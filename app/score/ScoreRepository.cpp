#include "score/ScoreRepository.h"

#include "core/Clock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SqlErrors.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace kamae {
namespace store {

using sql::dateText;
using sql::text;

namespace {

struct ScoreRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::store::ScoreRepository)
};

const QString kAssessmentEntity = QStringLiteral("self_assessment");
const QString kFeedAgeKey = QStringLiteral("score_feed_max_age_days");

// Percentages by stable key, so that a category added later reads back.
QString detailJson(const score::Snapshot &s)
{
    QJsonObject categories;
    for (int i = 0; i < score::kCategoryCount; ++i) {
        if (s.categories.value(i, -1) >= 0)
            categories.insert(score::categoryKey(static_cast<score::Category>(i)),
                              s.categories.at(i));
    }
    QJsonObject kinds;
    for (int i = 0; i < score::kMeasureKindCount; ++i) {
        if (s.kinds.value(i, -1) >= 0)
            kinds.insert(score::kindKey(static_cast<score::MeasureKind>(i)), s.kinds.at(i));
    }
    QJsonObject root;
    root.insert(QStringLiteral("categories"), categories);
    root.insert(QStringLiteral("kinds"), kinds);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

void readDetail(const QString &json, score::Snapshot *s)
{
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonObject categories = root.value(QStringLiteral("categories")).toObject();
    for (int i = 0; i < score::kCategoryCount; ++i)
        s->categories[i] =
            categories.value(score::categoryKey(static_cast<score::Category>(i))).toDouble(-1);
    const QJsonObject kinds = root.value(QStringLiteral("kinds")).toObject();
    for (int i = 0; i < score::kMeasureKindCount; ++i)
        s->kinds[i] = kinds.value(score::kindKey(static_cast<score::MeasureKind>(i))).toDouble(-1);
}

bool assessmentOrder(const score::Assessment &a, const score::Assessment &b)
{
    if (a.taken != b.taken)
        return a.taken < b.taken;
    return a.id < b.id;
}

} // namespace

Status ScoreRepository::validate(const score::Assessment &assessment)
{
    if (!assessment.taken.isValid())
        return Status::failure(
            ScoreRepositoryText::tr("A self-assessment needs the date it was taken."));
    for (auto it = assessment.answers.cbegin(); it != assessment.answers.cend(); ++it) {
        if (!score::findQuestion(it.key()))
            return Status::failure(
                ScoreRepositoryText::tr("Unknown self-assessment question “%1”.").arg(it.key()));
        if (!score::isAnswer(static_cast<int>(it.value())))
            return Status::failure(ScoreRepositoryText::tr("Unknown answer %1 to question “%2”.")
                                       .arg(static_cast<int>(it.value()))
                                       .arg(it.key()));
    }
    return {};
}

Result<QVector<score::Assessment>> ScoreRepository::assessments() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id, taken_on, notes FROM self_assessment")))
        return readFailed(q);
    QVector<score::Assessment> out;
    QHash<qint64, int> index;
    while (q.next()) {
        score::Assessment a;
        a.id = q.value(0).toLongLong();
        a.taken = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        a.notes = q.value(2).toString();
        index.insert(a.id, out.size());
        out.append(a);
    }
    if (!q.exec(
            QStringLiteral("SELECT assessment_id, question, answer FROM self_assessment_answer")))
        return readFailed(q);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        out[*it].answers.insert(q.value(1).toString(),
                                static_cast<score::Answer>(q.value(2).toInt()));
    }
    std::sort(out.begin(), out.end(), assessmentOrder);
    return out;
}

Result<std::optional<score::Assessment>> ScoreRepository::latestAssessment() const
{
    auto all = assessments();
    if (!all)
        return all.asFailure();
    if (all->isEmpty())
        return std::optional<score::Assessment>();
    return std::optional<score::Assessment>(all->constLast());
}

Result<score::Assessment> ScoreRepository::saveAssessment(const score::Assessment &assessment)
{
    if (Status s = validate(assessment); !s)
        return s.asFailure();
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    AuditLog audit(m_db);
    QSqlQuery q(m_db.sql());
    score::Assessment stored = assessment;
    stored.notes = stored.notes.trimmed();
    // Unanswered is "no row", never a stored value.
    for (auto it = stored.answers.begin(); it != stored.answers.end();) {
        if (it.value() == score::Answer::Unanswered)
            it = stored.answers.erase(it);
        else
            ++it;
    }
    // What it was, for the audit log.
    std::optional<score::Assessment> previous;
    if (stored.id > 0) {
        auto all = assessments();
        if (!all)
            return all.asFailure();
        for (const score::Assessment &a : *all) {
            if (a.id == stored.id)
                previous = a;
        }
    }
    const bool exists = previous.has_value();
    const QString now = clock::now().toString(Qt::ISODate);
    if (exists) {
        q.prepare(QStringLiteral(
            "UPDATE self_assessment SET taken_on = ?, notes = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(dateText(stored.taken));
        q.addBindValue(text(stored.notes));
        q.addBindValue(now);
        q.addBindValue(stored.id);
        if (!q.exec())
            return writeFailed(q);
        if (!q.exec(QStringLiteral("DELETE FROM self_assessment_answer WHERE assessment_id = %1")
                        .arg(stored.id)))
            return writeFailed(q);
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO self_assessment (id, taken_on, notes, updated_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(stored.id > 0 ? QVariant(stored.id)
                                     : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(dateText(stored.taken));
        q.addBindValue(text(stored.notes));
        q.addBindValue(now);
        if (!q.exec())
            return writeFailed(q);
        stored.id = q.lastInsertId().toLongLong();
    }
    q.prepare(QStringLiteral("INSERT INTO self_assessment_answer (assessment_id, question, answer)"
                             " VALUES (?, ?, ?)"));
    for (auto it = stored.answers.cbegin(); it != stored.answers.cend(); ++it) {
        q.addBindValue(stored.id);
        q.addBindValue(it.key());
        q.addBindValue(static_cast<int>(it.value()));
        if (!q.exec())
            return writeFailed(q);
    }
    if (previous) {
        // One line per changed answer, as setAnswer writes them.
        QStringList keys = previous->answers.keys() + stored.answers.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString &key : keys) {
            const score::Answer before = previous->answer(key);
            const score::Answer after = stored.answer(key);
            if (before == after)
                continue;
            const auto value = [](score::Answer a) {
                return a == score::Answer::Unanswered ? QVariant() : QVariant(static_cast<int>(a));
            };
            if (Status s = audit.record(kAssessmentEntity, stored.id, QStringLiteral("update"), key,
                                        value(before), value(after));
                !s)
                return s.asFailure();
        }
    }
    if (Status s = audit.record(kAssessmentEntity, stored.id,
                                exists ? QStringLiteral("update") : QStringLiteral("create"),
                                QStringLiteral("taken_on"),
                                previous ? QVariant(dateText(previous->taken)) : QVariant(),
                                dateText(stored.taken));
        !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return stored;
}

Result<score::Assessment> ScoreRepository::removeAssessment(qint64 id)
{
    using R = Result<score::Assessment>;
    auto all = assessments();
    if (!all)
        return all.asFailure();
    const auto it = std::find_if(all->cbegin(), all->cend(),
                                 [id](const score::Assessment &a) { return a.id == id; });
    if (it == all->cend())
        return R::failure(ErrorCode::NotFound,
                          ScoreRepositoryText::tr("This self-assessment no longer exists."));
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("DELETE FROM self_assessment_answer WHERE assessment_id = %1")
                    .arg(id)) ||
        !q.exec(QStringLiteral("DELETE FROM self_assessment WHERE id = %1").arg(id)))
        return writeFailed(q);
    if (Status s = AuditLog(m_db).record(kAssessmentEntity, id, QStringLiteral("delete"),
                                         QStringLiteral("taken_on"), dateText(it->taken));
        !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return *it;
}

Status ScoreRepository::setAnswer(qint64 assessmentId, const QString &questionKey,
                                  score::Answer answer)
{
    if (!score::findQuestion(questionKey))
        return Status::failure(
            ScoreRepositoryText::tr("Unknown self-assessment question “%1”.").arg(questionKey));
    if (!score::isAnswer(static_cast<int>(answer)))
        return Status::failure(ScoreRepositoryText::tr("Unknown answer %1 to question “%2”.")
                                   .arg(static_cast<int>(answer))
                                   .arg(questionKey));
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM self_assessment WHERE id = ?"));
    q.addBindValue(assessmentId);
    if (!q.exec() || !q.next())
        return Status::failure(ErrorCode::NotFound,
                               ScoreRepositoryText::tr("This self-assessment no longer exists."));
    q.prepare(QStringLiteral(
        "SELECT answer FROM self_assessment_answer WHERE assessment_id = ? AND question = ?"));
    q.addBindValue(assessmentId);
    q.addBindValue(questionKey);
    if (!q.exec())
        return writeFailed(q);
    const QVariant old = q.next() ? q.value(0) : QVariant();
    if (answer == score::Answer::Unanswered) {
        q.prepare(QStringLiteral(
            "DELETE FROM self_assessment_answer WHERE assessment_id = ? AND question = ?"));
        q.addBindValue(assessmentId);
        q.addBindValue(questionKey);
    } else {
        q.prepare(QStringLiteral("INSERT INTO self_assessment_answer"
                                 " (assessment_id, question, answer) VALUES (?, ?, ?)"
                                 " ON CONFLICT (assessment_id, question)"
                                 " DO UPDATE SET answer = excluded.answer"));
        q.addBindValue(assessmentId);
        q.addBindValue(questionKey);
        q.addBindValue(static_cast<int>(answer));
    }
    if (!q.exec())
        return writeFailed(q);
    q.prepare(QStringLiteral("UPDATE self_assessment SET updated_at = ? WHERE id = ?"));
    q.addBindValue(clock::now().toString(Qt::ISODate));
    q.addBindValue(assessmentId);
    if (!q.exec())
        return writeFailed(q);
    const QVariant now =
        answer == score::Answer::Unanswered ? QVariant() : QVariant(static_cast<int>(answer));
    if (Status s = AuditLog(m_db).record(kAssessmentEntity, assessmentId, QStringLiteral("update"),
                                         questionKey, old, now);
        !s)
        return s;
    return tx.commit();
}

Result<QVector<score::Snapshot>> ScoreRepository::snapshots() const
{
    QVector<score::Snapshot> out;
    const Status s = m_db.readRows(
        QStringLiteral("SELECT day, taken_at, total, manual, detail FROM score_snapshot"
                       " ORDER BY day"),
        [&out](const RowCursor &row) {
            score::Snapshot snap;
            snap.day = row.date(0);
            snap.takenAt = QDateTime::fromString(row.text(1), Qt::ISODate);
            snap.total = row.text(2).toDouble();
            snap.manual = row.integer(3) != 0;
            readDetail(row.text(4), &snap);
            out.append(snap);
        });
    if (!s)
        return s.asFailure();
    return out;
}

Result<std::optional<score::Snapshot>> ScoreRepository::snapshotOn(const QDate &day) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT taken_at, total, manual, detail FROM score_snapshot WHERE day = ?"));
    q.addBindValue(dateText(day));
    if (!q.exec())
        return readFailed(q);
    if (!q.next())
        return std::optional<score::Snapshot>();
    score::Snapshot snap;
    snap.day = day;
    snap.takenAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
    snap.total = q.value(1).toDouble();
    snap.manual = q.value(2).toInt() != 0;
    readDetail(q.value(3).toString(), &snap);
    return std::optional<score::Snapshot>(snap);
}

Status ScoreRepository::saveSnapshot(const score::Snapshot &snapshot)
{
    return saveSnapshots({snapshot});
}

Status ScoreRepository::saveSnapshots(const QVector<score::Snapshot> &snapshots)
{
    for (const score::Snapshot &s : snapshots) {
        if (!s.day.isValid() || s.total < 0 || s.total > 100)
            return Status::failure(
                ScoreRepositoryText::tr("A score snapshot needs a day and a total of 0–100."));
    }
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO score_snapshot (day, taken_at, total, manual, detail)"
                             " VALUES (?, ?, ?, ?, ?) ON CONFLICT (day) DO UPDATE SET"
                             " taken_at = excluded.taken_at, total = excluded.total,"
                             " manual = excluded.manual, detail = excluded.detail"));
    for (const score::Snapshot &s : snapshots) {
        q.addBindValue(dateText(s.day));
        q.addBindValue(s.takenAt.toUTC().toString(Qt::ISODate));
        q.addBindValue(s.total);
        q.addBindValue(s.manual ? 1 : 0);
        q.addBindValue(detailJson(s));
        if (!q.exec())
            return writeFailed(q);
    }
    return tx.commit();
}

int ScoreRepository::feedMaxAgeDays() const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(kFeedAgeKey);
    if (!q.exec() || !q.next())
        return score::kDefaultFeedMaxAgeDays;
    bool ok = false;
    const int days = q.value(0).toString().toInt(&ok);
    // A value written by hand or damaged falls back to the default.
    return ok && days >= 1 && days <= 3650 ? days : score::kDefaultFeedMaxAgeDays;
}

Status ScoreRepository::setFeedMaxAgeDays(int days)
{
    if (days < 1 || days > 3650)
        return Status::failure(
            ScoreRepositoryText::tr("The age of a current feed is between 1 and 3650 days."));
    const int before = feedMaxAgeDays();
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(kFeedAgeKey);
    q.addBindValue(QString::number(days));
    if (!q.exec())
        return writeFailed(q);
    if (before != days) {
        if (Status s = AuditLog(m_db).record(kFeedAgeKey, 0, QStringLiteral("update"),
                                             QStringLiteral("days"), QString::number(before),
                                             QString::number(days));
            !s)
            return s;
    }
    return tx.commit();
}

} // namespace store
} // namespace kamae

#pragma once

#include "core/Result.h"
#include "domain/Person.h"
#include "reminders/Reminder.h"
#include "training/Coverage.h"
#include "training/TrainingRepository.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

// The training module's duties as reminders, grouped so that a company of
// 300 gets a few lines, not one per person (docs/training.md, "Reminders").
// Each opens the Training page with the course's id as the record and the
// kind as the place's key (ui::PlaceRequest{"training", course id, kind}).
namespace kamae {
namespace training {

namespace kind {
// Renewals and first (onboarding) deadlines of one course falling in one
// month: "Phishing and Emotet: 12 people due by 2026/12/31".
inline const QString CourseDue = QStringLiteral("training_due");
// Everyone overdue for one course (required, never or no longer current).
inline const QString CourseOverdue = QStringLiteral("training_overdue");
// Follow-up assignments of one course due in one month (overdue ones
// included in the month of their due date).
inline const QString FollowUpDue = QStringLiteral("training_follow_up");
} // namespace kind

// The grouped reminders on `today` from a coverage computed for today. Pure.
QVector<reminders::Reminder> trainingReminders(const QVector<domain::Person> &people,
                                               const store::TrainingRecords &records,
                                               const Coverage &coverage, const QDate &today);

// The module's reminder source (ModuleInfo::reminderSources).
Result<QVector<reminders::Reminder>> trainingReminderSource(store::Database &db,
                                                            const QDate &today);

} // namespace training
} // namespace kamae

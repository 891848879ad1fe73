#pragma once

#include "bcp/BcpRecords.h"
#include "domain/Person.h"

#include <QDate>

#include <optional>

class QWidget;

namespace kamae {
namespace ui {

// Records or edits a BCP exercise: its kind, date (not after today),
// scenario, who took part (from the people list), what it found and the
// follow-up actions with their owner, due date and done date. The exercise
// as edited, or nothing when the dialog was cancelled.
std::optional<domain::BcpExercise> editBcpExercise(const domain::BcpExercise &exercise,
                                                   const QVector<domain::Person> &people,
                                                   QDate today, QWidget *parent);

// Who approved the draft about to be published as version `number`, and a note.
struct BcpApproval
{
    qint64 id = 0; // never stored: the dialog always "adds"
    qint64 approverId = 0;
    QString note;
};
std::optional<BcpApproval> askBcpApproval(int number, const QVector<domain::Person> &people,
                                          QWidget *parent);

} // namespace ui
} // namespace kamae

#pragma once

#include "bcp/BcpBusinessDialog.h"
#include "bcp/BcpRecords.h"
#include "domain/Person.h"

#include <QDate>

#include <optional>

namespace kamae {
namespace ui {

// The small editors of the plan's lists: a role of the emergency
// organisation (様式03), a bottleneck resource (16-2), a pre-incident
// investment (09), a contact (11, 12) and an insurance policy (18). Each
// returns the entry as edited, or nothing when the dialog was cancelled.
std::optional<domain::BcpRole> editBcpRole(const domain::BcpRole &role,
                                           const QVector<domain::Person> &people, QWidget *parent);
std::optional<domain::BcpBottleneck> editBcpBottleneck(const domain::BcpBottleneck &bottleneck,
                                                       const BcpAssetChoices &assets,
                                                       QWidget *parent);
std::optional<domain::BcpInvestment> editBcpInvestment(const domain::BcpInvestment &investment,
                                                       QWidget *parent);
std::optional<domain::BcpContact> editBcpContact(const domain::BcpContact &contact,
                                                 const QVector<domain::Person> &people,
                                                 QWidget *parent);
std::optional<domain::BcpInsurance> editBcpInsurance(const domain::BcpInsurance &insurance,
                                                     QWidget *parent);

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

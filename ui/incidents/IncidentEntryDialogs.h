#pragma once

#include "domain/Person.h"
#include "incidents/IncidentRecords.h"

#include <QPair>
#include <QString>
#include <QVector>
#include <QWidget>

#include <optional>

namespace kamae {
namespace ui {

// The small editors of the incidents page, each declared as rows
// (widgets/RecordDialog): a new incident (kind, title, detection, who
// found it, drill), a directory entry, a partner to inform, a timeline
// entry, a follow-up action and a playbook step. Each returns the record
// as edited, or nothing when the dialog was cancelled.
std::optional<domain::Incident> newIncident(const domain::Incident &incident,
                                            const QVector<domain::Person> &people, QWidget *parent);
// `industry`: the organisation's, offered as the ministry entry's region.
std::optional<domain::IncidentContact> editIncidentContact(const domain::IncidentContact &contact,
                                                           const QVector<domain::Person> &people,
                                                           const QString &industry,
                                                           QWidget *parent);
std::optional<domain::IncidentPartner> editIncidentPartner(const domain::IncidentPartner &partner,
                                                           QWidget *parent);
std::optional<domain::TimelineEntry> editTimelineEntry(const domain::TimelineEntry &entry,
                                                       const QVector<domain::Person> &people,
                                                       QWidget *parent);
std::optional<domain::IncidentAction> editIncidentAction(const domain::IncidentAction &action,
                                                         const QVector<domain::Person> &people,
                                                         QWidget *parent);
// Everything about an incident but its lists (IncidentDetailsDialog.cpp):
// kind, title, status, drill, who found it, the six times, the assets it
// affected (`assets`: the register's), the personal data, cause, lessons.
std::optional<domain::Incident> editIncidentDetails(const domain::Incident &incident,
                                                    const QVector<domain::Person> &people,
                                                    const QVector<QPair<qint64, QString>> &assets,
                                                    QWidget *parent);
std::optional<domain::PlaybookStep> editPlaybookStep(const domain::PlaybookStep &step,
                                                     QWidget *parent);

} // namespace ui
} // namespace kamae

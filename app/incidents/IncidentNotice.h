#pragma once

#include "incidents/IncidentRecords.h"

#include <QString>
#include <QTimeZone>
#include <QVector>

// Telling business partners (the METI alert: Emotet spreads between
// business partners, so share the situation with them). The list is the
// partners whose kinds include the incident's; the message is a draft in
// the message's own language ("ja" or "en"; anything else is English),
// kept here in both rather than translated with the interface, like the
// BCP's starting texts: it is the company's letter, which the user adapts.
namespace kamae {
namespace incidents {

// The partners to inform of this incident, in the list's order.
QVector<domain::IncidentPartner> partnersToInform(const domain::Incident &incident,
                                                  const QVector<domain::IncidentPartner> &all);

struct NoticeDraft
{
    QString subject;
    QString body;
};

// The draft for one partner (its name and contact person in the salutation;
// an empty name gives a letter to all). `company` signs it, `replyTo` is
// how to answer (a phone number or address; may be empty).
NoticeDraft partnerNotice(const domain::Incident &incident, const domain::IncidentPartner &partner,
                          const QString &company, const QString &replyTo, const QString &language,
                          const QTimeZone &zone);

} // namespace incidents
} // namespace kamae

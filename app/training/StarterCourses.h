#pragma once

#include "training/TrainingRecords.h"

#include <QString>
#include <QVector>

// Kamae's starter catalogue: the lessons of the METI alert and the Emotet
// alert (shared/seeds) as courses a company can adopt as they are or edit.
// Their titles and notes are stored as the English source (a key) while
// the user has not changed them, and shown in the language current when
// they are read, as domain/KamaeText does for the built-in backup job.
namespace kamae {
namespace training {

// The stable keys (Course::builtin) of the starter courses.
namespace starter {
inline const QString PhishingEmotet = QStringLiteral("phishing_emotet");
inline const QString PasswordsMfa = QStringLiteral("passwords_mfa");
inline const QString IncidentReporting = QStringLiteral("incident_reporting");
inline const QString InformationHandling = QStringLiteral("information_handling");
inline const QString PhysicalSecurity = QStringLiteral("physical_security");
inline const QString BcpDrill = QStringLiteral("bcp_drill");
inline const QString Executives = QStringLiteral("executives");
inline const QString Administrators = QStringLiteral("administrators");
// The follow-up Kamae proposes for people who clicked in two drills.
inline const QString PhishingFollowUp = QStringLiteral("phishing_follow_up");
} // namespace starter

// Every starter course, in catalogue order, with its texts as keys
// (English source). Pass them through shownCourse() to display them.
QVector<domain::Course> starterCourses();
// The starter course with this key, texts as keys; an empty course
// (builtin empty) for an unknown key.
domain::Course starterCourse(const QString &key);

// A course as the store keeps it: a starter course's title and notes that
// are still Kamae's own text (in any language Kamae ships) become the key.
domain::Course storedCourse(domain::Course course);
// A course as a person reads it: a starter course's title and notes that
// are still keys in the current language; anything the user wrote as is.
domain::Course shownCourse(domain::Course course);

} // namespace training
} // namespace kamae

#pragma once

#include "incidents/IncidentRecords.h"

#include <QDate>
#include <QString>
#include <QVector>

// The directory Kamae prefills: the public bodies a company calls in an
// incident, each with what it is for and when to call. Kamae ships no
// phone number it cannot stand behind: where a number may change it ships
// the official page's name (and its address) and leaves the number to the
// user; the one number it ships is the police's national short number
// #9110. Each entry says when it was last checked; Kamae's own entries
// were verified on kDefaultsVerifiedOn against the sources listed in
// docs/incidents.md. Names, purposes and when-to-call texts are keys
// (English source) while unchanged, shown in the reader's language.
namespace kamae {
namespace incidents {

// The day the shipped entries were checked against their official pages.
inline constexpr int kDefaultsVerifiedYear = 2026;
inline constexpr int kDefaultsVerifiedMonth = 12;
inline constexpr int kDefaultsVerifiedDay = 3;
QDate defaultsVerifiedOn();

// The stable keys of the shipped entries (IncidentContact::builtin).
namespace contactkey {
inline const QString Ipa = QStringLiteral("ipa_desk");
inline const QString Jpcert = QStringLiteral("jpcert_cc");
inline const QString Police = QStringLiteral("police");
inline const QString Ministry = QStringLiteral("ministry");
inline const QString Ppc = QStringLiteral("ppc");
inline const QString Otasuketai = QStringLiteral("otasuketai");
inline const QString Insurer = QStringLiteral("insurer");
} // namespace contactkey

// The prefilled directory, texts as keys: the police entry names
// `prefecture` (empty: the user picks it), the ministry entry the ministry
// Kamae suggests for `industry` (empty when it cannot tell). The verified
// entries are dated defaultsVerifiedOn(), or `today` if that is earlier (a
// clock set back).
QVector<domain::IncidentContact> defaultContacts(const QString &prefecture, const QString &industry,
                                                 const QDate &today);

// The entry Kamae ships under `contact`'s key (texts as keys), keeping
// the contact's id and region (the prefecture, the industry); `contact`
// itself when Kamae ships no entry under its key.
domain::IncidentContact restoredContact(const domain::IncidentContact &contact, const QDate &today);

// The supervising ministry for an industry as the Organisation page words
// it ("製造業（精密部品）" → "経済産業省"), by keywords; empty when none
// matches. A suggestion the user confirms: industries overlap.
QString suggestedMinistry(const QString &industry);

// The 47 prefectures, for the user's pick.
QStringList prefectures();

// A contact as the store keeps it (shipped texts become keys) and as a
// person reads it (keys in the current language).
domain::IncidentContact storedContact(domain::IncidentContact contact);
domain::IncidentContact shownContact(domain::IncidentContact contact);

} // namespace incidents
} // namespace kamae

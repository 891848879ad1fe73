#pragma once

#include <QString>

namespace kamae {
namespace vault {

// A printable second key: 24 characters from an alphabet without look-alikes
// (no 0/O, 1/I), 120 bits, shown as six groups of four.
QString generateRecoveryCode();

// What the user typed, reduced to the 24 significant characters (spaces,
// dashes and case ignored). Empty if it cannot be a recovery code.
QString normalizeRecoveryCode(const QString &typed);

QString formatRecoveryCode(const QString &normalized);

} // namespace vault
} // namespace kamae

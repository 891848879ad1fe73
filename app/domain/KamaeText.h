#pragma once

#include <QString>

namespace kamae {
namespace domain {

// Texts that Kamae itself writes into a vault: the name, method and copy
// descriptions of the built-in backup job ("Kamae vault"). They are stored
// as their English source text, a stable key, and shown in the language
// the reader uses, so that a Japanese window never shows "Kamae vault".
// What an earlier version stored in the language it ran in is recognised
// as the same key.
namespace kamaetext {

// The key (English source) for a text that is one of Kamae's own texts in
// any language or earlier wording; any other text unchanged.
QString key(const QString &text);
// Kamae's own text in the current language; any other text unchanged.
QString shown(const QString &text);
bool isKamaeText(const QString &text);

// The keys, for the code that writes them.
QString vaultJobName();
QString vaultJobMethod();
QString besideCopyLabel();
QString driveCopyLabel();

} // namespace kamaetext
} // namespace domain
} // namespace kamae

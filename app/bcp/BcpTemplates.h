#pragma once

#include <QString>

// The plan's starting texts, in the plan's language ("ja" or "en"; anything
// else is English): editable prose that a new plan starts from. They are
// the plan's content, written in one language for the binder, so they are
// kept here in both languages rather than translated with the interface.
namespace kamae {
namespace bcp {

// The cyber scenarios of the METI and IPA alerts, each with what happens,
// the first steps and who decides: ransomware, Emotet, tampering of the
// website, and a system outage.
QString scenarioTemplate(const QString &language);
// The basic policy (様式02) with the guideline's three aims.
QString policyTemplate(const QString &language);
// The employee emergency card (様式04): safety first, whom to report to,
// the disaster message dial 171.
QString cardTemplate(const QString &language);

} // namespace bcp
} // namespace kamae

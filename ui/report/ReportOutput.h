#pragma once

#include "report/ReportDocument.h"

#include <QString>

#include <optional>

class QWidget;

namespace kamae {
namespace ui {

// Where the report goes: a PDF file or paper. The page builds it, these ask
// the person and hand it on; the page records what was issued.

// Asks where to save the report as PDF, proposing its default name in the
// report's `language` in the folder last used for reports. Empty when the
// person cancels.
QString askPdfPath(QWidget *parent, const QString &language, const QString &company);

// Asks for a printer and prints `document` whole, on A4. The number of
// pages printed; nothing when the person cancels or the printer fails (said
// in a message box).
std::optional<int> printOnPaper(QWidget *parent, const report::Document &document);

} // namespace ui
} // namespace kamae

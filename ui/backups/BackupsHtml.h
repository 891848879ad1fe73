#pragma once

// What the Backups page's parts share: its texts' context and its pieces of
// rich text.

#include "backups/BackupRules.h"

#include <QCoreApplication>

namespace kamae {
namespace ui {

// The page's texts keep the page's context in the parts that moved to files
// of their own, so that their translations stay with them. Name it directly
// (`BackupsPageText::tr`): lupdate does not follow an alias.
struct BackupsPageText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::BackupsPage)
};

// The company over the jobs table: the summary's sentence, and which jobs
// fail which part of 3-2-1-1-0.
QString companySummaryHtml(const backups::CompanySummary &summary);
// A job's 3-2-1-1-0 checks and when its duties fall due.
QString jobRulesHtml(const domain::BackupJob &job, const backups::JobStatus &status);

} // namespace ui
} // namespace kamae

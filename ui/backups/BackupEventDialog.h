#pragma once

#include "domain/Backup.h"
#include "widgets/RecordDialog.h"

#include <memory>

namespace kamae {
namespace ui {

// Records one run, restore test or air-gap check of a job; run() returns
// the event as entered.
std::unique_ptr<RecordDialog<domain::BackupEvent>>
makeBackupEventDialog(const domain::BackupEvent &event, const QString &jobName,
                      QWidget *parent = nullptr);

} // namespace ui
} // namespace kamae

#include "backups/BackupEventDialog.h"

#include "backups/BackupRules.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace kamae {
namespace ui {

using domain::BackupEventKind;
using domain::BackupResult;

namespace {
// The texts keep the context they had as a class.
struct EventText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::BackupEventDialog)
};

// An air-gap check's result, said as what the person saw, not as a generic
// result.
QString airGapResult(BackupResult result)
{
    switch (result) {
    case BackupResult::Success:
        return EventText::tr("Disconnected and readable");
    case BackupResult::Warnings:
        return EventText::tr("Readable, but it was still connected");
    case BackupResult::Failed:
        break;
    }
    return EventText::tr("Not readable, or missing");
}

Text titleOf(BackupEventKind kind, const QString &jobName)
{
    return [kind, jobName] {
        switch (kind) {
        case BackupEventKind::Run:
            break;
        case BackupEventKind::RestoreTest:
            return EventText::tr("Record a restore test — %1").arg(jobName);
        case BackupEventKind::AirGapCheck:
            return EventText::tr("Record an air-gap check — %1").arg(jobName);
        }
        return EventText::tr("Record a backup run — %1").arg(jobName);
    };
}
} // namespace

std::unique_ptr<RecordDialog<domain::BackupEvent>>
makeBackupEventDialog(const domain::BackupEvent &event, const QString &jobName, QWidget *parent)
{
    using R = domain::BackupEvent;
    const BackupEventKind kind = event.kind;
    R start = event;
    if (kind != BackupEventKind::RestoreTest)
        start.minutes = -1; // only a restore test says how long it took
    auto d = std::make_unique<RecordDialog<R>>(QStringLiteral("BackupEventDialog"), start, parent);
    const Text title = titleOf(kind, jobName);
    d->setTexts(title, title, nullptr);
    const Text save = [] {
        return EventText::tr("Save");
    };
    d->setOkTexts(save, save);
    d->day([] { return EventText::tr("&Date:"); }, &R::date, "dateEdit", clock::today());
    d->choice([] { return EventText::tr("&Result:"); }, &R::result, "resultCombo",
              domain::kBackupResultCount,
              kind == BackupEventKind::AirGapCheck ? &airGapResult : &backups::BackupText::result);
    switch (kind) {
    case BackupEventKind::Run:
        break;
    case BackupEventKind::RestoreTest:
        d->setPlaceholder(
            d->line([] { return EventText::tr("&What was restored:"); }, &R::subject,
                    "subjectEdit"),
            [] { return EventText::tr("e.g. the accounting folder of last Friday"); });
        d->count([] { return EventText::tr("&Time it took:"); }, &R::minutes, "minutesEdit", -1,
                 60 * 24 * 30, [] { return EventText::tr(" min"); },
                 [] { return EventText::tr("not recorded"); });
        break;
    case BackupEventKind::AirGapCheck:
        d->setPlaceholder(
            d->line([] { return EventText::tr("&Which copy:"); }, &R::subject, "subjectEdit"),
            [] { return EventText::tr("e.g. USB disk B in the safe"); });
        break;
    }
    d->line([] { return EventText::tr("Done &by:"); }, &R::performedBy, "byEdit");
    QPlainTextEdit *notes = d->notes(
        [kind] {
            return kind == BackupEventKind::RestoreTest ? EventText::tr("&Evidence:")
                                                        : EventText::tr("&Notes:");
        },
        &R::notes, "notesEdit", 0);
    d->setPlaceholder(notes, [kind] {
        switch (kind) {
        case BackupEventKind::Run:
            break;
        case BackupEventKind::RestoreTest:
            return EventText::tr(
                "Evidence: where it was restored to, who checked the files, a ticket number");
        case BackupEventKind::AirGapCheck:
            return EventText::tr("How it was checked, where the copy is kept");
        }
        return EventText::tr("Errors or warnings the backup reported");
    });
    d->addCheck([dialog = d.get()]() -> FormDialog::Problem {
        return {backups::eventProblem(dialog->record()), nullptr};
    });
    d->startWidth(520);
    return d;
}

} // namespace ui
} // namespace kamae

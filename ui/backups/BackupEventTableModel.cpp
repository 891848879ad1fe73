#include "backups/BackupEventTableModel.h"

#include "backups/BackupRules.h"
#include "i18n/Language.h"

#include <QBrush>
#include <QColor>

namespace kamae {
namespace ui {

BackupEventTableModel::BackupEventTableModel(QObject *parent)
    : RecordTableModel({QT_TR_NOOP("Date"), QT_TR_NOOP("Record"), QT_TR_NOOP("Result"),
                        QT_TR_NOOP("What / which copy"), QT_TR_NOOP("Time taken"), QT_TR_NOOP("By"),
                        QT_TR_NOOP("Notes and evidence")},
                       parent)
{}

QVariant BackupEventTableModel::cellData(int row, int column, int role) const
{
    const domain::BackupEvent &e = record(row);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case DateColumn:
            return i18n::formatDate(e.date);
        case KindColumn:
            return backups::BackupText::eventKind(e.kind);
        case ResultColumn:
            return backups::BackupText::result(e.result);
        case SubjectColumn:
            return e.subject;
        case DurationColumn:
            return e.minutes < 0 ? QString() : tr("%n min", nullptr, e.minutes);
        case ByColumn:
            return e.performedBy;
        case NotesColumn:
            return role == Qt::DisplayRole ? QString(e.notes).replace(QLatin1Char('\n'), u' ')
                                           : e.notes;
        }
        return {};
    }
    if (role == SortRole) {
        switch (column) {
        case DateColumn:
            return e.date.toJulianDay() * 1000000 + e.id;
        case DurationColumn:
            return e.minutes;
        case ResultColumn:
            return static_cast<int>(e.result);
        }
        return {};
    }
    if (role == Qt::ForegroundRole && column == ResultColumn &&
        e.result != domain::BackupResult::Success)
        return QBrush(e.result == domain::BackupResult::Failed ? QColor(0xc6, 0x28, 0x28)
                                                               : QColor(0xb2, 0x6a, 0x00));
    return {};
}

} // namespace ui
} // namespace kamae

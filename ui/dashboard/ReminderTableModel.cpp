#include "dashboard/ReminderTableModel.h"

#include "i18n/Language.h"
#include "reminders/Reminders.h"

#include <QBrush>
#include <QColor>

namespace kamae {
namespace ui {

using reminders::ReminderState;
using reminders::ReminderText;

ReminderTableModel::ReminderTableModel(QObject *parent)
    : RecordTableModel({QT_TR_NOOP("State"), QT_TR_NOOP("Due"), QT_TR_NOOP("What"),
                        QT_TR_NOOP("Module"), QT_TR_NOOP("When")},
                       parent)
{}

void ReminderTableModel::setReminders(QVector<reminders::Reminder> reminders, const QDate &today)
{
    resetRecords(std::move(reminders), [&] { m_today = today; });
}

QVariant ReminderTableModel::cellData(int row, int column, int role) const
{
    const reminders::Reminder &r = record(row);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case StateColumn:
            return r.state == ReminderState::Overdue ? tr("Overdue") : tr("This week");
        case DueColumn:
            return i18n::formatDate(r.due);
        case TitleColumn:
            return r.title;
        case ModuleColumn:
            return ReminderText::module(r.module);
        case WhenColumn:
            return ReminderText::when(r, m_today);
        }
        return {};
    }
    if (role == SortRole) {
        switch (column) {
        case StateColumn:
            // Overdue first, the most severe first within.
            return -(static_cast<int>(r.state) * 10 + static_cast<int>(r.severity));
        case DueColumn:
        case WhenColumn:
            return r.due.toJulianDay();
        }
        return {};
    }
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\n%2\n%3")
            .arg(r.title, r.detail, tr("Severity: %1").arg(ReminderText::severity(r.severity)));
    if (role == Qt::ForegroundRole && (column == StateColumn || column == WhenColumn))
        return r.state == ReminderState::Overdue ? QBrush(QColor(0xc6, 0x28, 0x28))
                                                 : QBrush(QColor(0xb2, 0x6a, 0x00));
    if (role == Qt::FontRole && column == TitleColumn &&
        r.severity == reminders::ReminderSeverity::Critical)
        return boldFont();
    return {};
}

} // namespace ui
} // namespace kamae

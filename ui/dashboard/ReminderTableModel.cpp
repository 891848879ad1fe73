#include "dashboard/ReminderTableModel.h"

#include "i18n/Language.h"
#include "reminders/Reminders.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace kamae {
namespace ui {

using reminders::ReminderState;
using reminders::ReminderText;

ReminderTableModel::ReminderTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReminderTableModel::setReminders(QVector<reminders::Reminder> reminders, const QDate &today)
{
    beginResetModel();
    m_reminders = std::move(reminders);
    m_today = today;
    endResetModel();
}

int ReminderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reminders.size());
}

int ReminderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReminderTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_reminders.size())
        return {};
    const reminders::Reminder &r = m_reminders.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
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
        switch (index.column()) {
        case StateColumn:
            // Overdue first, the most severe first within.
            return -(static_cast<int>(r.state) * 10 + static_cast<int>(r.severity));
        case DueColumn:
        case WhenColumn:
            return r.due.toJulianDay();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\n%2\n%3")
            .arg(r.title, r.detail, tr("Severity: %1").arg(ReminderText::severity(r.severity)));
    if (role == Qt::ForegroundRole &&
        (index.column() == StateColumn || index.column() == WhenColumn))
        return r.state == ReminderState::Overdue ? QBrush(QColor(0xc6, 0x28, 0x28))
                                                 : QBrush(QColor(0xb2, 0x6a, 0x00));
    if (role == Qt::FontRole && index.column() == TitleColumn &&
        r.severity == reminders::ReminderSeverity::Critical) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant ReminderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case DueColumn:
        return tr("Due");
    case TitleColumn:
        return tr("What");
    case ModuleColumn:
        return tr("Module");
    case WhenColumn:
        return tr("When");
    }
    return {};
}

} // namespace ui
} // namespace kamae

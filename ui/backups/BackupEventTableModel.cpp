#include "backups/BackupEventTableModel.h"

#include "backups/BackupRules.h"
#include "i18n/Language.h"

#include <QBrush>
#include <QColor>

namespace kamae {
namespace ui {

BackupEventTableModel::BackupEventTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void BackupEventTableModel::setEvents(QVector<domain::BackupEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int BackupEventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int BackupEventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupEventTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const domain::BackupEvent &e = m_events.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
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
        switch (index.column()) {
        case DateColumn:
            return e.date.toJulianDay() * 1000000 + e.id;
        case DurationColumn:
            return e.minutes;
        case ResultColumn:
            return static_cast<int>(e.result);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ResultColumn &&
        e.result != domain::BackupResult::Success)
        return QBrush(e.result == domain::BackupResult::Failed ? QColor(0xc6, 0x28, 0x28)
                                                               : QColor(0xb2, 0x6a, 0x00));
    return {};
}

QVariant BackupEventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Record");
    case ResultColumn:
        return tr("Result");
    case SubjectColumn:
        return tr("What / which copy");
    case DurationColumn:
        return tr("Time taken");
    case ByColumn:
        return tr("By");
    case NotesColumn:
        return tr("Notes and evidence");
    }
    return {};
}

} // namespace ui
} // namespace kamae

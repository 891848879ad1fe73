#include "training/CoverageSummaryModel.h"

#include "training/TrainingText.h"

#include <QBrush>
#include <QColor>

namespace kamae {
namespace ui {

CoverageSummaryModel::CoverageSummaryModel(Kind kind, QObject *parent)
    : RecordTableModel(ColumnCount, parent), m_kind(kind)
{
    setAlignment(
        {PeopleColumn, RequiredColumn, DoneColumn, DueSoonColumn, OverdueColumn, ShareColumn},
        Qt::AlignRight | Qt::AlignVCenter);
}

QString CoverageSummaryModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return m_kind == Kind::Courses ? tr("Course") : tr("Department");
    case PeopleColumn:
        return tr("People");
    case RequiredColumn:
        return tr("Required");
    case DoneColumn:
        return tr("Done");
    case DueSoonColumn:
        return tr("Due soon");
    case OverdueColumn:
        return tr("Overdue");
    case ShareColumn:
        return tr("Coverage");
    default:
        return {};
    }
}

QVariant CoverageSummaryModel::cellData(int row, int column, int role) const
{
    const CoverageSummaryRow &r = record(row);
    const training::CoverageCounts &c = r.counts;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return r.name.isEmpty() && m_kind == Kind::Departments ? tr("(no department)") : r.name;
        case PeopleColumn:
            return r.people < 0 ? QString() : QString::number(r.people);
        case RequiredColumn:
            return QString::number(c.required);
        case DoneColumn:
            return QString::number(c.current);
        case DueSoonColumn:
            return QString::number(c.dueSoon);
        case OverdueColumn:
            return QString::number(c.overdue);
        case ShareColumn:
            return TrainingText::share(c);
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (column) {
        case NameColumn:
            // "No department" last, as the core orders it.
            return r.name.isEmpty() ? QStringLiteral("\uffff") : r.name;
        case PeopleColumn:
            return r.people;
        case RequiredColumn:
            return c.required;
        case DoneColumn:
            return c.current;
        case DueSoonColumn:
            return c.dueSoon;
        case OverdueColumn:
            return c.overdue;
        case ShareColumn:
            return c.share();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == ShareColumn)
        return tr("Done ÷ (done + overdue): people still before their deadline are not counted "
                  "yet.");
    if (role == Qt::ForegroundRole && column == OverdueColumn && c.overdue > 0)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    return {};
}

} // namespace ui
} // namespace kamae

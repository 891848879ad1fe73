#include "training/CoverageSummaryModel.h"

#include "training/TrainingText.h"

#include <QBrush>
#include <QColor>

namespace kamae {
namespace ui {

CoverageSummaryModel::CoverageSummaryModel(Kind kind, QObject *parent)
    : RecordTableModel({QT_TR_NOOP("Course"), QT_TR_NOOP("Coverage"), QT_TR_NOOP("Overdue"),
                        QT_TR_NOOP("Due soon"), QT_TR_NOOP("Done"), QT_TR_NOOP("Required"),
                        QT_TR_NOOP("People")},
                       parent),
      m_kind(kind)
{
    setAlignment(
        {PeopleColumn, RequiredColumn, DoneColumn, DueSoonColumn, OverdueColumn, ShareColumn},
        Qt::AlignRight | Qt::AlignVCenter);
}

QString CoverageSummaryModel::columnTitle(int column) const
{
    if (column == NameColumn && m_kind == Kind::Departments)
        return tr("Department");
    return RecordTableModel::columnTitle(column);
}

QVariant CoverageSummaryModel::cellData(int row, int column, int role) const
{
    const CoverageSummaryRow &r = record(row);
    const training::CoverageCounts &c = r.counts;
    switch (column) {
    case NameColumn:
        // "No department" last, as the core orders it.
        return sortedCell(role, r.name.isEmpty() ? QStringLiteral("\uffff") : r.name,
                          r.name.isEmpty() && m_kind == Kind::Departments ? tr("(no department)")
                                                                          : r.name);
    case PeopleColumn:
        return sortedCell(role, r.people, r.people < 0 ? QString() : QString::number(r.people));
    case RequiredColumn:
        return countCell(role, c.required);
    case DoneColumn:
        return countCell(role, c.current);
    case DueSoonColumn:
        return countCell(role, c.dueSoon);
    case OverdueColumn:
        if (role == Qt::ForegroundRole && c.overdue > 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return countCell(role, c.overdue);
    case ShareColumn:
        if (role == Qt::ToolTipRole)
            return tr("Done ÷ (done + overdue): people still before their deadline are not "
                      "counted yet.");
        return sortedCell(role, c.share(), TrainingText::share(c));
    default:
        return {};
    }
}

} // namespace ui
} // namespace kamae

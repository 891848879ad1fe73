#include "training/DrillResultTableModel.h"

#include "training/DrillsText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>
#include <limits>

namespace kamae {
namespace ui {

namespace {

const QColor kRed(0xc6, 0x28, 0x28);
const QColor kGreen(0x2e, 0x7d, 0x32);

} // namespace

DrillResultTableModel::DrillResultTableModel(QObject *parent)
    : RecordTableModel({QT_TR_NOOP("Person"), QT_TR_NOOP("Department"), QT_TR_NOOP("Delivered"),
                        QT_TR_NOOP("Opened"), QT_TR_NOOP("Clicked"), QT_TR_NOOP("Entered data"),
                        QT_TR_NOOP("Reported"), QT_TR_NOOP("Time to report"), QT_TR_NOOP("E-mail")},
                       parent)
{
    setAlignment({DeliveredColumn, OpenedColumn, ClickedColumn, SubmittedColumn, ReportedColumn},
                 Qt::AlignCenter);
    setAlignment({TimeToReportColumn}, Qt::AlignRight | Qt::AlignVCenter);
}

void DrillResultTableModel::setResults(const QVector<domain::PhishingResult> &results,
                                       const QVector<domain::Person> &people)
{
    QVector<DrillResultRow> rows;
    rows.reserve(results.size());
    for (const domain::PhishingResult &r : results) {
        DrillResultRow row;
        row.id = r.id;
        row.result = r;
        if (const domain::Person *p = domain::findPerson(people, r.personId)) {
            row.matched = true;
            row.person = p->name;
            row.department = p->kind == domain::PersonKind::Department ? p->name : p->department;
        } else {
            row.person = r.name;
        }
        rows.append(std::move(row));
    }
    setRecords(std::move(rows));
}

int DrillResultTableModel::unmatchedCount() const
{
    return static_cast<int>(std::count_if(records().cbegin(), records().cend(),
                                          [](const DrillResultRow &r) { return !r.matched; }));
}

std::optional<qint64> DrillResultTableModel::secondsToReport(const domain::PhishingResult &r)
{
    if (!r.reported || !r.reportedAt.isValid() || !r.sentAt.isValid() || r.reportedAt < r.sentAt)
        return std::nullopt;
    return r.sentAt.secsTo(r.reportedAt);
}

QVariant DrillResultTableModel::cellData(int row, int column, int role) const
{
    const DrillResultRow &d = record(row);
    const domain::PhishingResult &r = d.result;
    const bool flags[] = {r.delivered, r.opened, r.clicked, r.submitted, r.reported};
    const bool isFlag = column >= DeliveredColumn && column <= ReportedColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (isFlag)
            return DrillsText::mark(flags[column - DeliveredColumn]);
        switch (column) {
        case PersonColumn:
            // Unmatched: the address is what finds the entry it belongs to.
            return d.matched ? d.person : r.email;
        case EmailColumn:
            return r.email;
        case DepartmentColumn:
            return d.matched ? d.department : tr("Not in the people list");
        case TimeToReportColumn:
            return DrillsText::duration(secondsToReport(r));
        }
        return {};
    case Qt::ToolTipRole:
        if (!d.matched && (column == PersonColumn || column == DepartmentColumn)) {
            const QString who =
                d.person.isEmpty() ? r.email : QStringLiteral("%1 (%2)").arg(r.email, d.person);
            return tr("%1: no entry of the people list has this address. Add it to someone's "
                      "entry, then link the unmatched results.")
                .arg(who);
        }
        return {};
    case SortRole:
        if (isFlag)
            return flags[column - DeliveredColumn] ? 1 : 0;
        if (column == TimeToReportColumn) {
            const auto s = secondsToReport(r);
            return s ? *s : std::numeric_limits<qint64>::max();
        }
        return {};
    case Qt::ForegroundRole:
        if (!d.matched && column != EmailColumn)
            return QBrush(QColor(0x75, 0x75, 0x75));
        if ((column == ClickedColumn && r.clicked) || (column == SubmittedColumn && r.submitted))
            return QBrush(kRed);
        if (column == ReportedColumn && r.reported)
            return QBrush(kGreen);
        return {};
    case Qt::FontRole:
        if (!d.matched && (column == PersonColumn || column == DepartmentColumn)) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        if (isFlag && flags[column - DeliveredColumn])
            return boldFont();
        return {};
    default:
        return {};
    }
}

} // namespace ui
} // namespace kamae

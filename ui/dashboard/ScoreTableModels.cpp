#include "dashboard/ScoreTableModels.h"

#include "score/ScoreJson.h"

#include <QColor>
#include <QLocale>

namespace kamae {
namespace ui {

QString pointsText(double points)
{
    return QLocale().toString(score::roundedPoints(points), 'f', 1);
}

ActionTableModel::ActionTableModel(QObject *parent)
    : RecordTableModel({QT_TR_NOOP("#"), QT_TR_NOOP("Next action"), QT_TR_NOOP("Points"),
                        QT_TR_NOOP("Effort"), QT_TR_NOOP("Where"), QT_TR_NOOP("Owner")},
                       parent)
{
    setAlignment({RankColumn, PointsColumn}, Qt::AlignRight | Qt::AlignVCenter);
}

void ActionTableModel::setActions(QVector<score::Action> actions, QStringList owners)
{
    resetRecords(std::move(actions), [&] { m_owners = std::move(owners); });
}

QVariant ActionTableModel::cellData(int row, int column, int role) const
{
    const score::Action &a = record(row);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case RankColumn:
            return row + 1;
        case TextColumn:
            return a.text;
        case PointsColumn:
            // An action that wins no points by design ("Assign an owner").
            if (a.actionOnly)
                return tr("no points");
            return tr("+%1").arg(pointsText(a.points));
        case EffortColumn:
            return score::ScoreText::effort(a.effort);
        case PlaceColumn:
            return score::ScoreText::place(a.place);
        case OwnerColumn: {
            const QString owner = m_owners.value(row);
            return owner.isEmpty() ? tr("Not assigned") : owner;
        }
        }
        return {};
    }
    if (role == Qt::ForegroundRole && column == OwnerColumn && m_owners.value(row).isEmpty())
        return QColor(Qt::gray);
    if (role == SortRole) {
        switch (column) {
        case RankColumn:
            return row;
        case PointsColumn:
            return a.points;
        case EffortColumn:
            return static_cast<int>(a.effort);
        }
    }
    return {};
}

FactorTableModel::FactorTableModel(QObject *parent)
    : RecordTableModel({QT_TR_NOOP("Measure"), QT_TR_NOOP("Factor"), QT_TR_NOOP("Kind"),
                        QT_TR_NOOP("Value"), QT_TR_NOOP("Points"), QT_TR_NOOP("Lost"),
                        QT_TR_NOOP("Basis"), QT_TR_NOOP("Measured from")},
                       parent)
{
    setAlignment({ValueColumn, PointsColumn, LostColumn}, Qt::AlignRight | Qt::AlignVCenter);
}

QVariant FactorTableModel::cellData(int row, int column, int role) const
{
    const score::Factor &f = record(row);
    if (role == CategoryRole)
        return static_cast<int>(f.category);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case CategoryColumn:
            return score::ScoreText::category(f.category);
        case TitleColumn:
            return f.title;
        case KindColumn:
            return score::ScoreText::kind(f.kind);
        case ValueColumn:
            if (!f.applies)
                return tr("n/a");
            if (!f.measured)
                return score::ScoreText::notRecorded();
            return QStringLiteral("%1%").arg(qRound(f.value * 100));
        case PointsColumn:
            return f.applies ? tr("%1 / %2").arg(pointsText(f.points), pointsText(f.maxPoints))
                             : tr("n/a");
        case LostColumn:
            return f.applies && f.lost() > 0.05 ? tr("−%1").arg(pointsText(f.lost())) : QString();
        case BasisColumn:
            return score::ScoreText::basis(f.basis);
        case InputsColumn:
            // Why it does not count, from the records when they say (a
            // self-assessment question that cannot apply).
            if (!f.applies)
                return f.inputs.isEmpty() ? tr("Not counted: nothing to measure yet.")
                                          : tr("Not counted (%1)").arg(f.inputs);
            if (!f.measured && !f.actions.isEmpty())
                return tr("%1 To measure it: %2").arg(f.inputs, f.actions.constFirst().text);
            return f.inputs;
        }
        return {};
    }
    if (role == SortRole) {
        switch (column) {
        case CategoryColumn:
            return static_cast<int>(f.category);
        case ValueColumn:
            return f.applies ? f.value : -1.0;
        case PointsColumn:
            return f.points;
        case LostColumn:
            return f.applies ? f.lost() : 0.0;
        }
    }
    return {};
}

} // namespace ui
} // namespace kamae

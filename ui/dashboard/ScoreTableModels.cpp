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

ActionTableModel::ActionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActionTableModel::setActions(QVector<score::Action> actions, QStringList owners)
{
    beginResetModel();
    m_actions = std::move(actions);
    m_owners = std::move(owners);
    endResetModel();
}

int ActionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

int ActionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_actions.size())
        return {};
    const score::Action &a = m_actions.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RankColumn:
            return index.row() + 1;
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
            const QString owner = m_owners.value(index.row());
            return owner.isEmpty() ? tr("Not assigned") : owner;
        }
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == OwnerColumn &&
        m_owners.value(index.row()).isEmpty())
        return QColor(Qt::gray);
    if (role == SortRole) {
        switch (index.column()) {
        case RankColumn:
            return index.row();
        case PointsColumn:
            return a.points;
        case EffortColumn:
            return static_cast<int>(a.effort);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == RankColumn || index.column() == PointsColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("#");
    case TextColumn:
        return tr("Next action");
    case PointsColumn:
        return tr("Points");
    case EffortColumn:
        return tr("Effort");
    case PlaceColumn:
        return tr("Where");
    case OwnerColumn:
        return tr("Owner");
    default:
        return {};
    }
}

FactorTableModel::FactorTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void FactorTableModel::setFactors(QVector<score::Factor> factors)
{
    beginResetModel();
    m_factors = std::move(factors);
    endResetModel();
}

int FactorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_factors.size());
}

int FactorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FactorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_factors.size())
        return {};
    const score::Factor &f = m_factors.at(index.row());
    if (role == CategoryRole)
        return static_cast<int>(f.category);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
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
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case CategoryColumn:
            return static_cast<int>(f.category);
        case ValueColumn:
            return f.applies ? f.value : -1.0;
        case PointsColumn:
            return f.points;
        case LostColumn:
            return f.applies ? f.lost() : 0.0;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == ValueColumn || index.column() == PointsColumn ||
         index.column() == LostColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FactorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CategoryColumn:
        return tr("Measure");
    case TitleColumn:
        return tr("Factor");
    case KindColumn:
        return tr("Kind");
    case ValueColumn:
        return tr("Value");
    case PointsColumn:
        return tr("Points");
    case LostColumn:
        return tr("Lost");
    case BasisColumn:
        return tr("Basis");
    case InputsColumn:
        return tr("Measured from");
    default:
        return {};
    }
}

} // namespace ui
} // namespace kamae

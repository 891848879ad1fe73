#pragma once

#include "score/Score.h"

#include <QAbstractTableModel>
#include <QVector>

namespace kamae {
namespace ui {

// The next actions: what wins the most points for the least work.
class ActionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionTableModel)

public:
    enum Column
    {
        RankColumn,
        TextColumn,
        PointsColumn,
        EffortColumn,
        PlaceColumn,
        OwnerColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ActionTableModel(QObject *parent = nullptr);

    // owners: the owner's name per action, empty for "not assigned".
    void setActions(QVector<score::Action> actions, QStringList owners = {});
    QString owner(int row) const { return m_owners.value(row); }
    const score::Action &action(int row) const { return m_actions.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<score::Action> m_actions;
    QStringList m_owners;
};

// Every factor of the score: what was measured, from what, and the points
// it earned and lost.
class FactorTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactorTableModel)

public:
    enum Column
    {
        CategoryColumn,
        TitleColumn,
        KindColumn,
        ValueColumn,
        PointsColumn,
        LostColumn,
        BasisColumn, // records or self-declared
        InputsColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int CategoryRole = Qt::UserRole + 2; // the Category as int

    explicit FactorTableModel(QObject *parent = nullptr);

    void setFactors(QVector<score::Factor> factors);
    const score::Factor &factor(int row) const { return m_factors.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<score::Factor> m_factors;
};

// "12.5": points as the dashboard, the report and `kamae score` show them.
QString pointsText(double points);

} // namespace ui
} // namespace kamae

#pragma once

#include "models/RecordTableModel.h"
#include "score/Score.h"

namespace kamae {
namespace ui {

// The next actions: what wins the most points for the least work.
class ActionTableModel final : public RecordTableModel<score::Action>
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

    explicit ActionTableModel(QObject *parent = nullptr);

    // owners: the owner's name per action, empty for "not assigned".
    void setActions(QVector<score::Action> actions, QStringList owners = {});
    QString owner(int row) const { return m_owners.value(row); }
    const score::Action &action(int row) const { return record(row); }

protected:
    QVariant cellData(int row, int column, int role) const override;

private:
    QStringList m_owners;
};

// Every factor of the score: what was measured, from what, and the points
// it earned and lost.
class FactorTableModel final : public RecordTableModel<score::Factor>
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
    static constexpr int CategoryRole = FirstOwnRole; // the Category as int

    explicit FactorTableModel(QObject *parent = nullptr);

    void setFactors(QVector<score::Factor> factors) { setRecords(std::move(factors)); }
    const score::Factor &factor(int row) const { return record(row); }

protected:
    QVariant cellData(int row, int column, int role) const override;
};

// "12.5": points as the dashboard, the report and `kamae score` show them.
QString pointsText(double points);

} // namespace ui
} // namespace kamae

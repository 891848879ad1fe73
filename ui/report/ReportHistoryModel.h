#pragma once

#include "report/Report.h"

#include <QAbstractTableModel>
#include <QVector>

namespace kamae {
namespace ui {

// The reports issued from this vault, one row each, as ReportRepository
// lists them (newest first). Read-only: the page removes entries through
// the repository and then hands the model the new list.
class ReportHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportHistoryModel)

public:
    enum Column
    {
        // The score second: the left column shows about three columns.
        IssuedColumn,
        ScoreColumn,
        LanguageColumn,
        PeriodColumn,
        PagesColumn,
        WhereColumn,
        ColumnCount
    };
    enum Role
    {
        // Dates, numbers and paths in an order that sorts right.
        SortRole = Qt::UserRole + 1,
        IdRole,
        DestinationRole, // the stored destination: a file path or "print"
    };

    explicit ReportHistoryModel(QObject *parent = nullptr);

    void setRecords(const QVector<report::ReportRecord> &records);
    const report::ReportRecord &record(int row) const { return m_records.at(row); }
    // The row of the entry with this id, -1 if none.
    int rowOf(qint64 id) const;
    // Texts follow the window's language.
    void retranslate();

    static bool isPrinted(const report::ReportRecord &record);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const report::ReportRecord &r, int column) const;

    QVector<report::ReportRecord> m_records;
};

} // namespace ui
} // namespace kamae

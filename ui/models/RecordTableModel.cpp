#include "models/RecordTableModel.h"

#include <QFont>

#include <algorithm>

namespace kamae {
namespace ui {

QString foldForSearch(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

TableModel::TableModel(std::initializer_list<const char *> titles, QObject *parent)
    : QAbstractTableModel(parent), m_titles(titles), m_columnCount(static_cast<int>(titles.size()))
{}

TableModel::TableModel(int columnCount, QObject *parent)
    : QAbstractTableModel(parent), m_columnCount(columnCount)
{}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == IdRole)
        return rowId(row);
    QVariant value = cellData(row, column, role);
    if (!value.isValid() && role == SortRole)
        value = cellData(row, column, Qt::DisplayRole);
    if (!value.isValid() && (role == Qt::DisplayRole || role == SortRole))
        value = cellText(row, column);
    if (!value.isValid() && role == Qt::TextAlignmentRole)
        if (const auto it = m_alignment.constFind(column); it != m_alignment.cend())
            value = static_cast<int>(it.value());
    return value;
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return role == Qt::DisplayRole ? QVariant(columnTitle(section)) : QVariant();
}

QString TableModel::columnTitle(int column) const
{
    return column < m_titles.size() ? metaObject()->tr(m_titles.at(column), nullptr) : QString();
}

void TableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, m_columnCount - 1);
    emitAllRowsChanged();
}

void TableModel::setAlignment(std::initializer_list<int> columns, Qt::Alignment alignment)
{
    for (int column : columns)
        m_alignment.insert(column, alignment);
}

void TableModel::emitRowsChanged(QVector<int> rows)
{
    if (rows.isEmpty())
        return;
    const int last = m_columnCount - 1;
    if (rows.size() > 64) {
        const auto [low, high] = std::minmax_element(rows.cbegin(), rows.cend());
        emit dataChanged(index(*low, 0), index(*high, last));
        return;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows))
        emit dataChanged(index(row, 0), index(row, last));
}

void TableModel::emitAllRowsChanged(const QList<int> &roles)
{
    if (const int rows = rowCount(); rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, m_columnCount - 1), roles);
}

QVariant TableModel::boldFont()
{
    QFont bold;
    bold.setBold(true);
    return bold;
}

QVariant TableModel::sortedCell(int role, const QVariant &key, const QVariant &shown)
{
    return role == Qt::DisplayRole ? shown : role == SortRole ? key : QVariant();
}

QVariant TableModel::tippedCell(int role, const QVariant &key, const QVariant &shown)
{
    return sortedCell(role == Qt::ToolTipRole ? int(Qt::DisplayRole) : role, key, shown);
}

QVariant TableModel::countCell(int role, int count)
{
    return sortedCell(role, count, QString::number(count));
}

QVector<std::pair<int, int>> TableModel::runsOf(QVector<int> rows, int count)
{
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [count](int row) { return row < 0 || row >= count; }),
               rows.end());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QVector<std::pair<int, int>> runs;
    for (int row : std::as_const(rows)) {
        if (!runs.isEmpty() && runs.last().second + 1 == row)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    return runs;
}

QSet<qint64> TableModel::savedIds(const store::ChangeSet &changes, const QString &table)
{
    return changes.ids(table, store::ChangeKind::Insert) +
           changes.ids(table, store::ChangeKind::Update);
}

} // namespace ui
} // namespace kamae

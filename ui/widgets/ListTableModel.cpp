#include "widgets/ListTableModel.h"

#include <QSet>

namespace kamae {
namespace ui {

ListTableModel::ListTableModel(int columns, std::function<QStringList()> titles, QObject *parent)
    : RecordTableModel<ListRow>(columns, parent), m_titles(std::move(titles))
{}

void ListTableModel::setRows(QVector<ListRow> rows)
{
    QSet<qint64> shown;
    for (const ListRow &r : records())
        shown.insert(r.id);
    QSet<qint64> coming;
    QVector<qint64> keptInNewOrder;
    bool freshSeen = false;
    bool inOrder = true;
    for (const ListRow &r : std::as_const(rows)) {
        coming.insert(r.id);
        if (shown.contains(r.id)) {
            keptInNewOrder << r.id;
            // Rows that are new are appended: an older one after them is a new order.
            inOrder = inOrder && !freshSeen;
        } else {
            freshSeen = true;
        }
    }
    QVector<qint64> keptInOldOrder;
    for (const ListRow &r : records())
        if (coming.contains(r.id))
            keptInOldOrder << r.id;
    if (!inOrder || keptInOldOrder != keptInNewOrder || coming.size() != rows.size()) {
        setRecords(std::move(rows));
        return;
    }
    syncRecords(shown, std::move(rows));
}

QString ListTableModel::columnTitle(int column) const
{
    return m_titles().value(column);
}

QVariant ListTableModel::cellData(int row, int column, int role) const
{
    const ListRow &r = record(row);
    const QString text = r.texts.value(column);
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::ToolTipRole:
        return text.isEmpty() ? QVariant() : QVariant(text);
    case SortRole: {
        const QVariant key = r.keys.value(column);
        return key.isValid() ? key : QVariant(text);
    }
    case SearchRole:
        return column == 0 ? QVariant(r.texts) : QVariant();
    default:
        return {};
    }
}

} // namespace ui
} // namespace kamae

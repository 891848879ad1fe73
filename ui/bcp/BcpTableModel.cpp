#include "bcp/BcpTableModel.h"

namespace kamae {
namespace ui {

BcpTableModel::BcpTableModel(int columns, std::function<QStringList()> titles, QObject *parent)
    : RecordTableModel<BcpRow>(columns, parent), m_titles(std::move(titles))
{}

QString BcpTableModel::columnTitle(int column) const
{
    return m_titles().value(column);
}

QVariant BcpTableModel::cellData(int row, int column, int role) const
{
    const BcpRow &r = record(row);
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

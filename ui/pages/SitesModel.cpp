#include "pages/SitesModel.h"

namespace kamae {
namespace ui {

SitesModel::SitesModel(QObject *parent)
    : RecordTableModel(
          {QT_TR_NOOP("Site"), QT_TR_NOOP("Location"), QT_TR_NOOP("Overseas"), QT_TR_NOOP("Notes")},
          parent)
{
    setTextColumns({{Name, &domain::Site::name},
                    {Region, &domain::Site::region},
                    {Notes, &domain::Site::notes}});
}

int SitesModel::appendSite(const QString &name)
{
    domain::Site site;
    site.name = name;
    QVector<domain::Site> added{site};
    appendRecords(std::move(added));
    emit edited();
    return rowCount() - 1;
}

void SitesModel::removeSites(QList<int> rows)
{
    const int before = rowCount();
    removeRecordRows(std::move(rows));
    if (rowCount() != before)
        emit edited();
}

QVariant SitesModel::cellData(int row, int column, int role) const
{
    if (role == Qt::EditRole && column != Overseas)
        return cellText(row, column);
    if (role == Qt::CheckStateRole && column == Overseas)
        return record(row).overseas ? Qt::Checked : Qt::Unchecked;
    return {};
}

bool SitesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    domain::Site site = record(index.row());
    if (role == Qt::EditRole) {
        const QString text = value.toString();
        switch (index.column()) {
        case Name:
            // A site without a name cannot be stored; keep the old one.
            if (text.trimmed().isEmpty())
                return false;
            site.name = text.trimmed();
            break;
        case Region:
            site.region = text.trimmed();
            break;
        case Notes:
            site.notes = text;
            break;
        default:
            return false;
        }
    } else if (role == Qt::CheckStateRole && index.column() == Overseas) {
        site.overseas = value.toInt() == Qt::Checked;
    } else {
        return false;
    }
    if (site == record(index.row()))
        return true;
    mutableRecords()[index.row()] = site;
    emit dataChanged(index, index, {role});
    emit edited();
    return true;
}

Qt::ItemFlags SitesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Overseas)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

} // namespace ui
} // namespace kamae

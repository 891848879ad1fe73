#include "pages/SitesModel.h"

#include <algorithm>

namespace kamae {
namespace ui {

SitesModel::SitesModel(QObject *parent) : QAbstractTableModel(parent) {}

void SitesModel::setSites(const QVector<domain::Site> &sites)
{
    beginResetModel();
    m_sites = sites;
    endResetModel();
}

int SitesModel::appendSite(const QString &name)
{
    const int row = static_cast<int>(m_sites.size());
    beginInsertRows({}, row, row);
    domain::Site site;
    site.name = name;
    m_sites.append(site);
    endInsertRows();
    emit edited();
    return row;
}

void SitesModel::removeSites(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    bool removed = false;
    for (int row : rows) {
        if (row < 0 || row >= m_sites.size())
            continue;
        beginRemoveRows({}, row, row);
        m_sites.removeAt(row);
        endRemoveRows();
        removed = true;
    }
    if (removed)
        emit edited();
}

int SitesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sites.size());
}

int SitesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SitesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const domain::Site &site = m_sites.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Name:
            return site.name;
        case Region:
            return site.region;
        case Notes:
            return site.notes;
        default:
            return {};
        }
    }
    if (role == Qt::CheckStateRole && index.column() == Overseas)
        return site.overseas ? Qt::Checked : Qt::Unchecked;
    return {};
}

bool SitesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    domain::Site &site = m_sites[index.row()];
    const domain::Site before = site;
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
    if (site == before)
        return true;
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

QVariant SitesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Name:
        return tr("Site");
    case Region:
        return tr("Location");
    case Overseas:
        return tr("Overseas");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace ui
} // namespace kamae

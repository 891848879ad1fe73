#pragma once

#include "domain/Organisation.h"

#include <QAbstractTableModel>

namespace kamae {
namespace ui {

// The organisation's sites as an editable table. Edits change only this
// copy; the page turns them into one undoable save.
class SitesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SitesModel)

public:
    enum Column
    {
        Name,
        Region,
        Overseas,
        Notes,
        ColumnCount
    };

    explicit SitesModel(QObject *parent = nullptr);

    void setSites(const QVector<domain::Site> &sites);
    const QVector<domain::Site> &sites() const { return m_sites; }
    // Appends a site with a placeholder name; returns its row.
    int appendSite(const QString &name);
    void removeSites(QList<int> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    // A cell was changed by the user (not by setSites).
    void edited();

private:
    QVector<domain::Site> m_sites;
};

} // namespace ui
} // namespace kamae

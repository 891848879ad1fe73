#pragma once

#include "domain/Organisation.h"
#include "models/RecordTableModel.h"

namespace kamae {
namespace ui {

// The organisation's sites as an editable table. Edits change only this
// copy; the page turns them into one undoable save.
class SitesModel final : public RecordTableModel<domain::Site>
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

    void setSites(const QVector<domain::Site> &sites) { setRecords(sites); }
    const QVector<domain::Site> &sites() const { return records(); }
    // Appends a site with a placeholder name; returns its row.
    int appendSite(const QString &name);
    void removeSites(QList<int> rows);

    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // A cell was changed by the user (not by setSites).
    void edited();

protected:
    QVariant cellData(int row, int column, int role) const override;
};

} // namespace ui
} // namespace kamae

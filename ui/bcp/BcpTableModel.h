#pragma once

#include "models/RecordTableModel.h"

#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <functional>

namespace kamae {
namespace ui {

// One row of a BCP list: the entry's id, the texts shown and, where the
// text would sort wrong (hours, dates, counts), the sort keys.
struct BcpRow
{
    qint64 id = 0;
    QStringList texts;
    QVariantList keys; // an invalid key (or none) sorts by the text
};

// The tables of the BCP page (core businesses, roles, resources, contacts,
// exercises, versions): the page says the column titles and makes the rows
// from the plan, in the plan's order; the model only shows them.
class BcpTableModel final : public RecordTableModel<BcpRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BcpTableModel)

public:
    // `titles` gives the column titles in the current language.
    BcpTableModel(int columns, std::function<QStringList()> titles, QObject *parent = nullptr);

    // Row by row while the entries keep their order (an edit, entries
    // added at the end, deletions), so that the selection and the scroll
    // position stay; a new order resets the table.
    void setRows(QVector<BcpRow> rows);
    qint64 idAt(int row) const { return row >= 0 && row < rowCount() ? record(row).id : 0; }

protected:
    QString columnTitle(int column) const override;
    QVariant cellData(int row, int column, int role) const override;

private:
    std::function<QStringList()> m_titles;
};

} // namespace ui
} // namespace kamae

#pragma once

#include "models/RecordTableModel.h"

#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <functional>

namespace kamae {
namespace ui {

// One row of a module's list: the entry's id, the texts shown and, where
// the text would sort wrong (hours, dates, counts), the sort keys.
struct ListRow
{
    qint64 id = 0;
    QStringList texts;
    QVariantList keys; // an invalid key (or none) sorts by the text
};

// A table of a module's list (the BCP page's businesses and roles, the
// incidents page's log and contacts): the page says the column titles and
// makes the rows from its records, in their order; the model only shows them.
class ListTableModel final : public RecordTableModel<ListRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListTableModel)

public:
    // `titles` gives the column titles in the current language.
    ListTableModel(int columns, std::function<QStringList()> titles, QObject *parent = nullptr);

    // Row by row while the entries keep their order (an edit, entries
    // added at the end, deletions), so that the selection and the scroll
    // position stay; a new order resets the table.
    void setRows(QVector<ListRow> rows);
    qint64 idAt(int row) const { return row >= 0 && row < rowCount() ? record(row).id : 0; }

protected:
    QString columnTitle(int column) const override;
    QVariant cellData(int row, int column, int role) const override;

private:
    std::function<QStringList()> m_titles;
};

} // namespace ui
} // namespace kamae

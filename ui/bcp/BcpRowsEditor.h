#pragma once

#include <QDate>
#include <QStringList>
#include <QVariantList>
#include <QVector>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace kamae {
namespace ui {

// The entries of a list inside a dialog (a core business's assets,
// partners and alternatives; an exercise's follow-up actions): a small
// table edited in place, with buttons to add and remove a row. Each column
// is a text, a choice from a list (an asset, a person, a kind: the value
// is the choice's id) or a date that may be left empty.
class BcpRowsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BcpRowsEditor)

public:
    struct Column
    {
        enum Kind
        {
            Text,
            Choice,
            Date
        } kind = Text;
        QStringList choices; // Choice: the texts offered
        QVector<qint64> ids; // Choice: the value of each
    };

    BcpRowsEditor(QVector<Column> columns, const QString &objectName, QWidget *parent = nullptr);

    void setTitles(const QStringList &titles);
    void setButtonTexts(const QString &add, const QString &remove);
    // A row of values (text: QString; choice: its id; date: QDate, invalid
    // for none) and the id of the entry it edits (0: a new one).
    void addRow(const QVariantList &values, qint64 entryId = 0);
    int rowCount() const;
    QVariantList row(int row) const;
    qint64 entryId(int row) const { return m_entryIds.value(row); }
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }

private:
    QVector<Column> m_columns;
    QVector<qint64> m_entryIds;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace ui
} // namespace kamae

#include "bcp/BcpRowsEditor.h"

#include "widgets/FormDialog.h"
#include "widgets/Widgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

namespace {

// The date shown as "no date": the edit's minimum.
const QDate kNoDate(2000, 1, 1);

} // namespace

BcpRowsEditor::BcpRowsEditor(QVector<Column> columns, const QString &objectName, QWidget *parent)
    : QWidget(parent), m_columns(std::move(columns))
{
    setObjectName(objectName);
    m_table = new QTableWidget(0, static_cast<int>(m_columns.size()), this);
    m_table->setObjectName(objectName + QStringLiteral("Table"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(fontMetrics().height() * 7);
    m_add = makeButton(this, objectName + QStringLiteral("AddButton"));
    m_remove = makeButton(this, objectName + QStringLiteral("RemoveButton"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        QVariantList values;
        for (const Column &c : std::as_const(m_columns))
            values << (c.kind == Column::Choice ? QVariant(c.ids.value(0))
                       : c.kind == Column::Date ? QVariant(QDate())
                                                : QVariant(QString()));
        addRow(values);
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int r = m_table->currentRow();
        if (r < 0)
            return;
        m_table->removeRow(r);
        m_entryIds.remove(r);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(makeButtonRow({m_add, m_remove}));
}

void BcpRowsEditor::setTitles(const QStringList &titles)
{
    m_table->setHorizontalHeaderLabels(titles);
}

void BcpRowsEditor::setButtonTexts(const QString &add, const QString &remove)
{
    m_add->setText(add);
    m_remove->setText(remove);
}

void BcpRowsEditor::addRow(const QVariantList &values, qint64 entryId)
{
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    m_entryIds.append(entryId);
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns.at(c);
        switch (column.kind) {
        case Column::Text:
            m_table->setItem(r, c, new QTableWidgetItem(values.value(c).toString()));
            break;
        case Column::Choice: {
            auto *combo = new QComboBox(m_table);
            combo->addItems(column.choices);
            combo->setCurrentIndex(
                std::max(0, static_cast<int>(column.ids.indexOf(values.value(c).toLongLong()))));
            m_table->setCellWidget(r, c, combo);
            break;
        }
        case Column::Date: {
            auto *edit = makeDateEdit(m_table, QString(), values.value(c).toDate());
            edit->setMinimumDate(kNoDate);
            edit->setSpecialValueText(QStringLiteral("—"));
            if (!values.value(c).toDate().isValid())
                edit->setDate(kNoDate);
            m_table->setCellWidget(r, c, edit);
            break;
        }
        }
    }
    m_table->resizeColumnsToContents();
}

int BcpRowsEditor::rowCount() const
{
    return m_table->rowCount();
}

QVariantList BcpRowsEditor::row(int r) const
{
    QVariantList values;
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns.at(c);
        switch (column.kind) {
        case Column::Text:
            values << (m_table->item(r, c) ? m_table->item(r, c)->text().trimmed() : QString());
            break;
        case Column::Choice: {
            const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(r, c));
            values << column.ids.value(combo ? combo->currentIndex() : 0);
            break;
        }
        case Column::Date: {
            const auto *edit = qobject_cast<QDateEdit *>(m_table->cellWidget(r, c));
            const QDate date = edit ? edit->date() : QDate();
            values << (date.isValid() && date != kNoDate ? date : QDate());
            break;
        }
        }
    }
    return values;
}

} // namespace ui
} // namespace kamae

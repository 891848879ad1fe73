#include "patches/StaleAssetsPanel.h"

#include "domain/AssetRules.h"
#include "i18n/Language.h"
#include "patches/PatchDesk.h"
#include "patches/PatchViews.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

namespace {

enum Column
{
    AssetColumn,
    KindColumn,
    ProductColumn,
    LastUpdatedColumn,
    SinceColumn,
    SupportColumn,
    ColumnCount
};

// Sorts a QTableWidget column by a number or date instead of by text.
class SortItem final : public QTableWidgetItem
{
public:
    SortItem(const QString &text, const QVariant &key) : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, key);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return QVariant::compare(data(Qt::UserRole), other.data(Qt::UserRole)) ==
               QPartialOrdering::Less;
    }
};

} // namespace

StaleAssetsPanel::StaleAssetsPanel(QWidget *parent) : QWidget(parent)
{
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("staleTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    retranslate();
}

int StaleAssetsPanel::count() const
{
    return static_cast<int>(m_stale.size());
}

void StaleAssetsPanel::setContent(const QVector<domain::Asset> &assets,
                                  const domain::PatchPolicy &policy, const QDate &today)
{
    m_stale = patches::staleAssets(assets, policy, today);
    m_days = policy.staleAssetDays;
    m_today = today;
    fill();
}

void StaleAssetsPanel::fill()
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(count());
    for (int row = 0; row < count(); ++row) {
        const domain::Asset &a = m_stale.at(row);
        const bool known = a.lastUpdated.isValid();
        const int days = known ? static_cast<int>(a.lastUpdated.daysTo(m_today)) : -1;
        const QString product =
            QStringList{a.vendor, a.product, a.version}.join(QLatin1Char(' ')).simplified();
        QTableWidgetItem *cells[ColumnCount] = {
            new QTableWidgetItem(a.name),
            new QTableWidgetItem(domain::AssetText::kind(a.kind)),
            new QTableWidgetItem(product),
            new SortItem(known ? i18n::formatDate(a.lastUpdated)
                               : PatchesPageText::tr("Not recorded"),
                         known ? a.lastUpdated : QDate(1, 1, 1)),
            new SortItem(days >= 0 ? PatchesPageText::tr("%n day(s)", nullptr, days) : QString(),
                         days >= 0 ? days : 1000000),
            new QTableWidgetItem(a.endOfSupport ? PatchesPageText::tr("End of support")
                                                : QString()),
        };
        for (int c = 0; c < ColumnCount; ++c) {
            if (a.endOfSupport)
                cells[c]->setForeground(QColor(0xB7, 0x1C, 0x1C));
            cells[c]->setData(Qt::UserRole + 1, a.id);
            m_table->setItem(row, c, cells[c]);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_hint->setText(PatchesPageText::tr(
        "Devices and software not updated in the last %n day(s), with no date recorded, or "
        "no longer supported by their maker. Record the date of each update in the asset "
        "(Assets → Edit → Last updated). The period is set in Settings.",
        nullptr, m_days));
}

void StaleAssetsPanel::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {PatchesPageText::tr("Asset"), PatchesPageText::tr("Kind"), PatchesPageText::tr("Product"),
         PatchesPageText::tr("Last updated"), PatchesPageText::tr("Since"),
         PatchesPageText::tr("Support")});
    fill();
}

} // namespace ui
} // namespace kamae

#include "backups/UnprotectedAssetsPanel.h"

#include "backups/BackupsHtml.h"
#include "domain/AssetRules.h"
#include "widgets/Widgets.h"

#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

UnprotectedAssetsPanel::UnprotectedAssetsPanel(QWidget *parent) : QWidget(parent)
{
    auto *hint = sayingText(new QLabel(this), [] {
        return BackupsPageText::tr(
            "Assets of importance 3 whose data no backup job protects (accounts are left out). "
            "Add them to a job, or add a job for them. Double-click opens the asset.");
    });
    hint->setWordWrap(true);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("unprotectedTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem *item = m_table->item(row, 0))
            emit assetRequested(item->data(Qt::UserRole).toLongLong());
    });
    retranslate();
}

void UnprotectedAssetsPanel::setAssets(const QVector<domain::Asset> &assets,
                                       const QVector<qint64> &ids)
{
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    QVector<QStringList> rows;
    for (const domain::Asset &a : assets)
        if (wanted.contains(a.id))
            rows.append({QString::number(a.id), a.name, domain::AssetText::kind(a.kind),
                         a.ownerDepartment});
    if (rows == m_shown)
        return;
    m_shown = std::move(rows);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(m_shown.size()));
    for (int r = 0; r < m_shown.size(); ++r) {
        const QStringList &cells = m_shown.at(r);
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c + 1));
            if (c == 0)
                item->setData(Qt::UserRole, cells.first().toLongLong());
            m_table->setItem(r, c, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}

void UnprotectedAssetsPanel::retranslate()
{
    m_table->setHorizontalHeaderLabels({BackupsPageText::tr("Asset"), BackupsPageText::tr("Kind"),
                                        BackupsPageText::tr("Owner department")});
}

} // namespace ui
} // namespace kamae

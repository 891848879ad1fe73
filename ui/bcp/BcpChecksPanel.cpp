#include "bcp/BcpChecksPanel.h"

#include "widgets/Widgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

namespace {

constexpr int FindingRole = Qt::UserRole; // index into findings(), -1 for a heading

} // namespace

BcpChecksPanel::BcpChecksPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("bcpChecksPanel"));
    m_summary = makeWrappedLabel(this, QStringLiteral("checksSummary"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("findingList"));
    // Long findings wrap instead of running off the right edge.
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_openAsset = makeButton(this, QStringLiteral("openAssetButton"));
    m_openJob = makeButton(this, QStringLiteral("openJobButton"));
    m_showEntry = makeButton(this, QStringLiteral("showEntryButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openAsset);
    buttons->addWidget(m_openJob);
    buttons->addWidget(m_showEntry);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &BcpChecksPanel::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] { openCurrent(); });
    connect(m_openAsset, &QPushButton::clicked, this, [this] {
        if (const bcp::Finding *f = current())
            emit assetRequested(f->assetId);
    });
    connect(m_openJob, &QPushButton::clicked, this, [this] {
        if (const bcp::Finding *f = current())
            emit jobRequested(f->jobId);
    });
    connect(m_showEntry, &QPushButton::clicked, this, [this] {
        if (const bcp::Finding *f = current()) {
            if (f->businessId)
                emit businessRequested(f->businessId);
            else if (f->roleId)
                emit roleRequested(f->roleId);
        }
    });
    followLanguage(this, [this] { retranslate(); });
    updateButtons();
}

void BcpChecksPanel::setFindings(QVector<bcp::Finding> findings)
{
    m_findings = std::move(findings);
    m_list->clear();
    const auto heading = [this](const QString &text) {
        auto *item = new QListWidgetItem(text, m_list);
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(FindingRole, -1);
    };
    bool records = false;
    bool completeness = false;
    for (int i = 0; i < m_findings.size(); ++i) {
        const bcp::Finding &f = m_findings.at(i);
        if (f.againstRecords() && !records) {
            records = true;
            heading(tr("Against the records"));
        } else if (!f.againstRecords() && !completeness) {
            completeness = true;
            heading(tr("What the plan leaves out"));
        }
        auto *item = new QListWidgetItem(
            (f.againstRecords() ? QStringLiteral("! ") : QStringLiteral("– ")) + f.text, m_list);
        item->setData(FindingRole, i);
        if (f.againstRecords())
            item->setForeground(QColor(0xb0, 0x3a, 0x2e));
    }
    retranslate();
    updateButtons();
}

const bcp::Finding *BcpChecksPanel::current() const
{
    const QListWidgetItem *item = m_list->currentItem();
    const int i = item ? item->data(FindingRole).toInt() : -1;
    return i >= 0 && i < m_findings.size() && item->isSelected() ? &m_findings.at(i) : nullptr;
}

void BcpChecksPanel::openCurrent()
{
    const bcp::Finding *f = current();
    if (!f)
        return;
    if (f->assetId)
        emit assetRequested(f->assetId);
    else if (f->jobId)
        emit jobRequested(f->jobId);
    else if (f->businessId)
        emit businessRequested(f->businessId);
    else if (f->roleId)
        emit roleRequested(f->roleId);
}

void BcpChecksPanel::updateButtons()
{
    const bcp::Finding *f = current();
    m_openAsset->setEnabled(f && f->assetId);
    m_openJob->setEnabled(f && f->jobId);
    m_showEntry->setEnabled(f && (f->businessId || f->roleId));
}

void BcpChecksPanel::retranslate()
{
    const int records =
        static_cast<int>(std::count_if(m_findings.cbegin(), m_findings.cend(),
                                       [](const bcp::Finding &f) { return f.againstRecords(); }));
    const int gaps = static_cast<int>(m_findings.size()) - records;
    QStringList words;
    if (records == 0 && gaps == 0)
        words << tr("The plan is complete, and the backups and restore tests of the assets it "
                    "depends on meet its recovery targets.");
    else {
        words << (records > 0 ? tr("%n finding(s) against the records: the backups or restore "
                                   "tests do not support what the plan promises.",
                                   nullptr, records)
                              : tr("The backups and restore tests support the plan's targets."));
        words << (gaps > 0 ? tr("%n gap(s) in the plan's completeness.", nullptr, gaps)
                           : tr("The plan is complete."));
    }
    m_summary->setText(words.join(QLatin1Char(' ')));
    m_openAsset->setText(tr("Open asset"));
    m_openJob->setText(tr("Open backup job"));
    m_showEntry->setText(tr("Show in the plan"));
}

} // namespace ui
} // namespace kamae

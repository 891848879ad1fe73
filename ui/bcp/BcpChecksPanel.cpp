#include "bcp/BcpChecksPanel.h"

#include "widgets/Widgets.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

namespace {

constexpr int FindingRole = Qt::UserRole; // index into findings(), -1 for a heading

// The buttons of BcpChecksPanel::Target: object name and text.
struct TargetButton
{
    const char *name;
    const char *text;
};
constexpr TargetButton kTargetButtons[] = {
    {"openAssetButton", QT_TRANSLATE_NOOP("kamae::ui::BcpChecksPanel", "Open asset")},
    {"openJobButton", QT_TRANSLATE_NOOP("kamae::ui::BcpChecksPanel", "Open backup job")},
    {"showEntryButton", QT_TRANSLATE_NOOP("kamae::ui::BcpChecksPanel", "Show in the plan")},
};

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
    for (int t = 0; t < TargetCount; ++t) {
        m_open[t] = makeButton(this, QLatin1String(kTargetButtons[t].name));
        connect(m_open[t], &QPushButton::clicked, this, [this, t] {
            if (const bcp::Finding *f = current())
                open(*f, static_cast<Target>(t));
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(makeButtonRow({m_open.cbegin(), m_open.cend()}));
    layout->addWidget(m_list, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &BcpChecksPanel::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] { openCurrent(); });
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
    for (int t = 0; f && t < TargetCount; ++t) {
        if (opens(*f, static_cast<Target>(t))) {
            open(*f, static_cast<Target>(t));
            return;
        }
    }
}

bool BcpChecksPanel::opens(const bcp::Finding &finding, Target target)
{
    switch (target) {
    case AssetTarget:
        return finding.assetId != 0;
    case JobTarget:
        return finding.jobId != 0;
    case EntryTarget:
    case TargetCount:
        break;
    }
    return finding.businessId != 0 || finding.roleId != 0;
}

void BcpChecksPanel::open(const bcp::Finding &finding, Target target)
{
    if (target == AssetTarget)
        emit assetRequested(finding.assetId);
    else if (target == JobTarget)
        emit jobRequested(finding.jobId);
    else if (finding.businessId)
        emit businessRequested(finding.businessId);
    else if (finding.roleId)
        emit roleRequested(finding.roleId);
}

void BcpChecksPanel::updateButtons()
{
    const bcp::Finding *f = current();
    for (int t = 0; t < TargetCount; ++t)
        m_open[t]->setEnabled(f && opens(*f, static_cast<Target>(t)));
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
    for (int t = 0; t < TargetCount; ++t)
        m_open[t]->setText(tr(kTargetButtons[t].text));
}

} // namespace ui
} // namespace kamae

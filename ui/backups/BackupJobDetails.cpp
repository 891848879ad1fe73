#include "backups/BackupJobDetails.h"

#include "backups/BackupLogPanel.h"
#include "backups/BackupsHtml.h"
#include "backups/UnprotectedAssetsPanel.h"

#include <QLabel>
#include <QScrollArea>

namespace kamae {
namespace ui {

namespace {

QString unprotectedTitle(int count)
{
    return BackupsPageText::tr("Important assets without backup (%1)").arg(count);
}

} // namespace

BackupJobDetails::BackupJobDetails(QWidget *parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("detailTabs"));
    m_rules = new QLabel(this);
    m_rules->setObjectName(QStringLiteral("rulesLabel"));
    m_rules->setTextFormat(Qt::RichText);
    m_rules->setWordWrap(true);
    m_rules->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_rules->setMargin(8);
    m_rules->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The rules and due dates scroll when the tab is low (a small screen
    // at 150 %) rather than lose their last lines.
    auto *rules = new QScrollArea(this);
    rules->setFrameShape(QFrame::NoFrame);
    rules->setWidgetResizable(true);
    rules->setWidget(m_rules);
    m_log = new BackupLogPanel(this);
    m_unprotected = new UnprotectedAssetsPanel(this);
    addTab(rules, QString());
    addTab(m_log, QString());
    addTab(m_unprotected, QString());
    retranslate();
}

void BackupJobDetails::showRules(const domain::BackupJob *job, const backups::JobStatus *status)
{
    m_rules->setText(
        job && status
            ? jobRulesHtml(*job, *status)
            : BackupsPageText::tr("Select a backup job to see how it meets the 3-2-1-1-0 rule."));
}

void BackupJobDetails::setUnprotected(const QVector<domain::Asset> &assets,
                                      const QVector<qint64> &ids)
{
    m_unprotected->setAssets(assets, ids);
    setTabText(UnprotectedTab, unprotectedTitle(m_unprotected->count()));
}

void BackupJobDetails::retranslate()
{
    setTabText(RulesTab, BackupsPageText::tr("3-2-1-1-0 and due dates"));
    setTabText(LogTab, BackupsPageText::tr("Log"));
    setTabText(UnprotectedTab, unprotectedTitle(m_unprotected->count()));
    m_log->retranslate();
    m_unprotected->retranslate();
}

} // namespace ui
} // namespace kamae

#include "bcp/BcpHistoryPanel.h"

#include "widgets/ListPanel.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

BcpHistoryPanel::BcpHistoryPanel(ListTableModel *exercises, ListTableModel *versions,
                                 QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bcpHistoryPanel"));
    m_exercises = new ListPanel(exercises, QStringLiteral("exerciseView"), this);
    m_versions = new ListPanel(versions, QStringLiteral("versionView"), this);
    // A version is never edited nor deleted: undo takes back a publish.
    m_versions->action(ListPanel::Delete)->setVisible(false);
    // Actions on the selected version beside Compare.
    for (auto [action, name] : {std::pair{&m_restore, "restoreVersionButton"},
                                std::pair{&m_print, "printVersionButton"}}) {
        *action = new QAction(this);
        (*action)->setEnabled(false);
        m_versions->addButton(*action, QLatin1String(name));
    }
    connect(m_versions, &ListPanel::currentChanged, this, [this] {
        const bool selected = m_versions->currentRow() >= 0;
        m_restore->setEnabled(selected);
        m_print->setEnabled(selected);
    });

    auto *compare = new QWidget(this);
    m_comparisonTitle = makeBoldLabel(compare);
    m_comparisonTitle->setWordWrap(true);
    m_comparison = new QTextBrowser(compare);
    m_comparison->setObjectName(QStringLiteral("comparisonBrowser"));
    m_comparison->setOpenLinks(false);
    auto *compareLayout = new QVBoxLayout(compare);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    compareLayout->addWidget(m_comparisonTitle);
    compareLayout->addWidget(m_comparison, 1);

    // The versions over their comparison, sized against each other, so
    // that the tab fits a small screen.
    QSplitter *right =
        makeSplitter(this, Qt::Vertical, QStringLiteral("versionsSplitter"), {m_versions, compare});
    right->setStretchFactor(1, 2);

    m_splitter =
        makeSplitter(this, Qt::Horizontal, QStringLiteral("historySplitter"), {m_exercises, right});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setComparison(QString(), QString());
}

QAction *BcpHistoryPanel::publishAction() const
{
    return m_versions->action(ListPanel::Add);
}

QAction *BcpHistoryPanel::compareAction() const
{
    return m_versions->action(ListPanel::Edit);
}

void BcpHistoryPanel::setComparison(const QString &title, const QString &html)
{
    m_comparisonTitle->setText(title);
    m_comparisonTitle->setVisible(!title.isEmpty());
    m_comparison->setHtml(html);
    m_comparison->setVisible(!html.isEmpty());
}

} // namespace ui
} // namespace kamae

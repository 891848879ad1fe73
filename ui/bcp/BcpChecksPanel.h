#pragma once

#include "bcp/BcpChecks.h"

#include <QVector>
#include <QWidget>

#include <array>

class QLabel;
class QListWidget;
class QPushButton;

namespace kamae {
namespace ui {

// The Checks tab: what BcpChecks finds, in words. First the plan against
// the records (a restore test slower than the RTO, an asset nobody backs
// up), then what the plan leaves out. A finding opens what it is about:
// the asset, the backup job, the core business or the role.
class BcpChecksPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BcpChecksPanel)

public:
    explicit BcpChecksPanel(QWidget *parent = nullptr);

    void setFindings(QVector<bcp::Finding> findings);
    const QVector<bcp::Finding> &findings() const { return m_findings; }
    QListWidget *list() const { return m_list; }
    QLabel *summary() const { return m_summary; }
    // The finding selected, or null.
    const bcp::Finding *current() const;
    // Opens what the selected finding is about (Enter, double-click).
    void openCurrent();

signals:
    void assetRequested(qint64 assetId);
    void jobRequested(qint64 jobId);
    void businessRequested(qint64 businessId);
    void roleRequested(qint64 roleId);

private:
    void updateButtons();
    void retranslate();

    QVector<bcp::Finding> m_findings;
    // What a finding opens: its asset, its backup job, or its entry of
    // the plan (a core business or a role); double-click tries them in
    // this order.
    enum Target
    {
        AssetTarget,
        JobTarget,
        EntryTarget,
        TargetCount
    };
    static bool opens(const bcp::Finding &finding, Target target);
    void open(const bcp::Finding &finding, Target target);

    QLabel *m_summary = nullptr;
    QListWidget *m_list = nullptr;
    std::array<QPushButton *, TargetCount> m_open{};
};

} // namespace ui
} // namespace kamae

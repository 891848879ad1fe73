#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QTextBrowser;

namespace kamae {
namespace ui {

class ListPanel;
class ListTableModel;

// The Exercises & versions tab: the exercises held on the plan; the
// published versions, with "Publish version…", "Compare with draft",
// whose result shows below, section by section, "Restore as draft…" and
// "Print version…".
class BcpHistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BcpHistoryPanel)

public:
    BcpHistoryPanel(ListTableModel *exercises, ListTableModel *versions, QWidget *parent = nullptr);

    ListPanel *exercises() const { return m_exercises; }
    ListPanel *versions() const { return m_versions; }
    QAction *publishAction() const;
    QAction *compareAction() const;
    // Makes the selected version the draft again.
    QAction *restoreAction() const { return m_restore; }
    // Prints the selected version as it was published.
    QAction *printAction() const { return m_print; }
    QTextBrowser *comparison() const { return m_comparison; }
    QSplitter *splitter() const { return m_splitter; }
    void setComparison(const QString &title, const QString &html);

private:
    ListPanel *m_exercises = nullptr;
    ListPanel *m_versions = nullptr;
    QLabel *m_comparisonTitle = nullptr;
    QTextBrowser *m_comparison = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_print = nullptr;
};

} // namespace ui
} // namespace kamae

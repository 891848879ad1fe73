#pragma once

#include "report/ReportRepository.h"

#include <QVector>
#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace kamae {
namespace ui {

class ReportHistoryModel;

// The reports issued before, newest first, each with its score to compare
// with the next: open one's PDF, or remove it from the history.
class ReportHistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportHistoryPanel)

public:
    explicit ReportHistoryPanel(store::Database &db, QWidget *parent = nullptr);

    ReportHistoryModel *model() const { return m_model; }
    // Shows these records, keeping the selected one selected.
    void setRecords(const QVector<report::ReportRecord> &records);
    // Selects the record with this id and scrolls to it.
    void select(qint64 id);
    // Opens the PDF of the row shown at `proxyRow`.
    void openRow(int proxyRow);
    // Asks, then removes the selected entry (not its file).
    bool removeSelected();

signals:
    // An entry was removed: the history must be read again.
    void removed();

private:
    void retranslate();
    qint64 selectedId() const;
    QModelIndex shownIndexOf(qint64 id) const;

    ReportHistoryModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    // The table or, while there is nothing to list, a line that says so.
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    // Delete on the table, and the button under it.
    QAction *m_remove = nullptr;
    store::ReportRepository m_repository;
};

} // namespace ui
} // namespace kamae

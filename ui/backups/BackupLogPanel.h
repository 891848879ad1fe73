#pragma once

#include "domain/Backup.h"

#include <QVector>
#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace kamae {
namespace ui {

class BackupEventTableModel;

// The selected job's log: its runs, restore tests and air-gap checks,
// newest first, and the button that deletes the selected line.
class BackupLogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupLogPanel)

public:
    explicit BackupLogPanel(QWidget *parent = nullptr);

    // Shows these lines. The same lines again change nothing; others keep
    // the selected line (by id) and where the list was scrolled to.
    void setEvents(QVector<domain::BackupEvent> events);
    // Null when no line is selected.
    const domain::BackupEvent *selectedEvent() const;
    QTableView *view() const { return m_view; }
    BackupEventTableModel *model() const { return m_model; }
    void retranslate();

signals:
    void deleteRequested();

private:
    BackupEventTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QVector<domain::BackupEvent> m_events;
};

} // namespace ui
} // namespace kamae

#pragma once

#include "settings/SettingValue.h"

#include <QObject>
#include <QPointer>
#include <QVector>

class QSplitter;
class QTableView;
class QTimer;

namespace kamae {
namespace ui {

// Remembers how a person arranged a page: each table's columns (order,
// widths, hidden ones) and sort, and each splitter, through the typed keys
// of settings/UiSettings.h. Restores at once, saves shortly after every
// change, and on save() (call it from the owner's destructor: the widgets
// may be gone by the time this object is).
class ViewState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewState)

public:
    explicit ViewState(QObject *parent = nullptr);
    ~ViewState() override;

    // True when a saved state was restored (then the columns need no fitting).
    bool remember(QTableView *view, const settings::SettingValue<QByteArray> &key);
    bool remember(QSplitter *splitter, const settings::SettingValue<QByteArray> &key);
    bool restored(const QTableView *view) const;

    void save() const;

private:
    struct Entry
    {
        QPointer<QTableView> view;
        QPointer<QSplitter> splitter;
        settings::SettingValue<QByteArray> key;
        bool restored = false;
    };

    QVector<Entry> m_entries;
    QTimer *m_timer = nullptr;
};

} // namespace ui
} // namespace kamae

#include "widgets/ViewState.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

namespace kamae {
namespace ui {

ViewState::ViewState(QObject *parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &ViewState::save);
}

ViewState::~ViewState()
{
    save();
}

bool ViewState::remember(QTableView *view, const settings::SettingValue<QByteArray> &key)
{
    QHeaderView *header = view->horizontalHeader();
    bool restored = false;
    if (key.exists() && header->restoreState(key.get())) {
        restored = true;
        // The model sorts only when asked: ask, so that the indicator is true.
        const int column = header->sortIndicatorSection();
        if (view->isSortingEnabled() && column >= 0 && column < header->count())
            view->sortByColumn(column, header->sortIndicatorOrder());
    }
    m_entries.append(Entry{view, nullptr, key, restored});
    const auto later = [this] {
        m_timer->start();
    };
    connect(header, &QHeaderView::sectionResized, m_timer, later);
    connect(header, &QHeaderView::sectionMoved, m_timer, later);
    connect(header, &QHeaderView::sortIndicatorChanged, m_timer, later);
    return restored;
}

bool ViewState::remember(QSplitter *splitter, const settings::SettingValue<QByteArray> &key)
{
    const bool restored = key.exists() && splitter->restoreState(key.get());
    m_entries.append(Entry{nullptr, splitter, key, restored});
    connect(splitter, &QSplitter::splitterMoved, m_timer, [this] { m_timer->start(); });
    return restored;
}

bool ViewState::restored(const QTableView *view) const
{
    for (const Entry &e : m_entries)
        if (e.view == view)
            return e.restored;
    return false;
}

void ViewState::save() const
{
    m_timer->stop();
    for (const Entry &e : m_entries) {
        if (e.view)
            e.key.set(e.view->horizontalHeader()->saveState());
        else if (e.splitter)
            e.key.set(e.splitter->saveState());
    }
}

} // namespace ui
} // namespace kamae

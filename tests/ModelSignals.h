#pragma once

#include <QAbstractItemModel>
#include <QSignalSpy>

namespace kamae {
namespace test {

// Everything a model says about its rows, counted: tests of in-place
// updates check that an edit changed rows and reset nothing.
struct ModelSignals
{
    explicit ModelSignals(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted),
          removed(model, &QAbstractItemModel::rowsRemoved),
          changed(model, &QAbstractItemModel::dataChanged),
          reset(model, &QAbstractItemModel::modelReset),
          layout(model, &QAbstractItemModel::layoutChanged)
    {}
    void clear()
    {
        for (QSignalSpy *spy : {&inserted, &removed, &changed, &reset, &layout})
            spy->clear();
    }
    qsizetype total() const
    {
        return inserted.size() + removed.size() + changed.size() + reset.size() + layout.size();
    }
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
    QSignalSpy reset;
    QSignalSpy layout;
};

} // namespace test
} // namespace kamae

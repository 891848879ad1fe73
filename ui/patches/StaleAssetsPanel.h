#pragma once

#include "domain/Asset.h"
#include "domain/Patch.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace kamae {
namespace ui {

// The Patches page's "Not updated" tab: the devices and software nobody
// has updated within the policy's period, never recorded, or at end of
// support (patches::staleAssets).
class StaleAssetsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaleAssetsPanel)

public:
    explicit StaleAssetsPanel(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    int count() const;

    void setContent(const QVector<domain::Asset> &assets, const domain::PatchPolicy &policy,
                    const QDate &today);
    void retranslate();

private:
    void fill();

    QVector<domain::Asset> m_stale;
    int m_days = 0;
    QDate m_today;

    QLabel *m_hint = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace ui
} // namespace kamae

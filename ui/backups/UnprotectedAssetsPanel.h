#pragma once

#include "domain/Asset.h"

#include <QVector>
#include <QWidget>

class QTableWidget;

namespace kamae {
namespace ui {

// The important assets no backup job protects (backups::summarizeCompany
// says which): a hint and a table; double-click asks for the asset.
class UnprotectedAssetsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnprotectedAssetsPanel)

public:
    explicit UnprotectedAssetsPanel(QWidget *parent = nullptr);

    // Shows those of `assets` whose id is in `ids`. Fills the table again
    // only when what it shows changes, so that a write that does not
    // concern it leaves its selection and sort alone.
    void setAssets(const QVector<domain::Asset> &assets, const QVector<qint64> &ids);
    int count() const { return static_cast<int>(m_shown.size()); }
    void retranslate();

signals:
    void assetRequested(qint64 assetId);

private:
    QTableWidget *m_table = nullptr;
    // What each row shows: the id, then the cells' texts.
    QVector<QStringList> m_shown;
};

} // namespace ui
} // namespace kamae

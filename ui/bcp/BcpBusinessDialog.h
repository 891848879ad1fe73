#pragma once

#include "bcp/BcpRecords.h"
#include "widgets/FormDialog.h"

#include <QPair>

class QSpinBox;
class QTabWidget;

namespace kamae {
namespace ui {

class BcpRowsEditor;

// The register's assets a dialog offers: id and name, in the register's order.
using BcpAssetChoices = QVector<QPair<qint64, QString>>;

// A spin box of whole hours that may be left "not stated" (-1).
QSpinBox *makeHoursEdit(QWidget *parent, const QString &objectName, int hours);

// Edits a core business (様式06): its name and description, its maximum
// tolerable outage, RTO and RPO, the register's assets it depends on with
// their role, its suppliers and key customers (15, 17) and its
// alternatives (08), each with the asset it needs, if any.
class BcpBusinessDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BcpBusinessDialog)

public:
    BcpBusinessDialog(domain::BcpBusiness business, BcpAssetChoices assets,
                      QWidget *parent = nullptr);

    domain::BcpBusiness business() const;
    BcpRowsEditor *assetsEditor() const { return m_assets; }

protected:
    Problem check() const override;
    void retranslate() override;

private:
    domain::BcpBusiness m_business;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QSpinBox *m_maxOutage = nullptr;
    QSpinBox *m_rto = nullptr;
    QSpinBox *m_rpo = nullptr;
    BcpRowsEditor *m_assets = nullptr;
    BcpRowsEditor *m_partners = nullptr;
    BcpRowsEditor *m_alternatives = nullptr;
};

} // namespace ui
} // namespace kamae

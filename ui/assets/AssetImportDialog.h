#pragma once

#include "io/AssetTransfer.h"
#include "widgets/ImportDialog.h"

namespace kamae {
namespace ui {

// The asset register from a CSV or XLSX file (widgets/ImportDialog): the
// register's fields and the yes/no personal-data columns, a preview of the
// assets, and the rows already in the register, skipped unless the user
// unticks "Skip …". The user imports the good rows or nothing.
class AssetImportDialog final : public FieldImportDialog<io::AssetColumnMapping, domain::AssetField>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetImportDialog)

public:
    explicit AssetImportDialog(const QString &path, QWidget *parent = nullptr);

    const io::AssetImportPlan &plan() const { return m_plan; }
    // What the Import button adds: the plan's assets, without those already
    // in the register unless the user unticks "Skip …".
    QVector<domain::Asset> assetsToImport() const;
    // The register as it is, to warn about rows that are already in it.
    void setExistingAssets(const QVector<domain::Asset> &existing);

    // As setColumnField(), for a yes/no personal-data column (要配慮個人情報,
    // 特定個人情報).
    void setColumnPersonalFlag(int column, std::optional<domain::PersonalData> level);

protected:
    QVector<std::pair<QString, int>> choices() const override;
    int choiceOf(int column) const override;
    void choose(int column, int choice) override;
    void replan() override;

private:
    void updateSummary();

    io::AssetImportPlan m_plan;
    QVector<domain::Asset> m_existing;
    QString m_problem;
};

} // namespace ui
} // namespace kamae

#pragma once

#include "io/AssetTransfer.h"
#include "widgets/FormDialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace kamae {
namespace ui {

// Import from a CSV or XLSX file in one look: the file's columns beside
// Kamae's fields (guessed from the headers, changeable), a preview of what
// the first rows become, and every row that cannot be imported with its
// line and reason. The user imports the good rows or nothing.
class AssetImportDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetImportDialog)

public:
    explicit AssetImportDialog(const QString &path, QWidget *parent = nullptr);

    // False when the file could not be read at all (the reason is shown).
    bool hasTable() const { return m_table.has_value(); }
    const io::AssetImportPlan &plan() const { return m_plan; }
    // What the Import button adds: the plan's assets, without those already
    // in the register unless the user unticks "Skip …".
    QVector<domain::Asset> assetsToImport() const;
    // The register as it is, to warn about rows that are already in it.
    void setExistingAssets(const QVector<domain::Asset> &existing);
    QString path() const { return m_path; }

    // For tests and keyboard users: choose the field of a file column.
    void setColumnField(int column, std::optional<domain::AssetField> field);
    // The same for a yes/no personal-data column (要配慮個人情報, 特定個人情報).
    void setColumnPersonalFlag(int column, std::optional<domain::PersonalData> level);

private:
    void load();
    void fillMapping();
    void replan();
    void updateSummary();

    QString m_path;
    std::optional<io::Table> m_table;
    io::AssetColumnMapping m_mapping;
    io::AssetImportPlan m_plan;
    QVector<domain::Asset> m_existing;
    QString m_problem;

    QLabel *m_file = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_sheet = nullptr;
    QLabel *m_readError = nullptr;
    QTableWidget *m_columns = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_unmapped = nullptr;
    QCheckBox *m_skipDuplicates = nullptr;
    QListWidget *m_errors = nullptr;
};

} // namespace ui
} // namespace kamae

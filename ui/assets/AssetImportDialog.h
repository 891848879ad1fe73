#pragma once

#include "io/AssetTransfer.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace kamae {
namespace ui {

// Import from a CSV or XLSX file in one look: the file's columns beside
// Kamae's fields (guessed from the headers, changeable), a preview of what
// the first rows become, and every row that cannot be imported with its
// line and reason. The user imports the good rows or nothing.
class AssetImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetImportDialog)

public:
    explicit AssetImportDialog(const QString &path, QWidget *parent = nullptr);

    // False when the file could not be read at all (the reason is shown).
    bool hasTable() const { return m_table.has_value(); }
    const io::AssetImportPlan &plan() const { return m_plan; }
    QString path() const { return m_path; }

    // For tests and keyboard users: choose the field of a file column.
    void setColumnField(int column, std::optional<domain::AssetField> field);

private:
    void load();
    void fillMapping();
    void replan();

    QString m_path;
    std::optional<io::Table> m_table;
    io::AssetColumnMapping m_mapping;
    io::AssetImportPlan m_plan;

    QLabel *m_file = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_sheet = nullptr;
    QLabel *m_readError = nullptr;
    QTableWidget *m_columns = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_errors = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace ui
} // namespace kamae

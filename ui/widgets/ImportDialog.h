#pragma once

#include "core/Result.h"
#include "io/Table.h"
#include "io/TableImport.h"
#include "widgets/FormDialog.h"

#include <optional>
#include <utility>

class QListWidget;
class QTableWidget;

namespace kamae {
namespace ui {

// An import from a CSV or XLSX file in one look, whatever the records: the
// file's columns beside the module's fields (guessed from the headers,
// changeable), a preview of what the first rows become, and every row that
// cannot be imported with its line and reason. The module's dialog (assets,
// people) says how the file is read, which fields there are, and plans the
// import; this part shows it. Call start() at the end of its constructor.
class ImportDialog : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    // False when the file could not be read at all (the reason is shown).
    bool hasTable() const { return m_table.has_value(); }
    QString path() const { return m_path; }

protected:
    ImportDialog(const QString &objectName, const QString &path, QWidget *parent);

    // Reads the file and fills the dialog.
    void start();
    const std::optional<io::Table> &table() const { return m_table; }

    // How the module reads the file (its header chooser).
    virtual Result<io::Table> readTable(io::TextEncoding encoding, const QString &sheet) const = 0;
    // Guesses the mapping from table()'s header (or clears it without a table).
    virtual void guessMapping() = 0;
    // The choices of a column's field besides "(ignore)": label and a value >= 0.
    virtual QVector<std::pair<QString, int>> choices() const = 0;
    // The choice of a column, -1 when it is ignored.
    virtual int choiceOf(int column) const = 0;
    // The user chose (value -1: ignore); the dialog replans.
    virtual void choose(int column, int choice) = 0;
    // Plans with the mapping as it is and shows it (setPreview, setErrors,
    // setUnmapped, setSummary).
    virtual void replan() = 0;

    // Sets the combo of a column as the user would (for tests and keyboard users).
    void selectChoice(int column, int choice);
    // "Line" and the preview's columns, and its rows.
    void setPreview(const QStringList &header, const QVector<QStringList> &rows);
    void setErrors(const QVector<io::ImportRowError> &errors);
    void setUnmapped(const QStringList &columns);
    void setSummary(const QStringList &parts, bool warn);
    // A check box under the summary (hidden until the module shows it).
    QCheckBox *option() const { return m_option; }

private:
    void load();
    void fillMapping();

    QString m_path;
    std::optional<io::Table> m_table;

    QComboBox *m_encoding = nullptr;
    QComboBox *m_sheet = nullptr;
    QLabel *m_readError = nullptr;
    QTableWidget *m_columns = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_unmapped = nullptr;
    QCheckBox *m_option = nullptr;
    QListWidget *m_errors = nullptr;
};

// An import whose mapping gives each column at most one field of an enum
// (Mapping::fieldOfColumn, Mapping::setField), which the column's choices
// are: the module gives how its files are read, how a header is guessed,
// its choices and its plan.
template <typename Mapping, typename Field> class FieldImportDialog : public ImportDialog
{
public:
    using ReadFile = Result<io::Table> (*)(const QString &path, io::TextEncoding encoding,
                                           const QString &sheet, const QStringList &extraHeaders);
    using GuessMapping = Mapping (*)(const QStringList &header);

    // For tests and keyboard users: choose the field of a file column.
    void setColumnField(int column, std::optional<Field> field)
    {
        selectChoice(column, field ? static_cast<int>(*field) : -1);
    }

protected:
    FieldImportDialog(const QString &objectName, const QString &path, QWidget *parent,
                      ReadFile read, GuessMapping guess)
        : ImportDialog(objectName, path, parent), m_read(read), m_guess(guess)
    {}

    Result<io::Table> readTable(io::TextEncoding encoding, const QString &sheet) const override
    {
        return m_read(path(), encoding, sheet, {});
    }
    void guessMapping() override { m_mapping = table() ? m_guess(table()->header) : Mapping(); }
    int choiceOf(int column) const override
    {
        const auto field = m_mapping.fieldOfColumn.value(column);
        return field ? static_cast<int>(*field) : -1;
    }
    void choose(int column, int choice) override
    {
        m_mapping.setField(column, choice < 0 ? std::nullopt : std::optional<Field>(Field(choice)));
    }
    Mapping &mapping() { return m_mapping; }
    const Mapping &mapping() const { return m_mapping; }

private:
    Mapping m_mapping;
    ReadFile m_read;
    GuessMapping m_guess;
};

} // namespace ui
} // namespace kamae

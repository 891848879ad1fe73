#include "widgets/ImportDialog.h"

#include "io/Xlsx.h"
#include "widgets/Widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

ImportDialog::ImportDialog(const QString &objectName, const QString &path, QWidget *parent)
    // Nothing is typed here: closing loses nothing.
    : FormDialog(objectName, parent, Option::CloseFreely), m_path(path)
{
    const bool xlsx =
        QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;

    auto *fileLabel = new QLabel(
        QStringLiteral("<b>%1</b>").arg(QFileInfo(path).fileName().toHtmlEscaped()), this);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Detect automatically"), int(io::TextEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(io::TextEncoding::Utf8));
    m_encoding->addItem(tr("Shift_JIS (Japanese Excel)"), int(io::TextEncoding::ShiftJis));
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    if (xlsx) {
        if (const auto sheets = io::xlsxSheetNames(path))
            m_sheet->addItems(sheets.value());
    }
    m_readError = makeErrorLabel(this);
    m_readError->setObjectName(QStringLiteral("readError"));

    auto *source = new QHBoxLayout;
    source->addWidget(fileLabel);
    source->addStretch();
    auto *chooser = new QLabel(xlsx ? tr("&Sheet:") : tr("&Encoding:"), this);
    chooser->setBuddy(xlsx ? m_sheet : m_encoding);
    source->addWidget(chooser);
    source->addWidget(m_sheet);
    source->addWidget(m_encoding);
    (xlsx ? static_cast<QWidget *>(m_encoding) : m_sheet)->hide();

    m_columns = new QTableWidget(0, 3, this);
    m_columns->setObjectName(QStringLiteral("mappingTable"));
    m_columns->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("First value"), tr("Kamae field")});
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);

    m_preview = new QTableWidget(0, 1, this);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);

    m_summary = makeWrappedLabel(this, QStringLiteral("summaryLabel"));
    m_unmapped = makeWrappedLabel(this, QStringLiteral("unmappedLabel"));
    m_option = makeCheckBox(this, QStringLiteral("importOption"), QString(), true);
    m_option->hide();
    m_errors = new QListWidget(this);
    m_errors->setObjectName(QStringLiteral("errorList"));

    auto *mappingBox = new QGroupBox(tr("1. Which column is which"), this);
    (new QVBoxLayout(mappingBox))->addWidget(m_columns);
    auto *previewBox = new QGroupBox(tr("2. What the first rows become"), this);
    (new QVBoxLayout(previewBox))->addWidget(m_preview);
    auto *errorBox = new QGroupBox(tr("3. Rows that cannot be imported"), this);
    (new QVBoxLayout(errorBox))->addWidget(m_errors);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(mappingBox);
    split->addWidget(previewBox);
    split->addWidget(errorBox);
    split->setChildrenCollapsible(false);
    // The mapping is what the user works on; errors are usually few.
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 1);
    split->setSizes({300, 170, 110});

    okButton()->setObjectName(QStringLiteral("importButton"));

    bodyLayout()->addLayout(source);
    bodyLayout()->addWidget(m_readError);
    bodyLayout()->addWidget(split, 1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_unmapped, m_summary, m_option})
        addFooter(w, QSize(48, 260));

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::load);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportDialog::load);
    startAt(QSize(860, 680));
}

void ImportDialog::start()
{
    load();
}

void ImportDialog::load()
{
    const auto encoding = static_cast<io::TextEncoding>(m_encoding->currentData().toInt());
    auto table = readTable(encoding, m_sheet->currentText());
    if (!table) {
        m_table.reset();
        m_readError->setText(table.error());
        m_readError->show();
    } else {
        m_readError->hide();
        m_table = std::move(table.value());
    }
    guessMapping();
    fillMapping();
    replan();
}

void ImportDialog::fillMapping()
{
    const int columns = m_table ? m_table->columnCount() : 0;
    const QVector<std::pair<QString, int>> options = choices();
    m_columns->setRowCount(columns);
    for (int c = 0; c < columns; ++c) {
        m_columns->setItem(c, 0, new QTableWidgetItem(m_table->header.at(c)));
        QString first;
        for (const QStringList &row : m_table->rows) {
            if (c < row.size() && !row.at(c).trimmed().isEmpty()) {
                first = row.at(c).section(QLatin1Char('\n'), 0, 0);
                break;
            }
        }
        m_columns->setItem(c, 1, new QTableWidgetItem(first));
        auto *combo = new QComboBox(m_columns);
        combo->addItem(tr("(ignore)"), -1);
        for (const auto &[label, value] : options)
            combo->addItem(label, value);
        combo->setCurrentIndex(std::max(0, combo->findData(choiceOf(c))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c, combo] {
            choose(c, combo->currentData().toInt());
            replan();
        });
        m_columns->setCellWidget(c, 2, combo);
    }
    m_columns->resizeColumnToContents(0);
    m_columns->setColumnWidth(1, 220);
}

void ImportDialog::selectChoice(int column, int choice)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(column, 2)))
        combo->setCurrentIndex(std::max(0, combo->findData(choice)));
}

void ImportDialog::setPreview(const QStringList &header, const QVector<QStringList> &rows)
{
    m_preview->setColumnCount(static_cast<int>(header.size()) + 1);
    m_preview->setHorizontalHeaderLabels(QStringList{tr("Line")} + header);
    m_preview->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    m_preview->resizeColumnsToContents();
}

void ImportDialog::setErrors(const QVector<io::ImportRowError> &errors)
{
    m_errors->clear();
    for (const io::ImportRowError &e : errors)
        m_errors->addItem(tr("Line %1: %2").arg(e.line).arg(e.message));
}

void ImportDialog::setUnmapped(const QStringList &columns)
{
    // No column is left out without saying so.
    m_unmapped->setText(
        columns.isEmpty()
            ? QString()
            : tr("Not imported (no field chosen): %1").arg(columns.join(QStringLiteral(", "))));
    m_unmapped->setVisible(!columns.isEmpty());
}

void ImportDialog::setSummary(const QStringList &parts, bool warn)
{
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_summary->setStyleSheet(warn ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace ui
} // namespace kamae

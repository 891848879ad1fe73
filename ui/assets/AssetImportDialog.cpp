#include "assets/AssetImportDialog.h"

#include "core/Clock.h"
#include "domain/AssetRules.h"
#include "io/Xlsx.h"
#include "widgets/Widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
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

using domain::AssetField;

namespace {
constexpr int kPreviewRows = 10;
// Combo data of the yes/no personal-data choices: kFlagData + the level.
constexpr int kFlagData = 1000;
// Duplicates named in the warning; the count says the rest.
constexpr int kDuplicatesNamed = 5;
const QList<AssetField> kPreviewFields = {AssetField::Name,
                                          AssetField::Kind,
                                          AssetField::OwnerDepartment,
                                          AssetField::Confidentiality,
                                          AssetField::Integrity,
                                          AssetField::Availability,
                                          AssetField::Importance};
} // namespace

AssetImportDialog::AssetImportDialog(const QString &path, QWidget *parent)
    // Nothing is typed here: closing loses nothing.
    : FormDialog(QStringLiteral("AssetImportDialog"), parent, Option::CloseFreely), m_path(path)
{
    setWindowTitle(tr("Import assets"));
    const bool xlsx =
        QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;

    m_file = new QLabel(QStringLiteral("<b>%1</b>").arg(QFileInfo(path).fileName().toHtmlEscaped()),
                        this);
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
    source->addWidget(m_file);
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

    m_preview = new QTableWidget(0, static_cast<int>(kPreviewFields.size()) + 1, this);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    QStringList previewHeader = {tr("Line")};
    for (AssetField f : kPreviewFields)
        previewHeader << domain::AssetFieldText::label(f);
    m_preview->setHorizontalHeaderLabels(previewHeader);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);

    m_summary = makeWrappedLabel(this, QStringLiteral("summaryLabel"));
    m_unmapped = makeWrappedLabel(this, QStringLiteral("unmappedLabel"));
    m_skipDuplicates = makeCheckBox(this, QStringLiteral("skipDuplicatesCheck"), QString(), true);
    m_skipDuplicates->hide();
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

    QPushButton *import = okButton();
    import->setObjectName(QStringLiteral("importButton"));

    bodyLayout()->addLayout(source);
    bodyLayout()->addWidget(m_readError);
    bodyLayout()->addWidget(split, 1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_unmapped, m_summary, m_skipDuplicates})
        addFooter(w, QSize(48, 260));

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &AssetImportDialog::load);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &AssetImportDialog::load);
    connect(m_skipDuplicates, &QCheckBox::toggled, this, &AssetImportDialog::updateSummary);
    startAt(QSize(860, 680));
    load();
}

void AssetImportDialog::load()
{
    const auto encoding = static_cast<io::TextEncoding>(m_encoding->currentData().toInt());
    auto table = io::readTableFile(m_path, encoding, m_sheet->currentText());
    if (!table) {
        m_table.reset();
        m_readError->setText(table.error());
        m_readError->show();
        m_mapping = {};
        m_plan = {};
        fillMapping();
        replan();
        return;
    }
    m_readError->hide();
    m_table = std::move(table.value());
    m_mapping = io::guessAssetMapping(m_table->header);
    fillMapping();
    replan();
}

void AssetImportDialog::fillMapping()
{
    const int columns = m_table ? m_table->columnCount() : 0;
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
        for (const auto &info : domain::assetFields())
            if (!info.derived)
                combo->addItem(domain::AssetFieldText::label(info.field),
                               static_cast<int>(info.field));
        combo->addItem(tr("Sensitive personal data (yes/no)"),
                       kFlagData + static_cast<int>(domain::PersonalData::Sensitive));
        combo->addItem(tr("My Number data (yes/no)"),
                       kFlagData + static_cast<int>(domain::PersonalData::MyNumber));
        const auto field = m_mapping.fieldOfColumn.value(c);
        const auto flag = m_mapping.personalFlagOfColumn.value(c);
        combo->setCurrentIndex(field  ? combo->findData(static_cast<int>(*field))
                               : flag ? combo->findData(kFlagData + static_cast<int>(*flag))
                                      : 0);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c, combo] {
            const int value = combo->currentData().toInt();
            if (value >= kFlagData) {
                m_mapping.setPersonalFlag(c, domain::PersonalData(value - kFlagData));
            } else {
                m_mapping.setPersonalFlag(c, std::nullopt);
                m_mapping.setField(c, value < 0 ? std::nullopt
                                                : std::optional<AssetField>(AssetField(value)));
            }
            replan();
        });
        m_columns->setCellWidget(c, 2, combo);
    }
    m_columns->resizeColumnToContents(0);
    m_columns->setColumnWidth(1, 220);
}

void AssetImportDialog::setColumnField(int column, std::optional<domain::AssetField> field)
{
    auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(column, 2));
    if (combo)
        combo->setCurrentIndex(field ? combo->findData(static_cast<int>(*field)) : 0);
}

void AssetImportDialog::setColumnPersonalFlag(int column, std::optional<domain::PersonalData> level)
{
    auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(column, 2));
    if (combo)
        combo->setCurrentIndex(level ? combo->findData(kFlagData + static_cast<int>(*level)) : 0);
}

void AssetImportDialog::setExistingAssets(const QVector<domain::Asset> &existing)
{
    m_existing = existing;
    replan();
}

QVector<domain::Asset> AssetImportDialog::assetsToImport() const
{
    return m_skipDuplicates->isChecked() ? io::assetsWithoutDuplicates(m_plan) : m_plan.assets;
}

void AssetImportDialog::replan()
{
    m_plan = {};
    m_problem.clear();
    if (m_table) {
        if (const Status s = io::checkAssetMapping(*m_table, m_mapping); !s) {
            m_problem = s.error();
            m_plan.unmappedColumns = io::unmappedColumns(*m_table, m_mapping);
        } else {
            m_plan = io::planAssetImport(*m_table, m_mapping, clock::today());
            io::findDuplicateAssets(m_plan, m_existing);
        }
    }

    const int shown = std::min<int>(kPreviewRows, static_cast<int>(m_plan.assets.size()));
    m_preview->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        m_preview->setItem(r, 0, new QTableWidgetItem(QString::number(m_plan.assetLines.at(r))));
        for (int f = 0; f < kPreviewFields.size(); ++f)
            m_preview->setItem(
                r, f + 1,
                new QTableWidgetItem(domain::fieldText(m_plan.assets.at(r), kPreviewFields.at(f))));
    }
    m_preview->resizeColumnsToContents();

    m_errors->clear();
    for (const io::AssetRowError &e : m_plan.errors)
        m_errors->addItem(tr("Line %1: %2").arg(e.line).arg(e.message));

    updateSummary();
}

void AssetImportDialog::updateSummary()
{
    // No column is left out without saying so.
    m_unmapped->setText(m_plan.unmappedColumns.isEmpty()
                            ? QString()
                            : tr("Not imported (no field chosen): %1")
                                  .arg(m_plan.unmappedColumns.join(QStringLiteral(", "))));
    m_unmapped->setVisible(!m_plan.unmappedColumns.isEmpty());

    const int duplicates = static_cast<int>(m_plan.duplicates.size());
    m_skipDuplicates->setText(
        tr("Skip the %n row(s) already in the register", nullptr, duplicates));
    m_skipDuplicates->setVisible(duplicates > 0);

    const int skipped = m_skipDuplicates->isChecked() ? duplicates : 0;
    const int good = static_cast<int>(m_plan.assets.size()) - skipped;
    const int bad = static_cast<int>(m_plan.errors.size());
    QStringList parts;
    if (!m_problem.isEmpty()) {
        parts << m_problem;
    } else if (m_table) {
        parts << tr("%n row(s) can be imported", nullptr, good);
        if (bad > 0)
            parts << tr("%n row(s) have errors and will be left out", nullptr, bad);
        if (m_plan.skippedEmpty > 0)
            parts << tr("%n empty row(s) skipped", nullptr, m_plan.skippedEmpty);
        if (duplicates > 0) {
            QStringList named;
            for (int i = 0; i < duplicates && i < kDuplicatesNamed; ++i) {
                const io::AssetDuplicate &d = m_plan.duplicates.at(i);
                named << tr("line %1 “%2” (%3)").arg(d.line).arg(d.name, d.reason);
            }
            if (duplicates > kDuplicatesNamed)
                named << tr("%n more", nullptr, duplicates - kDuplicatesNamed);
            parts << tr("%n row(s) already in the register: %1", nullptr, duplicates)
                         .arg(named.join(QStringLiteral(", ")));
        }
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    const bool warn = !m_problem.isEmpty() || duplicates > 0;
    m_summary->setStyleSheet(warn ? QStringLiteral("color: #c62828;") : QString());
    okButton()->setEnabled(good > 0 && m_problem.isEmpty());
    setOkText(bad > 0 || skipped > 0 ? tr("Import the %n good row(s)", nullptr, good)
                                     : tr("Import %n asset(s)", nullptr, good));
}

} // namespace ui
} // namespace kamae

#include "assets/AssetImportDialog.h"

#include "core/Clock.h"
#include "domain/AssetRules.h"

#include <QCheckBox>
#include <QPushButton>

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
    : FieldImportDialog(QStringLiteral("AssetImportDialog"), path, parent, &io::readTableFile,
                        &io::guessAssetMapping)
{
    setWindowTitle(tr("Import assets"));
    option()->setObjectName(QStringLiteral("skipDuplicatesCheck"));
    connect(option(), &QCheckBox::toggled, this, &AssetImportDialog::updateSummary);
    start();
}

QVector<std::pair<QString, int>> AssetImportDialog::choices() const
{
    QVector<std::pair<QString, int>> all;
    for (const auto &info : domain::assetFields())
        if (!info.derived)
            all.append({domain::AssetFieldText::label(info.field), static_cast<int>(info.field)});
    all.append({tr("Sensitive personal data (yes/no)"),
                kFlagData + static_cast<int>(domain::PersonalData::Sensitive)});
    all.append({tr("My Number data (yes/no)"),
                kFlagData + static_cast<int>(domain::PersonalData::MyNumber)});
    return all;
}

int AssetImportDialog::choiceOf(int column) const
{
    if (const auto flag = mapping().personalFlagOfColumn.value(column))
        return kFlagData + static_cast<int>(*flag);
    return FieldImportDialog::choiceOf(column);
}

void AssetImportDialog::choose(int column, int choice)
{
    if (choice >= kFlagData) {
        mapping().setPersonalFlag(column, domain::PersonalData(choice - kFlagData));
    } else {
        mapping().setPersonalFlag(column, std::nullopt);
        FieldImportDialog::choose(column, choice);
    }
}

void AssetImportDialog::setColumnPersonalFlag(int column, std::optional<domain::PersonalData> level)
{
    selectChoice(column, level ? kFlagData + static_cast<int>(*level) : -1);
}

void AssetImportDialog::setExistingAssets(const QVector<domain::Asset> &existing)
{
    m_existing = existing;
    replan();
}

QVector<domain::Asset> AssetImportDialog::assetsToImport() const
{
    return option()->isChecked() ? io::assetsWithoutDuplicates(m_plan) : m_plan.assets;
}

void AssetImportDialog::replan()
{
    m_plan = {};
    m_problem.clear();
    if (table()) {
        if (const Status s = io::checkAssetMapping(*table(), mapping()); !s) {
            m_problem = s.error();
            m_plan.unmappedColumns = io::unmappedColumns(*table(), mapping());
        } else {
            m_plan = io::planAssetImport(*table(), mapping(), clock::today());
            io::findDuplicateAssets(m_plan, m_existing);
        }
    }

    QStringList header;
    for (AssetField f : kPreviewFields)
        header << domain::AssetFieldText::label(f);
    QVector<QStringList> rows;
    const int shown = std::min<int>(kPreviewRows, static_cast<int>(m_plan.assets.size()));
    for (int r = 0; r < shown; ++r) {
        QStringList row = {QString::number(m_plan.assetLines.at(r))};
        for (AssetField f : kPreviewFields)
            row << domain::fieldText(m_plan.assets.at(r), f);
        rows.append(row);
    }
    setPreview(header, rows);
    setErrors(m_plan.errors);
    updateSummary();
}

void AssetImportDialog::updateSummary()
{
    setUnmapped(m_plan.unmappedColumns);

    const int duplicates = static_cast<int>(m_plan.duplicates.size());
    option()->setText(tr("Skip the %n row(s) already in the register", nullptr, duplicates));
    option()->setVisible(duplicates > 0);

    const int skipped = option()->isChecked() ? duplicates : 0;
    const int good = static_cast<int>(m_plan.assets.size()) - skipped;
    const int bad = static_cast<int>(m_plan.errors.size());
    QStringList parts;
    if (!m_problem.isEmpty()) {
        parts << m_problem;
    } else if (table()) {
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
    setSummary(parts, !m_problem.isEmpty() || duplicates > 0);
    okButton()->setEnabled(good > 0 && m_problem.isEmpty());
    setOkText(bad > 0 || skipped > 0 ? tr("Import the %n good row(s)", nullptr, good)
                                     : tr("Import %n asset(s)", nullptr, good));
}

} // namespace ui
} // namespace kamae

#include "assets/AssetEditorDialog.h"

#include "domain/AssetFields.h"
#include "domain/AssetRules.h"
#include "store/AssetRepository.h"
#include "widgets/OwnerCombo.h"
#include "widgets/TabOrder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace kamae {
namespace ui {

using domain::AssetField;
using domain::AssetFieldText;

AssetEditorDialog::AssetEditorDialog(const domain::Asset &asset, const QStringList &departments,
                                     QWidget *parent)
    : FormDialog(QStringLiteral("AssetEditorDialog"), parent), m_original(asset)
{
    setWindowTitle(asset.id ? tr("Edit asset") : tr("New asset"));

    m_name = makeLineEdit(this, QStringLiteral("nameEdit"), asset.name);
    m_kind = makeEnumCombo(this, QStringLiteral("kindCombo"), domain::kAssetKindCount,
                           &domain::AssetText::kind, asset.kind);
    m_businessArea = makeLineEdit(this, QStringLiteral("businessAreaEdit"), asset.businessArea);
    m_users = makeLineEdit(this, QStringLiteral("usersEdit"), asset.users);
    m_department = makeComboBox(this, QStringLiteral("departmentCombo"), departments, -1);
    m_department->setEditable(true);
    m_department->setCurrentText(asset.ownerDepartment);
    OwnerCombo *owner = makeOwnerField(asset.ownerId);
    owner->setToolTip(tr("Who answers for the asset: a person or a department from the list "
                         "kept on the Organisation page"));
    m_location = makeLineEdit(this, QStringLiteral("locationEdit"), asset.location);
    m_personal = makeEnumCombo(this, QStringLiteral("personalCombo"), domain::kPersonalDataCount,
                               &domain::AssetText::personalData, asset.personalData);

    m_c = ratingCombo(QStringLiteral("confidentialityCombo"), asset.confidentiality);
    m_i = ratingCombo(QStringLiteral("integrityCombo"), asset.integrity);
    m_a = ratingCombo(QStringLiteral("availabilityCombo"), asset.availability);
    m_threat = ratingCombo(QStringLiteral("threatCombo"), asset.threat);
    m_vulnerability = ratingCombo(QStringLiteral("vulnerabilityCombo"), asset.vulnerability);
    m_derived = new QLabel(this);
    m_derived->setObjectName(QStringLiteral("derivedLabel"));

    m_retention = makeLineEdit(this, QStringLiteral("retentionEdit"), asset.retention);
    m_registered = OptionalDate(this, QStringLiteral("registeredEdit"), asset.registered);
    m_reviewed = OptionalDate(this, QStringLiteral("reviewedEdit"), asset.reviewed);

    m_internet =
        makeCheckBox(this, QStringLiteral("internetCheck"),
                     AssetFieldText::label(AssetField::InternetFacing), asset.internetFacing);
    m_mfa = makeEnumCombo(this, QStringLiteral("mfaCombo"), domain::kMfaCount,
                          &domain::AssetText::mfa, asset.mfa);
    m_vendor = makeLineEdit(this, QStringLiteral("vendorEdit"), asset.vendor);
    m_product = makeLineEdit(this, QStringLiteral("productEdit"), asset.product);
    m_version = makeLineEdit(this, QStringLiteral("versionEdit"), asset.version);
    m_lastUpdated = OptionalDate(this, QStringLiteral("lastUpdatedEdit"), asset.lastUpdated);
    m_endOfSupport =
        makeCheckBox(this, QStringLiteral("endOfSupportCheck"),
                     AssetFieldText::label(AssetField::EndOfSupport), asset.endOfSupport);
    m_notes = makeNotesEdit(this, QStringLiteral("notesEdit"), asset.notes, 70);
    setOkText(tr("Save"));

    // The register's own column names, each with a letter of its own: 22
    // labels take 22 of the letters they hold, so the two check boxes,
    // which name themselves, go without.
    auto label = [](AssetField f, char key) {
        return withMnemonic(AssetFieldText::label(f), QLatin1Char(key)) + QStringLiteral(":");
    };
    QFormLayout *whatForm = makeGroup(tr("What it is"));
    addRow(whatForm, label(AssetField::Name, 'N'), m_name);
    addRow(whatForm, label(AssetField::Kind, 'K'), m_kind);
    addRow(whatForm, label(AssetField::BusinessArea, 'B'), m_businessArea);
    addRow(whatForm, label(AssetField::Users, 'U'), m_users);
    addRow(whatForm, label(AssetField::OwnerDepartment, 'W'), m_department);
    addRow(whatForm, tr("&Owner:"), owner);
    addRow(whatForm, label(AssetField::Location, 'M'), m_location);
    addRow(whatForm, label(AssetField::Retention, 'T'), m_retention);
    addRow(whatForm, label(AssetField::Registered, 'G'), m_registered.row());
    addRow(whatForm, label(AssetField::Reviewed, 'R'), m_reviewed.row());
    addRow(whatForm, label(AssetField::Notes, 'E'), m_notes);

    QFormLayout *howForm = makeGroup(tr("How important"));
    addRow(howForm, label(AssetField::PersonalData, 'D'), m_personal);
    addRow(howForm, label(AssetField::Confidentiality, 'C'), m_c);
    addRow(howForm, label(AssetField::Integrity, 'I'), m_i);
    addRow(howForm, label(AssetField::Availability, 'A'), m_a);
    addRow(howForm, label(AssetField::Threat, 'H'), m_threat);
    addRow(howForm, label(AssetField::Vulnerability, 'Y'), m_vulnerability);
    howForm->addRow(m_derived);

    QFormLayout *techForm = makeGroup(tr("Technical"));
    techForm->addRow(m_internet);
    addRow(techForm, label(AssetField::Mfa, 'F'), m_mfa);
    addRow(techForm, label(AssetField::Vendor, 'V'), m_vendor);
    addRow(techForm, label(AssetField::Product, 'P'), m_product);
    addRow(techForm, label(AssetField::Version, 'S'), m_version);
    addRow(techForm, label(AssetField::LastUpdated, 'L'), m_lastUpdated.row());
    techForm->addRow(m_endOfSupport);
    // Wrapped under the check box: on one line it pushed the dialog wider
    // than the screen at 150 %.
    techForm->addRow(makeHint(this, tr("The maker no longer ships updates for this version")));

    // Names and places are read whole: the groups stand in two columns
    // only when the screen holds them with their fields that wide, one
    // under the other on a narrow screen (1280×720 at 150 %).
    keepReadable(
        {m_name, m_businessArea, m_users, m_location, m_retention, m_vendor, m_product, m_version});
    QWidget *what = whatForm->parentWidget();
    QWidget *how = howForm->parentWidget();
    QWidget *tech = techForm->parentWidget();
    const int whatWidth = unwrappedWidth(whatForm);
    const int rightWidth = std::max(unwrappedWidth(howForm), unwrappedWidth(techForm));
    if (screenHolds(whatWidth + rightWidth + 12)) {
        // In two columns, no group wraps its rows.
        what->setMinimumWidth(whatWidth);
        how->setMinimumWidth(rightWidth);
        tech->setMinimumWidth(rightWidth);
        auto *grid = new QGridLayout;
        grid->addWidget(what, 0, 0, 2, 1);
        grid->addWidget(how, 0, 1);
        grid->addWidget(tech, 1, 1);
        grid->setColumnStretch(0, 3);
        grid->setColumnStretch(1, 2);
        bodyLayout()->addLayout(grid);
    } else {
        for (QWidget *group : {what, how, tech})
            bodyLayout()->addWidget(group);
    }

    for (QComboBox *c : {m_c, m_i, m_a, m_threat, m_vulnerability, m_personal}) {
        connect(c, &QComboBox::currentIndexChanged, this, &AssetEditorDialog::updateDerived);
        // As wide as the column allows, not as the longest choice.
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
    }
    m_mfa->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mfa->setMinimumContentsLength(8);
    updateDerived();
    // Down the left column, then down the right one.
    setTabChain({m_name,
                 m_kind,
                 m_businessArea,
                 m_users,
                 m_department,
                 owner,
                 m_location,
                 m_retention,
                 m_registered.check(),
                 m_registered.edit(),
                 m_reviewed.check(),
                 m_reviewed.edit(),
                 m_notes,
                 m_personal,
                 m_c,
                 m_i,
                 m_a,
                 m_threat,
                 m_vulnerability,
                 m_internet,
                 m_mfa,
                 m_vendor,
                 m_product,
                 m_version,
                 m_lastUpdated.check(),
                 m_lastUpdated.edit(),
                 m_endOfSupport});
    m_name->setFocus();
}

QComboBox *AssetEditorDialog::ratingCombo(const QString &objectName, int current)
{
    return makeComboBox(this, objectName,
                        {tr("Not rated"), tr("1 (low)"), tr("2 (medium)"), tr("3 (high)")},
                        current);
}

domain::Asset AssetEditorDialog::asset() const
{
    domain::Asset a = m_original;
    a.name = m_name->text().trimmed();
    a.kind = domain::AssetKind(m_kind->currentIndex());
    a.businessArea = m_businessArea->text().trimmed();
    a.users = m_users->text().trimmed();
    a.ownerDepartment = m_department->currentText().trimmed();
    if (const auto owner = chosenOwner())
        a.ownerId = *owner;
    a.location = m_location->text().trimmed();
    a.personalData = domain::PersonalData(m_personal->currentIndex());
    a.confidentiality = m_c->currentIndex();
    a.integrity = m_i->currentIndex();
    a.availability = m_a->currentIndex();
    a.threat = m_threat->currentIndex();
    a.vulnerability = m_vulnerability->currentIndex();
    a.retention = m_retention->text().trimmed();
    a.registered = m_registered.date();
    a.reviewed = m_reviewed.date();
    a.internetFacing = m_internet->isChecked();
    a.mfa = domain::Mfa(m_mfa->currentIndex());
    a.vendor = m_vendor->text().trimmed();
    a.product = m_product->text().trimmed();
    a.version = m_version->text().trimmed();
    a.lastUpdated = m_lastUpdated.date();
    a.endOfSupport = m_endOfSupport->isChecked();
    a.notes = m_notes->toPlainText();
    return a;
}

void AssetEditorDialog::updateDerived()
{
    const domain::Asset a = asset();
    const int importance = domain::importance(a);
    const int risk = domain::riskValue(a);
    QString text = tr("Importance: %1").arg(importance ? QString::number(importance) : tr("—"));
    text += QStringLiteral(" · ");
    text += tr("Risk value: %1")
                .arg(risk ? QStringLiteral("%1 (%2)").arg(risk).arg(
                                domain::AssetText::riskClass(domain::riskClass(risk)))
                          : tr("—"));
    m_derived->setText(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
}

FormDialog::Problem AssetEditorDialog::check() const
{
    if (const Status s = store::AssetRepository::validate(asset()); !s)
        return {s.error(), m_name};
    return {};
}

} // namespace ui
} // namespace kamae

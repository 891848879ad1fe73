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

using domain::Asset;
using domain::AssetField;
using domain::AssetFieldText;

namespace {

// A register column edited by one widget: where the asset keeps it, and
// the widget's name.
template <typename T> struct EditedField
{
    AssetField field;
    T Asset::*member;
    const char *objectName;
};

// The columns kept as one line of text, each read trimmed and kept wide
// enough to read whole.
const EditedField<QString> kLineFields[] = {
    {AssetField::Name, &Asset::name, "nameEdit"},
    {AssetField::BusinessArea, &Asset::businessArea, "businessAreaEdit"},
    {AssetField::Users, &Asset::users, "usersEdit"},
    {AssetField::Location, &Asset::location, "locationEdit"},
    {AssetField::Retention, &Asset::retention, "retentionEdit"},
    {AssetField::Vendor, &Asset::vendor, "vendorEdit"},
    {AssetField::Product, &Asset::product, "productEdit"},
    {AssetField::Version, &Asset::version, "versionEdit"},
};

// The ratings (0: not rated, 1 to 3), each a combo box.
const EditedField<int> kRatingFields[] = {
    {AssetField::Confidentiality, &Asset::confidentiality, "confidentialityCombo"},
    {AssetField::Integrity, &Asset::integrity, "integrityCombo"},
    {AssetField::Availability, &Asset::availability, "availabilityCombo"},
    {AssetField::Threat, &Asset::threat, "threatCombo"},
    {AssetField::Vulnerability, &Asset::vulnerability, "vulnerabilityCombo"},
};

} // namespace

AssetEditorDialog::AssetEditorDialog(const domain::Asset &asset, const QStringList &departments,
                                     QWidget *parent)
    : FormDialog(QStringLiteral("AssetEditorDialog"), parent), m_original(asset)
{
    setWindowTitle(asset.id ? tr("Edit asset") : tr("New asset"));

    for (const auto &f : kLineFields)
        m_lines.insert(f.field,
                       makeLineEdit(this, QString::fromLatin1(f.objectName), asset.*f.member));
    for (const auto &f : kRatingFields)
        m_ratings.insert(f.field, makeComboBox(this, QString::fromLatin1(f.objectName),
                                               {tr("Not rated"), tr("1 (low)"), tr("2 (medium)"),
                                                tr("3 (high)")},
                                               asset.*f.member));
    m_kind = makeEnumCombo(this, QStringLiteral("kindCombo"), domain::kAssetKindCount,
                           &domain::AssetText::kind, asset.kind);
    m_department = makeComboBox(this, QStringLiteral("departmentCombo"), departments, -1);
    m_department->setEditable(true);
    m_department->setCurrentText(asset.ownerDepartment);
    OwnerCombo *owner = makeOwnerField(asset.ownerId);
    owner->setToolTip(tr("Who answers for the asset: a person or a department from the list "
                         "kept on the Organisation page"));
    m_personal = makeEnumCombo(this, QStringLiteral("personalCombo"), domain::kPersonalDataCount,
                               &domain::AssetText::personalData, asset.personalData);

    m_derived = new QLabel(this);
    m_derived->setObjectName(QStringLiteral("derivedLabel"));

    m_registered = OptionalDate(this, QStringLiteral("registeredEdit"), asset.registered);
    m_reviewed = OptionalDate(this, QStringLiteral("reviewedEdit"), asset.reviewed);

    m_internet =
        makeCheckBox(this, QStringLiteral("internetCheck"),
                     AssetFieldText::label(AssetField::InternetFacing), asset.internetFacing);
    m_mfa = makeEnumCombo(this, QStringLiteral("mfaCombo"), domain::kMfaCount,
                          &domain::AssetText::mfa, asset.mfa);
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
    addRow(whatForm, label(AssetField::Name, 'N'), line(AssetField::Name));
    addRow(whatForm, label(AssetField::Kind, 'K'), m_kind);
    addRow(whatForm, label(AssetField::BusinessArea, 'B'), line(AssetField::BusinessArea));
    addRow(whatForm, label(AssetField::Users, 'U'), line(AssetField::Users));
    addRow(whatForm, label(AssetField::OwnerDepartment, 'W'), m_department);
    addRow(whatForm, tr("&Owner:"), owner);
    addRow(whatForm, label(AssetField::Location, 'M'), line(AssetField::Location));
    addRow(whatForm, label(AssetField::Retention, 'T'), line(AssetField::Retention));
    addRow(whatForm, label(AssetField::Registered, 'G'), m_registered.row());
    addRow(whatForm, label(AssetField::Reviewed, 'R'), m_reviewed.row());
    addRow(whatForm, label(AssetField::Notes, 'E'), m_notes);

    QFormLayout *howForm = makeGroup(tr("How important"));
    addRow(howForm, label(AssetField::PersonalData, 'D'), m_personal);
    addRow(howForm, label(AssetField::Confidentiality, 'C'), rating(AssetField::Confidentiality));
    addRow(howForm, label(AssetField::Integrity, 'I'), rating(AssetField::Integrity));
    addRow(howForm, label(AssetField::Availability, 'A'), rating(AssetField::Availability));
    addRow(howForm, label(AssetField::Threat, 'H'), rating(AssetField::Threat));
    addRow(howForm, label(AssetField::Vulnerability, 'Y'), rating(AssetField::Vulnerability));
    howForm->addRow(m_derived);

    QFormLayout *techForm = makeGroup(tr("Technical"));
    techForm->addRow(m_internet);
    addRow(techForm, label(AssetField::Mfa, 'F'), m_mfa);
    addRow(techForm, label(AssetField::Vendor, 'V'), line(AssetField::Vendor));
    addRow(techForm, label(AssetField::Product, 'P'), line(AssetField::Product));
    addRow(techForm, label(AssetField::Version, 'S'), line(AssetField::Version));
    addRow(techForm, label(AssetField::LastUpdated, 'L'), m_lastUpdated.row());
    techForm->addRow(m_endOfSupport);
    // Wrapped under the check box: on one line it pushed the dialog wider
    // than the screen at 150 %.
    techForm->addRow(makeHint(this, tr("The maker no longer ships updates for this version")));

    // Names and places are read whole: the groups stand in two columns
    // only when the screen holds them with their fields that wide, one
    // under the other on a narrow screen (1280×720 at 150 %).
    keepReadable(m_lines.values());
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

    const QList<QComboBox *> ratings = m_ratings.values() << m_personal;
    for (QComboBox *c : ratings) {
        connect(c, &QComboBox::currentIndexChanged, this, &AssetEditorDialog::updateDerived);
        // As wide as the column allows, not as the longest choice.
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
    }
    m_mfa->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mfa->setMinimumContentsLength(8);
    updateDerived();
    // Down the left column, then down the right one.
    setTabChain({line(AssetField::Name),
                 m_kind,
                 line(AssetField::BusinessArea),
                 line(AssetField::Users),
                 m_department,
                 owner,
                 line(AssetField::Location),
                 line(AssetField::Retention),
                 m_registered.check(),
                 m_registered.edit(),
                 m_reviewed.check(),
                 m_reviewed.edit(),
                 m_notes,
                 m_personal,
                 rating(AssetField::Confidentiality),
                 rating(AssetField::Integrity),
                 rating(AssetField::Availability),
                 rating(AssetField::Threat),
                 rating(AssetField::Vulnerability),
                 m_internet,
                 m_mfa,
                 line(AssetField::Vendor),
                 line(AssetField::Product),
                 line(AssetField::Version),
                 m_lastUpdated.check(),
                 m_lastUpdated.edit(),
                 m_endOfSupport});
    line(AssetField::Name)->setFocus();
}

domain::Asset AssetEditorDialog::asset() const
{
    domain::Asset a = m_original;
    for (const auto &f : kLineFields)
        a.*f.member = line(f.field)->text().trimmed();
    for (const auto &f : kRatingFields)
        a.*f.member = rating(f.field)->currentIndex();
    a.kind = domain::AssetKind(m_kind->currentIndex());
    a.ownerDepartment = m_department->currentText().trimmed();
    if (const auto owner = chosenOwner())
        a.ownerId = *owner;
    a.personalData = domain::PersonalData(m_personal->currentIndex());
    a.registered = m_registered.date();
    a.reviewed = m_reviewed.date();
    a.internetFacing = m_internet->isChecked();
    a.mfa = domain::Mfa(m_mfa->currentIndex());
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
        return {s.error(), line(AssetField::Name)};
    return {};
}

} // namespace ui
} // namespace kamae

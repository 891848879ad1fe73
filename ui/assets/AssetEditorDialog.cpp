#include "assets/AssetEditorDialog.h"
#include "core/Clock.h"

#include "i18n/Language.h"
#include "widgets/DiscardGuard.h"
#include "widgets/FittingScrollArea.h"
#include "widgets/OwnerCombo.h"

#include "domain/AssetFields.h"
#include "domain/AssetRules.h"
#include "store/AssetRepository.h"
#include "widgets/TabOrder.h"
#include "widgets/Widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

using domain::AssetField;
using domain::AssetFieldText;

AssetEditorDialog::AssetEditorDialog(const domain::Asset &asset, const QStringList &departments,
                                     QWidget *parent)
    : QDialog(parent), m_original(asset)
{
    setObjectName(QStringLiteral("AssetEditorDialog"));
    setWindowTitle(asset.id ? tr("Edit asset") : tr("New asset"));

    auto line = [this](const QString &name, const QString &text) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        return edit;
    };
    m_name = line(QStringLiteral("nameEdit"), asset.name);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (int i = 0; i < domain::kAssetKindCount; ++i)
        m_kind->addItem(domain::AssetText::kind(domain::AssetKind(i)));
    m_kind->setCurrentIndex(static_cast<int>(asset.kind));
    m_businessArea = line(QStringLiteral("businessAreaEdit"), asset.businessArea);
    m_users = line(QStringLiteral("usersEdit"), asset.users);
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("departmentCombo"));
    m_department->setEditable(true);
    m_department->addItems(departments);
    m_department->setCurrentText(asset.ownerDepartment);
    m_owner = new OwnerCombo(this);
    m_owner->setToolTip(tr("Who answers for the asset: a person or a department from the list "
                           "kept on the Organisation page"));
    m_location = line(QStringLiteral("locationEdit"), asset.location);
    m_personal = new QComboBox(this);
    m_personal->setObjectName(QStringLiteral("personalCombo"));
    for (int i = 0; i < domain::kPersonalDataCount; ++i)
        m_personal->addItem(domain::AssetText::personalData(domain::PersonalData(i)));
    m_personal->setCurrentIndex(static_cast<int>(asset.personalData));

    m_c = ratingCombo(QStringLiteral("confidentialityCombo"));
    m_c->setCurrentIndex(asset.confidentiality);
    m_i = ratingCombo(QStringLiteral("integrityCombo"));
    m_i->setCurrentIndex(asset.integrity);
    m_a = ratingCombo(QStringLiteral("availabilityCombo"));
    m_a->setCurrentIndex(asset.availability);
    m_threat = ratingCombo(QStringLiteral("threatCombo"));
    m_threat->setCurrentIndex(asset.threat);
    m_vulnerability = ratingCombo(QStringLiteral("vulnerabilityCombo"));
    m_vulnerability->setCurrentIndex(asset.vulnerability);
    m_derived = new QLabel(this);
    m_derived->setObjectName(QStringLiteral("derivedLabel"));

    m_retention = line(QStringLiteral("retentionEdit"), asset.retention);
    m_hasRegistered = new QCheckBox(this);
    m_registered = dateEdit(QStringLiteral("registeredEdit"), asset.registered);
    m_hasRegistered->setChecked(asset.registered.isValid());
    m_hasReviewed = new QCheckBox(this);
    m_hasReviewed->setObjectName(QStringLiteral("hasReviewedCheck"));
    m_reviewed = dateEdit(QStringLiteral("reviewedEdit"), asset.reviewed);
    m_hasReviewed->setChecked(asset.reviewed.isValid());

    m_internet = new QCheckBox(AssetFieldText::label(AssetField::InternetFacing), this);
    m_internet->setObjectName(QStringLiteral("internetCheck"));
    m_internet->setChecked(asset.internetFacing);
    m_mfa = new QComboBox(this);
    m_mfa->setObjectName(QStringLiteral("mfaCombo"));
    for (int i = 0; i < domain::kMfaCount; ++i)
        m_mfa->addItem(domain::AssetText::mfa(domain::Mfa(i)));
    m_mfa->setCurrentIndex(static_cast<int>(asset.mfa));
    m_vendor = line(QStringLiteral("vendorEdit"), asset.vendor);
    m_product = line(QStringLiteral("productEdit"), asset.product);
    m_version = line(QStringLiteral("versionEdit"), asset.version);
    m_hasLastUpdated = new QCheckBox(this);
    m_hasLastUpdated->setObjectName(QStringLiteral("hasLastUpdatedCheck"));
    m_lastUpdated = dateEdit(QStringLiteral("lastUpdatedEdit"), asset.lastUpdated);
    m_hasLastUpdated->setChecked(asset.lastUpdated.isValid());
    m_endOfSupport = new QCheckBox(tr("The maker no longer ships updates for this version"), this);
    m_endOfSupport->setObjectName(QStringLiteral("endOfSupportCheck"));
    m_endOfSupport->setChecked(asset.endOfSupport);
    m_notes = new QPlainTextEdit(asset.notes, this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);

    m_error = makeErrorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto label = [](AssetField f) {
        return AssetFieldText::label(f) + QStringLiteral(":");
    };
    auto dateRow = [this](QCheckBox *check, QDateEdit *edit) {
        auto *row = new QHBoxLayout;
        row->addWidget(check);
        row->addWidget(edit);
        row->addStretch();
        edit->setEnabled(check->isChecked());
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        return row;
    };

    auto *what = new QGroupBox(tr("What it is"), this);
    auto *whatForm = new QFormLayout(what);
    whatForm->addRow(label(AssetField::Name), m_name);
    whatForm->addRow(label(AssetField::Kind), m_kind);
    whatForm->addRow(label(AssetField::BusinessArea), m_businessArea);
    whatForm->addRow(label(AssetField::Users), m_users);
    whatForm->addRow(label(AssetField::OwnerDepartment), m_department);
    whatForm->addRow(tr("Owner:"), m_owner);
    whatForm->addRow(label(AssetField::Location), m_location);
    whatForm->addRow(label(AssetField::Retention), m_retention);
    whatForm->addRow(label(AssetField::Registered), dateRow(m_hasRegistered, m_registered));
    whatForm->addRow(label(AssetField::Reviewed), dateRow(m_hasReviewed, m_reviewed));
    whatForm->addRow(label(AssetField::Notes), m_notes);

    auto *how = new QGroupBox(tr("How important"), this);
    auto *howForm = new QFormLayout(how);
    // On a narrow screen a field goes under its label rather than off the
    // side (1280×720 at 150 %).
    howForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    howForm->addRow(label(AssetField::PersonalData), m_personal);
    howForm->addRow(label(AssetField::Confidentiality), m_c);
    howForm->addRow(label(AssetField::Integrity), m_i);
    howForm->addRow(label(AssetField::Availability), m_a);
    howForm->addRow(label(AssetField::Threat), m_threat);
    howForm->addRow(label(AssetField::Vulnerability), m_vulnerability);
    howForm->addRow(m_derived);

    auto *tech = new QGroupBox(tr("Technical"), this);
    auto *techForm = new QFormLayout(tech);
    techForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    techForm->addRow(m_internet);
    techForm->addRow(label(AssetField::Mfa), m_mfa);
    techForm->addRow(label(AssetField::Vendor), m_vendor);
    techForm->addRow(label(AssetField::Product), m_product);
    techForm->addRow(label(AssetField::Version), m_version);
    techForm->addRow(label(AssetField::LastUpdated), dateRow(m_hasLastUpdated, m_lastUpdated));
    techForm->addRow(label(AssetField::EndOfSupport), m_endOfSupport);

    auto *body = new QWidget(this);
    auto *grid = new QGridLayout(body);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(what, 0, 0, 2, 1);
    grid->addWidget(how, 0, 1);
    grid->addWidget(tech, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new FittingScrollArea(body, this), 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    for (QComboBox *c : {m_c, m_i, m_a, m_threat, m_vulnerability, m_personal}) {
        connect(c, &QComboBox::currentIndexChanged, this, &AssetEditorDialog::updateDerived);
        // As wide as the column allows, not as the longest choice.
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
    }
    m_mfa->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mfa->setMinimumContentsLength(8);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssetEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateDerived();
    // Down the left column, then down the right one.
    setTabChain({m_name, m_kind, m_businessArea, m_users, m_department, m_owner, m_location,
                 m_retention, m_hasRegistered, m_registered, m_hasReviewed, m_reviewed, m_notes,
                 m_personal, m_c, m_i, m_a, m_threat, m_vulnerability, m_internet, m_mfa,
                 m_vendor, m_product, m_version, m_hasLastUpdated, m_lastUpdated,
                 m_endOfSupport});
    m_name->setFocus();
    m_discard = new DiscardGuard(this);
}

QComboBox *AssetEditorDialog::ratingCombo(const QString &objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->addItems({tr("Not rated"), tr("1 (low)"), tr("2 (medium)"), tr("3 (high)")});
    return combo;
}

QDateEdit *AssetEditorDialog::dateEdit(const QString &objectName, const QDate &date)
{
    auto *edit = new QDateEdit(date.isValid() ? date : clock::today(), this);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(i18n::dateFormat());
    return edit;
}

domain::Asset AssetEditorDialog::asset() const
{
    domain::Asset a = m_original;
    a.name = m_name->text().trimmed();
    a.kind = domain::AssetKind(m_kind->currentIndex());
    a.businessArea = m_businessArea->text().trimmed();
    a.users = m_users->text().trimmed();
    a.ownerDepartment = m_department->currentText().trimmed();
    if (m_peopleSet && m_owner->ownerId() >= 0)
        a.ownerId = m_owner->ownerId();
    a.location = m_location->text().trimmed();
    a.personalData = domain::PersonalData(m_personal->currentIndex());
    a.confidentiality = m_c->currentIndex();
    a.integrity = m_i->currentIndex();
    a.availability = m_a->currentIndex();
    a.threat = m_threat->currentIndex();
    a.vulnerability = m_vulnerability->currentIndex();
    a.retention = m_retention->text().trimmed();
    a.registered = m_hasRegistered->isChecked() ? m_registered->date() : QDate();
    a.reviewed = m_hasReviewed->isChecked() ? m_reviewed->date() : QDate();
    a.internetFacing = m_internet->isChecked();
    a.mfa = domain::Mfa(m_mfa->currentIndex());
    a.vendor = m_vendor->text().trimmed();
    a.product = m_product->text().trimmed();
    a.version = m_version->text().trimmed();
    a.lastUpdated = m_hasLastUpdated->isChecked() ? m_lastUpdated->date() : QDate();
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

void AssetEditorDialog::setPeople(const QVector<domain::Person> &people)
{
    m_owner->setPeople(people, m_original.ownerId);
    m_peopleSet = true;
}

void AssetEditorDialog::accept()
{
    if (m_peopleSet && m_owner->ownerId() < 0) {
        m_error->setText(m_owner->problem());
        m_error->show();
        m_owner->setFocus();
        return;
    }
    const Status s = store::AssetRepository::validate(asset());
    if (!s) {
        m_error->setText(s.error());
        m_error->show();
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

void AssetEditorDialog::reject()
{
    if (m_discard->mayDiscard())
        QDialog::reject();
}

} // namespace ui
} // namespace kamae

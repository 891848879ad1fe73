#include "patches/PatchEditorDialog.h"
#include "core/Clock.h"

#include "i18n/Language.h"
#include "patches/PatchDesk.h"
#include "widgets/DiscardGuard.h"
#include "widgets/FittingScrollArea.h"
#include "widgets/OwnerCombo.h"

#include "domain/PatchRules.h"
#include "widgets/TabOrder.h"
#include "widgets/Widgets.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace kamae {
namespace ui {

namespace {

QDateEdit *makeDateEdit(QWidget *parent, const QString &objectName, const QDate &date)
{
    auto *edit = new QDateEdit(date.isValid() ? date : clock::today(), parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(i18n::dateFormat());
    return edit;
}

// "cve-2024-1234, CVE-2024-5678" → upper-case ids, each once.
QStringList idsFrom(const QString &text)
{
    QStringList ids;
    for (const QString &part :
         text.split(QRegularExpression(QStringLiteral("[\\s,、;]+")), Qt::SkipEmptyParts)) {
        const QString id = part.normalized(QString::NormalizationForm_KC).toUpper();
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

} // namespace

PatchEditorDialog::PatchEditorDialog(const domain::PatchItem &item,
                                     const QVector<domain::Asset> &assets,
                                     const domain::PatchPolicy &policy, QWidget *parent)
    : QDialog(parent), m_original(item), m_policy(policy)
{
    setObjectName(QStringLiteral("PatchEditorDialog"));
    setWindowTitle(item.id > 0 ? tr("Edit patch item") : tr("New patch item"));

    m_asset = new QComboBox(this);
    m_asset->setObjectName(QStringLiteral("assetCombo"));
    QVector<const domain::Asset *> sorted;
    for (const domain::Asset &a : assets)
        sorted << &a;
    QCollator collator;
    std::sort(sorted.begin(), sorted.end(),
              [&](const auto *a, const auto *b) { return collator.compare(a->name, b->name) < 0; });
    for (const domain::Asset *a : sorted)
        m_asset->addItem(a->name, a->id);
    m_asset->setCurrentIndex(std::max(0, m_asset->findData(item.assetId)));

    auto line = [this](const QString &name, const QString &text) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        return edit;
    };
    m_product = line(QStringLiteral("productEdit"), item.product);
    m_installed = line(QStringLiteral("installedEdit"), item.installedVersion);
    m_update = line(QStringLiteral("updateEdit"), item.availableUpdate);
    m_update->setPlaceholderText(tr("e.g. 7.0.14, or the monthly update"));
    m_cves = line(QStringLiteral("cvesEdit"), item.cves.join(QLatin1Char(' ')));
    m_cves->setPlaceholderText(QStringLiteral("CVE-2018-13379"));
    m_jvnIds = line(QStringLiteral("jvnEdit"), item.jvnIds.join(QLatin1Char(' ')));
    m_jvnIds->setPlaceholderText(QStringLiteral("JVNDB-2019-000001"));
    m_score = new QDoubleSpinBox(this);
    m_score->setObjectName(QStringLiteral("scoreSpin"));
    m_score->setRange(-0.1, 10.0);
    m_score->setDecimals(1);
    m_score->setSingleStep(0.1);
    m_score->setSpecialValueText(tr("Unknown"));
    m_score->setValue(item.cvssScore < 0 ? -0.1 : item.cvssScore);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    for (int i = 0; i < domain::kSeverityCount; ++i)
        m_severity->addItem(domain::PatchText::severity(domain::Severity(i)));
    m_severity->setCurrentIndex(static_cast<int>(item.severity));
    m_exploited = new QCheckBox(tr("Known to be exploited (listed in KEV)"), this);
    m_exploited->setObjectName(QStringLiteral("exploitedCheck"));
    m_exploited->setChecked(item.knownExploited);
    m_ransomware = new QCheckBox(tr("Used in ransomware campaigns"), this);
    m_ransomware->setObjectName(QStringLiteral("ransomwareCheck"));
    m_ransomware->setChecked(item.knownRansomwareUse);

    m_found = makeDateEdit(this, QStringLiteral("foundEdit"), item.found);
    m_due = makeDateEdit(this, QStringLiteral("dueEdit"), item.due);
    m_dueByPolicy = new QPushButton(tr("By policy"), this);
    m_dueByPolicy->setObjectName(QStringLiteral("dueByPolicyButton"));
    m_dueByPolicy->setToolTip(tr("Set the due date from the found date and the policy in "
                                 "Settings."));
    // An existing item keeps its date unless the user asks; a new one follows.
    m_dueByHand = item.id > 0 && item.due.isValid();
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (int i = 0; i < domain::kPatchStatusCount; ++i)
        m_status->addItem(domain::PatchText::status(domain::PatchStatus(i)));
    m_status->setCurrentIndex(static_cast<int>(item.status));
    m_applied = makeDateEdit(this, QStringLiteral("appliedEdit"), item.applied);
    m_reason = new QPlainTextEdit(item.acceptedReason, this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(64);
    m_reason->setPlaceholderText(tr("Why is it acceptable not to apply this update for now? "
                                    "What reduces the risk meanwhile?"));
    m_review = makeDateEdit(this, QStringLiteral("reviewEdit"),
                            item.acceptedReviewDate.isValid() ? item.acceptedReviewDate
                                                              : clock::today().addDays(90));
    m_owner = new OwnerCombo(this);
    m_owner->setNoneText(tr("(the asset's owner)"));
    m_owner->setToolTip(
        tr("Who applies this update: a person or a department from the list kept "
           "on the Organisation page. Left empty, the asset's owner answers for it."));
    m_notes = new QPlainTextEdit(item.notes, this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(64);
    m_error = makeErrorLabel(this);

    auto *what = new QGroupBox(tr("What needs updating"), this);
    auto *whatForm = new QFormLayout(what);
    // On a narrow screen a field goes under its label rather than off the
    // side (1280×720 at 150 %).
    whatForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    whatForm->addRow(tr("Asset"), m_asset);
    whatForm->addRow(tr("Product"), m_product);
    whatForm->addRow(tr("Installed version"), m_installed);
    whatForm->addRow(tr("Update that fixes it"), m_update);
    whatForm->addRow(tr("CVE ids"), m_cves);
    whatForm->addRow(tr("JVN ids"), m_jvnIds);
    whatForm->addRow(tr("Owner"), m_owner);
    whatForm->addRow(tr("Notes"), m_notes);

    auto *how = new QGroupBox(tr("How urgent"), this);
    auto *howForm = new QFormLayout(how);
    howForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    howForm->addRow(tr("CVSS score"), m_score);
    howForm->addRow(tr("Severity"), m_severity);
    howForm->addRow(m_exploited);
    howForm->addRow(m_ransomware);
    howForm->addRow(tr("Found"), m_found);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_due, 1);
    dueRow->addWidget(m_dueByPolicy);
    howForm->addRow(tr("Due"), dueRow);

    auto *state = new QGroupBox(tr("Status"), this);
    auto *stateForm = new QFormLayout(state);
    stateForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_reason->setMinimumWidth(360);
    stateForm->addRow(tr("Status"), m_status);
    stateForm->addRow(tr("Applied on"), m_applied);
    stateForm->addRow(tr("Reason for accepting"), m_reason);
    stateForm->addRow(tr("Review on"), m_review);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *top = new QHBoxLayout;
    top->addWidget(what, 3);
    top->addWidget(how, 2);
    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(top);
    bodyLayout->addWidget(state);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new FittingScrollArea(body, this), 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_score, &QDoubleSpinBox::valueChanged, this, [this](double score) {
        if (score >= 0)
            m_severity->setCurrentIndex(static_cast<int>(domain::severityFromCvss(score)));
    });
    for (QComboBox *c : {m_severity})
        connect(c, &QComboBox::currentIndexChanged, this, &PatchEditorDialog::updateDueFromPolicy);
    connect(m_exploited, &QCheckBox::toggled, this, &PatchEditorDialog::updateDueFromPolicy);
    connect(m_found, &QDateEdit::dateChanged, this, &PatchEditorDialog::updateDueFromPolicy);
    connect(m_due, &QDateEdit::userDateChanged, this, [this] { m_dueByHand = true; });
    connect(m_dueByPolicy, &QPushButton::clicked, this, [this] {
        m_dueByHand = false;
        updateDueFromPolicy();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            &PatchEditorDialog::updateStatusFields);
    connect(buttons, &QDialogButtonBox::accepted, this, &PatchEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateStatusFields();
    updateDueFromPolicy();
    // Down the left group, the right one, then the status below.
    setTabChain({m_asset, m_product, m_installed, m_update, m_cves, m_jvnIds, m_owner, m_notes,
                 m_score, m_severity, m_exploited, m_ransomware, m_found, m_due, m_dueByPolicy,
                 m_status, m_applied, m_reason, m_review});
    m_product->setFocus();
    m_discard = new DiscardGuard(this);
}

void PatchEditorDialog::updateStatusFields()
{
    const auto status = domain::PatchStatus(m_status->currentIndex());
    m_applied->setEnabled(status == domain::PatchStatus::Applied);
    m_reason->setEnabled(status == domain::PatchStatus::RiskAccepted);
    m_review->setEnabled(status == domain::PatchStatus::RiskAccepted);
}

void PatchEditorDialog::updateDueFromPolicy()
{
    if (m_dueByHand)
        return;
    const QDate due = domain::dueDate(item(), m_policy);
    if (due.isValid()) {
        const QSignalBlocker block(m_due);
        m_due->setDate(due);
    }
}

domain::PatchItem PatchEditorDialog::item() const
{
    domain::PatchItem p = m_original;
    p.assetId = m_asset->currentData().toLongLong();
    p.product = m_product->text().trimmed();
    p.installedVersion = m_installed->text().trimmed();
    p.availableUpdate = m_update->text().trimmed();
    p.cves = idsFrom(m_cves->text());
    p.jvnIds = idsFrom(m_jvnIds->text());
    p.cvssScore = m_score->value() < 0 ? -1 : m_score->value();
    p.severity = domain::Severity(m_severity->currentIndex());
    p.knownExploited = m_exploited->isChecked();
    p.knownRansomwareUse = m_ransomware->isChecked();
    p.found = m_found->date();
    p.due = m_due->date();
    p.status = domain::PatchStatus(m_status->currentIndex());
    p.applied = QDate();
    if (p.status == domain::PatchStatus::RiskAccepted) {
        p.acceptedReason = m_reason->toPlainText().trimmed();
        p.acceptedReviewDate = m_review->date();
    } else {
        p.acceptedReason.clear();
        p.acceptedReviewDate = QDate();
    }
    if (p.status == domain::PatchStatus::Applied)
        p = patches::markedApplied(std::move(p), m_applied->date());
    p.notes = m_notes->toPlainText();
    if (m_peopleSet && m_owner->ownerId() >= 0)
        p.ownerId = m_owner->ownerId();
    return p;
}

void PatchEditorDialog::setPeople(const QVector<domain::Person> &people)
{
    m_owner->setPeople(people, m_original.ownerId);
    m_peopleSet = true;
}

void PatchEditorDialog::accept()
{
    if (m_peopleSet && m_owner->ownerId() < 0) {
        m_error->setText(m_owner->problem());
        m_error->show();
        m_owner->setFocus();
        return;
    }
    const domain::PatchItem p = item();
    Status s = domain::validatePatch(p);
    if (s && p.due.isValid() && p.found.isValid() && p.due < p.found)
        s = Status::failure(tr("The due date is before the date it was found."));
    if (!s) {
        m_error->setText(s.error());
        m_error->show();
        if (p.status == domain::PatchStatus::RiskAccepted && p.acceptedReason.isEmpty())
            m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

RiskAcceptDialog::RiskAcceptDialog(int count, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("RiskAcceptDialog"));
    setWindowTitle(tr("Accept the risk"));
    auto *intro = new QLabel(
        tr("You decide not to apply the update to %n item(s) for now. Say why, and when to "
           "look at it again; both are kept in the audit log.",
           nullptr, count),
        this);
    intro->setWordWrap(true);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. the device is not reachable from the internet and is "
                                    "replaced in March"));
    m_review = makeDateEdit(this, QStringLiteral("reviewEdit"), clock::today().addDays(90));
    m_review->setMinimumDate(clock::today());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    auto *form = new QFormLayout;
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Review on"), m_review);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!reason().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
    m_discard = new DiscardGuard(this);
}

QString RiskAcceptDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QDate RiskAcceptDialog::reviewDate() const
{
    return m_review->date();
}

void PatchEditorDialog::reject()
{
    if (m_discard->mayDiscard())
        QDialog::reject();
}

void RiskAcceptDialog::reject()
{
    if (m_discard->mayDiscard())
        QDialog::reject();
}

} // namespace ui
} // namespace kamae

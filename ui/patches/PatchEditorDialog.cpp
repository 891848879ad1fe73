#include "patches/PatchEditorDialog.h"

#include "core/Clock.h"
#include "domain/PatchRules.h"
#include "patches/PatchDesk.h"
#include "widgets/OwnerCombo.h"
#include "widgets/TabOrder.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace kamae {
namespace ui {

namespace {

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
    : FormDialog(QStringLiteral("PatchEditorDialog"), parent), m_original(item), m_policy(policy)
{
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

    m_product = makeLineEdit(this, QStringLiteral("productEdit"), item.product);
    m_installed = makeLineEdit(this, QStringLiteral("installedEdit"), item.installedVersion);
    m_update = makeLineEdit(this, QStringLiteral("updateEdit"), item.availableUpdate);
    m_update->setPlaceholderText(tr("e.g. 7.0.14, or the monthly update"));
    m_cves = makeLineEdit(this, QStringLiteral("cvesEdit"), item.cves.join(QLatin1Char(' ')));
    m_cves->setPlaceholderText(QStringLiteral("CVE-2018-13379"));
    m_jvnIds = makeLineEdit(this, QStringLiteral("jvnEdit"), item.jvnIds.join(QLatin1Char(' ')));
    m_jvnIds->setPlaceholderText(QStringLiteral("JVNDB-2019-000001"));
    m_score = new QDoubleSpinBox(this);
    m_score->setObjectName(QStringLiteral("scoreSpin"));
    m_score->setRange(-0.1, 10.0);
    m_score->setDecimals(1);
    m_score->setSingleStep(0.1);
    m_score->setSpecialValueText(tr("Unknown"));
    m_score->setValue(item.cvssScore < 0 ? -0.1 : item.cvssScore);
    m_severity = makeEnumCombo(this, QStringLiteral("severityCombo"), domain::kSeverityCount,
                               &domain::PatchText::severity, item.severity);
    m_exploited = makeCheckBox(this, QStringLiteral("exploitedCheck"),
                               tr("&Known to be exploited (listed in KEV)"), item.knownExploited);
    m_ransomware = makeCheckBox(this, QStringLiteral("ransomwareCheck"),
                                tr("Used in ransomware ca&mpaigns"), item.knownRansomwareUse);

    m_found = makeDateEdit(this, QStringLiteral("foundEdit"), item.found);
    m_due = makeDateEdit(this, QStringLiteral("dueEdit"), item.due);
    auto *dueByPolicy = new QPushButton(tr("&By policy"), this);
    dueByPolicy->setObjectName(QStringLiteral("dueByPolicyButton"));
    dueByPolicy->setToolTip(tr("Set the due date from the found date and the policy in "
                               "Settings."));
    // An existing item keeps its date unless the user asks; a new one follows.
    m_dueByHand = item.id > 0 && item.due.isValid();
    m_status = makeEnumCombo(this, QStringLiteral("statusCombo"), domain::kPatchStatusCount,
                             &domain::PatchText::status, item.status);
    m_applied = makeDateEdit(this, QStringLiteral("appliedEdit"), item.applied);
    m_reason = makeNotesEdit(this, QStringLiteral("reasonEdit"), item.acceptedReason, 64);
    m_reason->setPlaceholderText(tr("Why is it acceptable not to apply this update for now? "
                                    "What reduces the risk meanwhile?"));
    m_review = makeDateEdit(this, QStringLiteral("reviewEdit"),
                            item.acceptedReviewDate.isValid() ? item.acceptedReviewDate
                                                              : clock::today().addDays(90));
    OwnerCombo *owner = makeOwnerField(item.ownerId);
    owner->setNoneText(tr("(the asset's owner)"));
    owner->setToolTip(
        tr("Who applies this update: a person or a department from the list kept "
           "on the Organisation page. Left empty, the asset's owner answers for it."));
    m_notes = makeNotesEdit(this, QStringLiteral("notesEdit"), item.notes, 64);
    setOkText(tr("Save"));

    QFormLayout *whatForm = makeGroup(tr("What needs updating"));
    addRow(whatForm, tr("&Asset"), m_asset);
    addRow(whatForm, tr("&Product"), m_product);
    addRow(whatForm, tr("&Installed version"), m_installed);
    addRow(whatForm, tr("&Update that fixes it"), m_update);
    addRow(whatForm, tr("&CVE ids"), m_cves);
    addRow(whatForm, tr("&JVN ids"), m_jvnIds);
    addRow(whatForm, tr("&Owner"), owner);
    addRow(whatForm, tr("&Notes"), m_notes);

    QFormLayout *howForm = makeGroup(tr("How urgent"));
    addRow(howForm, tr("CVSS &score"), m_score);
    addRow(howForm, tr("Se&verity"), m_severity);
    howForm->addRow(m_exploited);
    howForm->addRow(m_ransomware);
    addRow(howForm, tr("&Found"), m_found);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_due, 1);
    dueRow->addWidget(dueByPolicy);
    addRow(howForm, tr("&Due"), dueRow, m_due);

    QFormLayout *stateForm = makeGroup(tr("Status"));
    stateForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_reason->setMinimumWidth(360);
    addRow(stateForm, tr("S&tatus"), m_status);
    addRow(stateForm, tr("App&lied on"), m_applied);
    addRow(stateForm, tr("&Reason for accepting"), m_reason);
    addRow(stateForm, tr("Revie&w on"), m_review);

    // Product names and ids are read whole: the two groups stand side by
    // side only when the screen holds them with their fields that wide, one
    // under the other on a narrow screen (1280×720 at 150 %).
    keepReadable({m_product, m_installed, m_update, m_cves, m_jvnIds});
    QWidget *what = whatForm->parentWidget();
    QWidget *how = howForm->parentWidget();
    const int whatWidth = unwrappedWidth(whatForm);
    const int howWidth = unwrappedWidth(howForm);
    const bool sideBySide = screenHolds(whatWidth + howWidth + 12);
    if (sideBySide) {
        // Side by side, neither wraps its rows.
        what->setMinimumWidth(whatWidth);
        how->setMinimumWidth(howWidth);
    }
    auto *top = new QBoxLayout(sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    top->addWidget(what, 3);
    top->addWidget(how, 2);
    bodyLayout()->addLayout(top);
    bodyLayout()->addWidget(stateForm->parentWidget());

    connect(m_score, &QDoubleSpinBox::valueChanged, this, [this](double score) {
        if (score >= 0)
            m_severity->setCurrentIndex(static_cast<int>(domain::severityFromCvss(score)));
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            &PatchEditorDialog::updateDueFromPolicy);
    connect(m_exploited, &QCheckBox::toggled, this, &PatchEditorDialog::updateDueFromPolicy);
    connect(m_found, &QDateEdit::dateChanged, this, &PatchEditorDialog::updateDueFromPolicy);
    connect(m_due, &QDateEdit::userDateChanged, this, [this] { m_dueByHand = true; });
    connect(dueByPolicy, &QPushButton::clicked, this, [this] {
        m_dueByHand = false;
        updateDueFromPolicy();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            &PatchEditorDialog::updateStatusFields);
    updateStatusFields();
    updateDueFromPolicy();
    // Down the left group, the right one, then the status below.
    setTabChain({m_asset, m_product, m_installed, m_update, m_cves, m_jvnIds, owner, m_notes,
                 m_score, m_severity, m_exploited, m_ransomware, m_found, m_due, dueByPolicy,
                 m_status, m_applied, m_reason, m_review});
    m_product->setFocus();
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
    if (const auto owner = chosenOwner())
        p.ownerId = *owner;
    return p;
}

FormDialog::Problem PatchEditorDialog::check() const
{
    const domain::PatchItem p = item();
    Status s = domain::validatePatch(p);
    if (s && p.due.isValid() && p.found.isValid() && p.due < p.found)
        s = Status::failure(tr("The due date is before the date it was found."));
    if (s)
        return {};
    const bool noReason =
        p.status == domain::PatchStatus::RiskAccepted && p.acceptedReason.isEmpty();
    return {s.error(), noReason ? m_reason : nullptr};
}

RiskAcceptDialog::RiskAcceptDialog(int count, QWidget *parent)
    : FormDialog(QStringLiteral("RiskAcceptDialog"), parent)
{
    setWindowTitle(tr("Accept the risk"));
    setIntro(tr("You decide not to apply the update to %n item(s) for now. Say why, and when to "
                "look at it again; both are kept in the audit log.",
                nullptr, count));
    m_reason = makeNotesEdit(this, QStringLiteral("reasonEdit"), QString(), 0);
    m_reason->setPlaceholderText(tr("e.g. the device is not reachable from the internet and is "
                                    "replaced in March"));
    m_review = makeDateEdit(this, QStringLiteral("reviewEdit"), clock::today().addDays(90));
    m_review->setMinimumDate(clock::today());
    addRow(form(), tr("&Reason"), m_reason);
    addRow(form(), tr("Revie&w on"), m_review);
    setOkText(tr("Accept the risk"));
    okButton()->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { okButton()->setEnabled(!reason().isEmpty()); });
    setMinimumWidth(480);
}

QString RiskAcceptDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QDate RiskAcceptDialog::reviewDate() const
{
    return m_review->date();
}

} // namespace ui
} // namespace kamae

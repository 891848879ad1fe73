#include "bcp/BcpBusinessDialog.h"

#include "bcp/BcpRowsEditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <QSet>

namespace kamae {
namespace ui {

QSpinBox *makeHoursEdit(QWidget *parent, const QString &objectName, int hours)
{
    auto *edit = new QSpinBox(parent);
    edit->setObjectName(objectName);
    edit->setRange(-1, domain::kMaxBcpHours);
    edit->setValue(hours < 0 ? -1 : hours);
    edit->setSuffix(QStringLiteral(" h"));
    return edit;
}

namespace {

BcpRowsEditor::Column assetColumn(const BcpAssetChoices &assets, const QString &none)
{
    BcpRowsEditor::Column c;
    c.kind = BcpRowsEditor::Column::Choice;
    if (!none.isNull()) {
        c.choices << none;
        c.ids << 0;
    }
    for (const auto &[id, name] : assets) {
        c.choices << name;
        c.ids << id;
    }
    return c;
}

} // namespace

BcpBusinessDialog::BcpBusinessDialog(domain::BcpBusiness business, BcpAssetChoices assets,
                                     QWidget *parent)
    : FormDialog(QStringLiteral("BcpBusinessDialog"), parent, Option::FixedBody),
      m_business(std::move(business))
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("businessTabs"));
    auto *general = new QWidget(m_tabs);
    auto *form = new QFormLayout(general);
    m_name = makeLineEdit(general, QStringLiteral("nameEdit"), m_business.name);
    m_description =
        makeNotesEdit(general, QStringLiteral("descriptionEdit"), m_business.description, 120);
    m_maxOutage =
        makeHoursEdit(general, QStringLiteral("maxOutageEdit"), m_business.maxOutageHours);
    m_rto = makeHoursEdit(general, QStringLiteral("rtoEdit"), m_business.rtoHours);
    m_rpo = makeHoursEdit(general, QStringLiteral("rpoEdit"), m_business.rpoHours);
    addLabelledRow(form, m_name, [] { return tr("&Name:"); });
    addLabelledRow(form, m_description, [] { return tr("&Description:"); });
    addLabelledRow(form, m_maxOutage, [] { return tr("&Maximum tolerable outage:"); });
    addLabelledRow(form, m_rto, [] { return tr("Recovery &time objective (RTO):"); });
    addLabelledRow(form, m_rpo, [] { return tr("Recovery &point objective (RPO):"); });
    form->addRow(sayingText(makeHint(general, QString()), [] {
        return tr("In hours. The RTO is how soon the business must run again; the RPO how much "
                  "recent data it may lose. Kamae checks both against the backups and restore "
                  "tests of the linked assets.");
    }));
    m_tabs->addTab(general, QString());

    m_assets = new BcpRowsEditor({assetColumn(assets, QString()), {}}, QStringLiteral("assetRows"),
                                 m_tabs);
    for (const domain::BcpAssetLink &link : std::as_const(m_business.assets))
        m_assets->addRow({link.assetId, link.role});
    m_assets->addButton()->setEnabled(!assets.isEmpty());
    m_tabs->addTab(m_assets, QString());

    BcpRowsEditor::Column kind;
    kind.kind = BcpRowsEditor::Column::Choice;
    for (int k = 0; k < domain::kBcpPartnerKindCount; ++k) {
        kind.choices << domain::BcpRecordText::partnerKind(static_cast<domain::BcpPartnerKind>(k));
        kind.ids << k;
    }
    m_partners = new BcpRowsEditor({kind, {}, {}, {}}, QStringLiteral("partnerRows"), m_tabs);
    for (const domain::BcpPartner &p : std::as_const(m_business.partners))
        m_partners->addRow({static_cast<qint64>(p.kind), p.name, p.supplies, p.contact}, p.id);
    m_tabs->addTab(m_partners, QString());

    m_alternatives = new BcpRowsEditor({{}, assetColumn(assets, QStringLiteral("—"))},
                                       QStringLiteral("alternativeRows"), m_tabs);
    for (const domain::BcpAlternative &a : std::as_const(m_business.alternatives))
        m_alternatives->addRow({a.text, a.assetId}, a.id);
    m_tabs->addTab(m_alternatives, QString());

    bodyLayout()->addWidget(m_tabs);
    keepReadable({m_name});
    startAt(QSize(720, 520));
    retranslate();
}

domain::BcpBusiness BcpBusinessDialog::business() const
{
    domain::BcpBusiness b = m_business;
    b.name = m_name->text().trimmed();
    b.description = m_description->toPlainText().trimmed();
    b.maxOutageHours = m_maxOutage->value();
    b.rtoHours = m_rto->value();
    b.rpoHours = m_rpo->value();
    b.assets.clear();
    for (int r = 0; r < m_assets->rowCount(); ++r) {
        const QVariantList v = m_assets->row(r);
        b.assets.append({v.value(0).toLongLong(), v.value(1).toString()});
    }
    b.partners.clear();
    for (int r = 0; r < m_partners->rowCount(); ++r) {
        const QVariantList v = m_partners->row(r);
        domain::BcpPartner p;
        p.id = m_partners->entryId(r);
        p.kind = static_cast<domain::BcpPartnerKind>(v.value(0).toInt());
        p.name = v.value(1).toString();
        p.supplies = v.value(2).toString();
        p.contact = v.value(3).toString();
        b.partners.append(p);
    }
    b.alternatives.clear();
    for (int r = 0; r < m_alternatives->rowCount(); ++r) {
        const QVariantList v = m_alternatives->row(r);
        if (v.value(0).toString().isEmpty())
            continue; // an empty row says nothing
        b.alternatives.append(
            {m_alternatives->entryId(r), v.value(0).toString(), v.value(1).toLongLong()});
    }
    return b;
}

FormDialog::Problem BcpBusinessDialog::check() const
{
    const domain::BcpBusiness b = business();
    if (b.name.isEmpty())
        return {tr("Name the core business."), m_name};
    QSet<qint64> seen;
    for (const domain::BcpAssetLink &link : b.assets) {
        if (seen.contains(link.assetId)) {
            m_tabs->setCurrentWidget(m_assets);
            return {tr("Each asset can be linked once."), m_assets->table()};
        }
        seen.insert(link.assetId);
    }
    for (const domain::BcpPartner &p : b.partners)
        if (p.name.isEmpty()) {
            m_tabs->setCurrentWidget(m_partners);
            return {tr("Name each supplier and customer, or remove the empty row."),
                    m_partners->table()};
        }
    return {};
}

void BcpBusinessDialog::retranslate()
{
    setWindowTitle(m_business.id ? tr("Edit core business") : tr("Add core business"));
    setIntro(tr("A business that must keep going or restart first after an incident (Form 06), "
                "what it depends on and how it can carry on without it."));
    m_tabs->setTabText(0, tr("General"));
    m_tabs->setTabText(1, tr("Assets it depends on"));
    m_tabs->setTabText(2, tr("Suppliers and customers (Forms 15, 17)"));
    m_tabs->setTabText(3, tr("Alternatives (Form 08)"));
    const QString notStated = tr("not stated");
    for (QSpinBox *s : {m_maxOutage, m_rto, m_rpo})
        s->setSpecialValueText(notStated);
    m_assets->setTitles({tr("Asset"), tr("Role in the business")});
    m_assets->setButtonTexts(tr("Link asset"), tr("Remove"));
    m_partners->setTitles({tr("Kind"), tr("Name"), tr("Supplies or takes"), tr("Contact")});
    m_partners->setButtonTexts(tr("Add partner"), tr("Remove"));
    m_alternatives->setTitles({tr("Alternative or manual fallback"), tr("Asset it needs")});
    m_alternatives->setButtonTexts(tr("Add alternative"), tr("Remove"));
    setOkText(m_business.id ? tr("Save") : tr("Add"));
}

} // namespace ui
} // namespace kamae

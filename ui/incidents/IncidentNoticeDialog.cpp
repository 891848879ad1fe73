#include "incidents/IncidentNoticeDialog.h"

#include "core/Clock.h"
#include "incidents/IncidentNotice.h"
#include "incidents/IncidentsSettings.h"
#include "widgets/FormDialog.h"
#include "widgets/Widgets.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

IncidentNoticeDialog::IncidentNoticeDialog(const domain::Incident &incident,
                                           const QVector<domain::IncidentPartner> &partners,
                                           const QString &company, QWidget *parent)
    : QDialog(parent), m_incident(incident),
      m_toInform(incidents::partnersToInform(incident, partners)), m_company(company)
{
    setObjectName(QStringLiteral("IncidentNoticeDialog"));
    m_intro = makeWrappedLabel(this, QStringLiteral("introLabel"));
    m_partners = new QListWidget(this);
    m_partners->setObjectName(QStringLiteral("partnerList"));
    m_partners->addItem(QString()); // all of them, one letter
    for (const domain::IncidentPartner &p : std::as_const(m_toInform))
        m_partners->addItem(
            QStringLiteral("%1 — %2 %3")
                .arg(p.name, domain::IncidentRecordText::channel(p.channel), p.address));
    m_partners->setCurrentRow(0);
    m_language = makeComboBox(this, QStringLiteral("languageCombo"), {}, -1);
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString saved = settings::incidentsNoticeLanguage.get();
    m_language->setCurrentIndex(saved == QLatin1String("en") ? 1 : 0);
    QLabel *languageLabel = makeBuddyLabel(m_language, [] { return tr("Message &language:"); });
    m_subject = makeLineEdit(this, QStringLiteral("subjectEdit"), QString());
    m_body = makeNotesEdit(this, QStringLiteral("bodyEdit"), QString(), QWIDGETSIZE_MAX);
    m_copy = makeButton(this, QStringLiteral("copyButton"));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    box->addButton(m_copy, QDialogButtonBox::ActionRole);

    auto *draft = new QWidget(this);
    auto *draftLayout = new QVBoxLayout(draft);
    draftLayout->setContentsMargins(0, 0, 0, 0);
    auto *language = new QHBoxLayout;
    language->addWidget(languageLabel);
    language->addWidget(m_language);
    language->addStretch();
    draftLayout->addLayout(language);
    draftLayout->addWidget(m_subject);
    draftLayout->addWidget(m_body, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(
        makeSplitter(this, Qt::Horizontal, QStringLiteral("noticeSplitter"), {m_partners, draft}),
        1);
    layout->addWidget(box);

    connect(m_partners, &QListWidget::currentRowChanged, this, &IncidentNoticeDialog::showDraft);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        settings::incidentsNoticeLanguage.set(m_language->currentData().toString());
        showDraft();
    });
    connect(m_copy, &QPushButton::clicked, this, &IncidentNoticeDialog::copy);
    onLanguageChange(this, [this] { retranslate(); });
    retranslate();
    // 860×560, or less on a small screen (1280×720 at 150 %).
    const QSize room = screen()->availableGeometry().size() * 0.9;
    resize(std::min(860, room.width()), std::min(560, room.height()));
}

QString IncidentNoticeDialog::subject() const
{
    return m_subject->text();
}

QString IncidentNoticeDialog::body() const
{
    return m_body->toPlainText();
}

void IncidentNoticeDialog::copy()
{
    QApplication::clipboard()->setText(subject() + QStringLiteral("\n\n") + body());
    m_copy->setText(tr("Copied"));
}

void IncidentNoticeDialog::showDraft()
{
    const int row = m_partners->currentRow();
    const domain::IncidentPartner partner =
        row > 0 ? m_toInform.value(row - 1) : domain::IncidentPartner{};
    const incidents::NoticeDraft draft =
        incidents::partnerNotice(m_incident, partner, m_company, QString(),
                                 m_language->currentData().toString(), clock::timeZone());
    m_subject->setText(draft.subject);
    m_body->setPlainText(draft.body);
    m_copy->setText(tr("Copy"));
}

void IncidentNoticeDialog::retranslate()
{
    setWindowTitle(tr("Partner notice"));
    m_intro->setText(
        m_toInform.isEmpty()
            ? tr("No partner on the Partners tab is to be told of this kind of incident. Here "
                 "is a message for all the same; list the partners to tell on the Partners tab.")
            : tr("%n partner(s) to tell of this kind of incident. Pick one for a message "
                 "addressed to them, or the first line for one to all; adapt it, copy it and "
                 "send it the way the partner asked (phone, mail or portal).",
                 nullptr, static_cast<int>(m_toInform.size())));
    m_partners->item(0)->setText(tr("All partners (one message)"));
    showDraft();
}

} // namespace ui
} // namespace kamae

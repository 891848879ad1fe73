#include "dialogs/RecoveryCodeDialog.h"
#include "core/Clock.h"

#include "i18n/Language.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

RecoveryCodeDialog::RecoveryCodeDialog(const QString &code, const QString &organisation,
                                       const QString &vaultPath, QWidget *parent)
    : QDialog(parent), m_code(code), m_organisation(organisation), m_vaultPath(vaultPath)
{
    setObjectName(QStringLiteral("RecoveryCodeDialog"));
    setModal(true);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_codeLabel = new QLabel(code, this);
    m_codeLabel->setObjectName(QStringLiteral("recoveryCode"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    mono.setBold(true);
    m_codeLabel->setFont(mono);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->setFrameShape(QFrame::StyledPanel);
    m_codeLabel->setMargin(12);

    m_print = new QPushButton(this);
    m_copy = new QPushButton(this);
    m_stored = new QCheckBox(this);
    m_stored->setObjectName(QStringLiteral("storedCheck"));
    m_done = new QPushButton(this);
    m_done->setObjectName(QStringLiteral("doneButton"));
    m_done->setEnabled(false);
    m_done->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(m_done);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_codeLabel);
    layout->addWidget(m_stored);
    layout->addLayout(buttons);

    connect(m_print, &QPushButton::clicked, this, &RecoveryCodeDialog::print);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_code); });
    connect(m_stored, &QCheckBox::toggled, m_done, &QPushButton::setEnabled);
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);
    retranslate();
    setMinimumWidth(520);
}

void RecoveryCodeDialog::reject()
{
    // Escape must not throw the only copy of the code away unseen.
    if (m_stored->isChecked())
        QDialog::reject();
}

QString RecoveryCodeDialog::sheetHtml() const
{
    return tr("<h2>Kamae recovery code</h2>"
              "<p><b>Organisation:</b> %1<br><b>Vault file:</b> %2<br><b>Issued:</b> %3</p>"
              "<p style=\"font-family: monospace; font-size: 20pt; font-weight: bold;\">%4</p>"
              "<p>This code opens the vault if the passphrase is lost. Anyone holding it can read "
              "the vault. Keep this sheet in a locked place, away from the computer, and "
              "destroy it when a new code is issued.</p>")
        .arg(m_organisation.toHtmlEscaped(), QDir::toNativeSeparators(m_vaultPath).toHtmlEscaped(),
             i18n::formatDate(clock::today()), m_code);
}

void RecoveryCodeDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery code"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument sheet;
    sheet.setHtml(sheetHtml());
    sheet.print(&printer);
}

void RecoveryCodeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RecoveryCodeDialog::retranslate()
{
    setWindowTitle(tr("Your recovery code"));
    m_intro->setText(
        tr("<p>If the passphrase is ever forgotten, this <b>recovery code</b> is the only way "
           "into the vault. It is shown <b>only now</b>.</p>"
           "<p>Print it or write it down and keep it locked away from the computer. Anyone who "
           "has it can open the vault.</p>"));
    m_print->setText(tr("&Print…"));
    m_copy->setText(tr("&Copy"));
    m_stored->setText(tr("I have printed or written down the recovery code and stored it safely"));
    m_done->setText(tr("Done"));
}

} // namespace ui
} // namespace kamae

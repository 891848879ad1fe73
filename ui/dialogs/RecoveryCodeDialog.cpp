#include "dialogs/RecoveryCodeDialog.h"
#include "core/Clock.h"

#include "i18n/Language.h"
#include "widgets/Widgets.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
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
    // It asks for "stored" itself, not for edits.
    : FormDialog(QStringLiteral("RecoveryCodeDialog"), parent, Option::CloseFreely), m_code(code),
      m_organisation(organisation), m_vaultPath(vaultPath)
{
    setModal(true);
    auto *codeLabel = new QLabel(code, this);
    codeLabel->setObjectName(QStringLiteral("recoveryCode"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    mono.setBold(true);
    codeLabel->setFont(mono);
    codeLabel->setAlignment(Qt::AlignCenter);
    codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    codeLabel->setFrameShape(QFrame::StyledPanel);
    codeLabel->setMargin(12);

    auto *printButton = sayingText(new QPushButton(this), [] { return tr("&Print…"); });
    auto *copyButton = sayingText(new QPushButton(this), [] { return tr("&Copy"); });
    m_stored = makeCheckBox(this, QStringLiteral("storedCheck"), QString(), false);
    // The only way out: Done, once the code is stored.
    buttons()->setStandardButtons(QDialogButtonBox::Ok);
    QPushButton *done = okButton();
    done->setObjectName(QStringLiteral("doneButton"));
    done->setEnabled(false);
    done->setDefault(true);

    bodyLayout()->addWidget(codeLabel);
    bodyLayout()->addLayout(makeButtonRow({printButton, copyButton}));
    bodyLayout()->addWidget(m_stored);

    connect(printButton, &QPushButton::clicked, this, &RecoveryCodeDialog::print);
    connect(copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_code); });
    connect(m_stored, &QCheckBox::toggled, done, &QPushButton::setEnabled);
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

void RecoveryCodeDialog::retranslate()
{
    setWindowTitle(tr("Your recovery code"));
    setIntro(
        tr("<p>If the passphrase is ever forgotten, this <b>recovery code</b> is the only way "
           "into the vault. It is shown <b>only now</b>.</p>"
           "<p>Print it or write it down and keep it locked away from the computer. Anyone who "
           "has it can open the vault.</p>"));
    m_stored->setText(tr("I have printed or written down the recovery code and stored it safely"));
    setOkText(tr("Done"));
}

} // namespace ui
} // namespace kamae

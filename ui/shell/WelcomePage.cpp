#include "shell/WelcomePage.h"

#include "demo/DemoCompany.h"
#include "settings/AppSettings.h"
#include "widgets/Widgets.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("WelcomePage"));
    auto *title = sayingText(makeBoldLabel(this, 2.4), [] { return tr("Kamae 構え"); });
    auto *tagline = sayingText(new QLabel(this), [] {
        return tr("Your company's security posture in one encrypted file: information "
                  "assets, patches, backups and their offline copies, training, the "
                  "business continuity plan and incident contacts — as a score you can "
                  "explain and a report for your executives.");
    });
    tagline->setWordWrap(true);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));

    auto *createButton = sayingText(new QPushButton(this), [] { return tr("&New vault…"); });
    createButton->setObjectName(QStringLiteral("createButton"));
    createButton->setMinimumHeight(40);
    auto *openButton = sayingText(new QPushButton(this), [] { return tr("&Open vault…"); });
    openButton->setObjectName(QStringLiteral("openButton"));
    openButton->setMinimumHeight(40);
    // Looking around first is a way in, not a third main action.
    m_demo = new QPushButton(this);
    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_demo->setFlat(true);
    m_demo->setCursor(Qt::PointingHandCursor);
    m_demo->setStyleSheet(QStringLiteral(
        "QPushButton { color: palette(link); text-decoration: underline; border: none; "
        "padding: 2px 0; text-align: left; }"));

    m_recentLabel = new QLabel(this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setAlternatingRowColors(true);
    m_recent->setMaximumHeight(260);
    m_forget = new QPushButton(this);
    m_forget->setObjectName(QStringLiteral("forgetButton"));
    m_forget->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addStretch();
    top->addWidget(m_language);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(createButton);
    buttons->addWidget(openButton);

    auto *recentHeader = new QHBoxLayout;
    recentHeader->addWidget(m_recentLabel);
    recentHeader->addStretch();
    recentHeader->addWidget(m_forget);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(tagline);
    column->addSpacing(24);
    column->addLayout(buttons);
    column->addWidget(m_demo, 0, Qt::AlignLeft);
    column->addSpacing(24);
    column->addLayout(recentHeader);
    column->addWidget(m_recent);

    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addLayout(column, 4);
    centre->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 24);
    layout->addLayout(top);
    layout->addStretch(1);
    layout->addLayout(centre);
    layout->addStretch(2);

    connect(createButton, &QPushButton::clicked, this, &WelcomePage::createRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentChosen(item->data(Qt::UserRole).toString());
    });
    connect(m_recent, &QListWidget::currentRowChanged, this,
            [this](int row) { m_forget->setEnabled(row >= 0); });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_recent->currentItem()) {
            AppSettings::removeRecentVault(item->data(Qt::UserRole).toString());
            refreshRecent();
        }
    });
    connect(m_language, &QComboBox::activated, this, [this] {
        const QString code = m_language->currentData().toString();
        AppSettings::setLanguage(code);
        emit languageChosen(code);
    });

    followLanguage(this, [this] { retranslate(); });
}

void WelcomePage::refreshRecent()
{
    m_recent->clear();
    for (const QString &path : AppSettings::recentVaults()) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(m_recent);
        item->setData(Qt::UserRole, path);
        if (info.exists()) {
            item->setText(QStringLiteral("%1\n%2").arg(
                info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
        } else {
            item->setText(QStringLiteral("%1\n%2").arg(
                info.fileName(), tr("(not found: %1)").arg(QDir::toNativeSeparators(path))));
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    m_recentLabel->setVisible(m_recent->count() > 0);
    m_recent->setVisible(m_recent->count() > 0);
    m_forget->setVisible(m_recent->count() > 0);
    m_language->setCurrentIndex(m_language->findData(AppSettings::language()));
}

void WelcomePage::retranslate()
{
    m_demo->setText(tr("Or look around first: open the &demo company"));
    m_demo->setToolTip(tr("Opens a made-up company with a year of records, to look "
                          "around (passphrase: %1)")
                           .arg(QString::fromLatin1(demo::kDemoPassphrase)));
    m_recentLabel->setText(tr("Recently opened"));
    m_forget->setText(tr("Remove from list"));
    refreshRecent();
}

} // namespace ui
} // namespace kamae

#include "bcp/BcpPlanPanel.h"

#include "bcp/BcpRecords.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

namespace {

constexpr int kSaveDelayMs = 800;

// The toolbar's actions (in the order of BcpSectionEditor::Format): the
// object name after the section's key, the text and the tooltip.
struct FormatText
{
    const char *name;
    const char *text;
    const char *tip;
};
constexpr FormatText kFormatTexts[] = {
    {"HeadingAction", QT_TRANSLATE_NOOP("kamae::ui::BcpSectionEditor", "Heading"),
     QT_TRANSLATE_NOOP("kamae::ui::BcpSectionEditor",
                       "Make the paragraph a heading, or a heading a paragraph again")},
    {"BoldAction", QT_TRANSLATE_NOOP("kamae::ui::BcpSectionEditor", "Bold"),
     QT_TRANSLATE_NOOP("kamae::ui::BcpSectionEditor", "Bold (Ctrl+B)")},
    {"BulletsAction", QT_TRANSLATE_NOOP("kamae::ui::BcpSectionEditor", "• List"),
     QT_TRANSLATE_NOOP("kamae::ui::BcpSectionEditor", "Bulleted list")},
    {"NumbersAction", QT_TRANSLATE_NOOP("kamae::ui::BcpSectionEditor", "1. List"),
     QT_TRANSLATE_NOOP("kamae::ui::BcpSectionEditor", "Numbered list")},
};

} // namespace

BcpSectionEditor::BcpSectionEditor(QString key, bool hasTemplate, QWidget *parent)
    : QWidget(parent), m_key(std::move(key))
{
    setObjectName(m_key + QStringLiteral("Section"));
    m_title = makeBoldLabel(this);
    m_title->setWordWrap(true); // gives way to the toolbar on a narrow window
    auto *bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    const std::function<void(bool)> apply[FormatCount] = {
        [this](bool) { toggleHeading(); },
        [this](bool on) {
            QTextCharFormat format;
            format.setFontWeight(on ? QFont::Bold : QFont::Normal);
            m_edit->mergeCurrentCharFormat(format);
        },
        [this](bool) { toggleList(false); },
        [this](bool) { toggleList(true); },
    };
    for (int i = 0; i < FormatCount; ++i) {
        m_formats[i] = bar->addAction(QString(), this, apply[i]);
        m_formats[i]->setObjectName(m_key + QLatin1String(kFormatTexts[i].name));
    }
    m_formats[Bold]->setCheckable(true);
    m_formats[Bold]->setShortcut(QKeySequence::Bold);
    m_template = makeButton(this, m_key + QStringLiteral("TemplateButton"));
    m_template->setVisible(hasTemplate);
    connect(m_template, &QPushButton::clicked, this, [this] { emit templateRequested(m_key); });

    m_edit = new QTextEdit(this);
    m_edit->setObjectName(m_key + QStringLiteral("Edit"));
    m_edit->setAcceptRichText(true);
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(fontMetrics().height() * 8);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSaveDelayMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { emit edited(m_key, html()); });
    connect(m_edit, &QTextEdit::textChanged, this, [this] {
        if (!m_setting)
            m_debounce->start();
    });
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, [this](const QTextCharFormat &f) {
        m_formats[Bold]->setChecked(f.fontWeight() >= QFont::Bold);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(bar);
    top->addWidget(m_template);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_edit, 1);
    retranslate();
}

void BcpSectionEditor::setHtml(const QString &html)
{
    // Typing not yet saved wins: it is saved in a moment.
    if (m_debounce->isActive() || m_edit->toHtml() == html ||
        (html.isEmpty() && m_edit->toPlainText().isEmpty()))
        return;
    m_setting = true;
    m_edit->setHtml(html);
    m_setting = false;
}

QString BcpSectionEditor::html() const
{
    // An editor left empty stores nothing rather than an empty document.
    return m_edit->toPlainText().trimmed().isEmpty() ? QString() : m_edit->toHtml();
}

void BcpSectionEditor::flush()
{
    if (m_debounce->isActive()) {
        m_debounce->stop();
        emit edited(m_key, html());
    }
}

void BcpSectionEditor::toggleList(bool numbered)
{
    QTextCursor cursor = m_edit->textCursor();
    const QTextListFormat::Style style =
        numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    if (QTextList *list = cursor.currentList(); list && list->format().style() == style) {
        // Out of the list again.
        QTextBlockFormat block = cursor.blockFormat();
        list->remove(cursor.block());
        block.setIndent(0);
        cursor.setBlockFormat(block);
        return;
    }
    cursor.createList(style);
}

void BcpSectionEditor::toggleHeading()
{
    QTextCursor cursor = m_edit->textCursor();
    QTextBlockFormat block = cursor.blockFormat();
    const bool heading = block.headingLevel() == 0;
    block.setHeadingLevel(heading ? 3 : 0);
    cursor.beginEditBlock();
    cursor.setBlockFormat(block);
    cursor.select(QTextCursor::BlockUnderCursor);
    QTextCharFormat chars;
    chars.setFontWeight(heading ? QFont::Bold : QFont::Normal);
    chars.setProperty(QTextFormat::FontSizeAdjustment, heading ? 1 : 0);
    cursor.mergeCharFormat(chars);
    cursor.endEditBlock();
}

void BcpSectionEditor::retranslate()
{
    m_title->setText(domain::BcpRecordText::sectionName(m_key));
    for (int i = 0; i < FormatCount; ++i) {
        m_formats[i]->setText(tr(kFormatTexts[i].text));
        m_formats[i]->setToolTip(tr(kFormatTexts[i].tip));
    }
    m_template->setText(tr("Fill from template"));
    m_template->setToolTip(
        tr("Replace the text with Kamae's starting text in the window's language; Undo "
           "(Ctrl+Z) brings yours back"));
}

BcpPlanPanel::BcpPlanPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("bcpPlanPanel"));
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);

    m_language = new QComboBox(content);
    m_language->setObjectName(QStringLiteral("planLanguageCombo"));
    // Each language by its own name, as language pickers do.
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    QLabel *languageLabel = makeBuddyLabel(m_language, [] { return tr("&Language of the plan:"); });
    auto *languageHint = sayingText(makeHintLabel(content, QStringLiteral("planLanguageHint")), [] {
        return tr("Its templates and printouts are in this language.");
    });
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addWidget(languageHint, 1);
    column->addLayout(languageRow);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_settingLanguage)
            emit languageChosen(m_language->currentData().toString());
    });

    const struct
    {
        QString key;
        bool hasTemplate;
    } sections[] = {{domain::bcpsection::Policy, true},
                    {domain::bcpsection::Card, true},
                    {domain::bcpsection::Scenarios, true},
                    {domain::bcpsection::Response, false}};
    for (const auto &s : sections) {
        auto *editor = new BcpSectionEditor(s.key, s.hasTemplate, content);
        m_editors.insert(s.key, editor);
        column->addWidget(editor);
        connect(editor, &BcpSectionEditor::edited, this, &BcpPlanPanel::edited);
        connect(editor, &BcpSectionEditor::templateRequested, this,
                &BcpPlanPanel::templateRequested);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    onLanguageChange(this, [this] { retranslate(); });
    retranslate();
}

void BcpPlanPanel::retranslate()
{
    for (BcpSectionEditor *e : std::as_const(m_editors))
        e->retranslate();
}

void BcpPlanPanel::setLanguage(const QString &language)
{
    m_settingLanguage = true;
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_settingLanguage = false;
}

void BcpPlanPanel::setSections(const QMap<QString, QString> &sections)
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        it.value()->setHtml(sections.value(it.key()));
}

void BcpPlanPanel::flush()
{
    for (BcpSectionEditor *e : std::as_const(m_editors))
        e->flush();
}

} // namespace ui
} // namespace kamae

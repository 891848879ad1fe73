#include "widgets/FormDialog.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "widgets/DiscardGuard.h"
#include "widgets/FittingScrollArea.h"
#include "widgets/OwnerCombo.h"
#include "widgets/Widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace kamae {
namespace ui {

namespace {

// As makeErrorLabel() paints it.
const QString kErrorStyle = QStringLiteral("color: #c62828;");

// A widget of type W, made with `args` and `parent`, named for tests.
template <typename W, typename... Args>
W *named(QWidget *parent, const QString &objectName, Args &&...args)
{
    auto *w = new W(std::forward<Args>(args)..., parent);
    w->setObjectName(objectName);
    return w;
}

// The first widget of a row of fields: where its label's mnemonic goes.
QWidget *firstWidget(QLayout *layout)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *w = item->widget())
            return w;
        if (QLayout *inner = item->layout())
            if (QWidget *w = firstWidget(inner))
                return w;
    }
    return nullptr;
}

} // namespace

FormDialog::FormDialog(const QString &objectName, QWidget *parent, Options options)
    : QDialog(parent)
{
    setObjectName(objectName);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_intro->hide();
    m_body = new QWidget(this);
    m_bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_bodyLayout->addWidget(m_intro);
    m_form = new QFormLayout;
    // On a narrow screen a field goes under its label rather than off the
    // side (1280×720 at 150 %).
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_bodyLayout->addLayout(m_form);
    m_error = makeErrorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    if (options.testFlag(Option::FixedBody)) {
        layout->addWidget(m_body, 1);
    } else {
        m_scroll = new FittingScrollArea(m_body, this);
        layout->addWidget(m_scroll, 1);
    }
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    // The platform's own texts may carry mnemonics of their own (&OK);
    // ours do not, so that every letter is free for the fields.
    setCancelText();
    if (!options.testFlag(Option::CloseFreely))
        m_discard = new DiscardGuard(this);
}

bool FormDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange) {
        setCancelText();
        retranslate();
    }
    return handled;
}

void FormDialog::setCancelText()
{
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setText(tr("Cancel"));
}

bool FormDialog::passesChecks()
{
    if (m_owner && m_peopleSet && m_owner->ownerId() < 0) {
        showProblem(m_owner->problem(), m_owner);
        return false;
    }
    if (const Problem problem = check(); !problem.reason.isEmpty()) {
        showProblem(problem);
        return false;
    }
    return true;
}

void FormDialog::accept()
{
    if (passesChecks())
        QDialog::accept();
}

void FormDialog::reject()
{
    if (!m_discard || m_discard->mayDiscard())
        QDialog::reject();
}

void FormDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

QLabel *FormDialog::addRow(QFormLayout *form, const QString &label, QWidget *field)
{
    auto *text = new QLabel(label, this);
    text->setBuddy(field);
    form->addRow(text, field);
    return text;
}

QLabel *FormDialog::addRow(QFormLayout *form, const QString &label, QLayout *fields, QWidget *buddy)
{
    auto *text = new QLabel(label, this);
    text->setBuddy(buddy ? buddy : firstWidget(fields));
    form->addRow(text, fields);
    return text;
}

void FormDialog::addFooter(QWidget *widget, const QSize &reserve)
{
    auto *dialogLayout = static_cast<QVBoxLayout *>(layout());
    dialogLayout->insertWidget(dialogLayout->indexOf(m_error), widget);
    if (m_scroll)
        m_scroll->setReserve(reserve);
}

bool FormDialog::screenHolds(int width) const
{
    const QScreen *s = screen();
    if (!s)
        return true;
    const int around =
        FittingScrollArea::kReserve.width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    return width + around <= s->availableGeometry().width();
}

int FormDialog::unwrappedWidth(const QFormLayout *group)
{
    int labels = 0;
    int fields = 0;
    int spanning = 0;
    for (int row = 0; row < group->rowCount(); ++row) {
        const auto width = [group, row](QFormLayout::ItemRole role) {
            const QLayoutItem *item = group->itemAt(row, role);
            return item && !item->isEmpty() ? item->sizeHint().width() : 0;
        };
        labels = std::max(labels, width(QFormLayout::LabelRole));
        fields = std::max(fields, width(QFormLayout::FieldRole));
        spanning = std::max(spanning, width(QFormLayout::SpanningRole));
    }
    const QMargins m = group->contentsMargins();
    const QWidget *box = group->parentWidget();
    // The group box's frame around its layout.
    const int frame = box ? box->width() - box->contentsRect().width() : 0;
    return std::max(labels + group->horizontalSpacing() + fields, spanning) + m.left() + m.right() +
           frame;
}

void FormDialog::keepReadable(const QList<QLineEdit *> &fields)
{
    for (QLineEdit *field : fields) {
        const QFontMetrics metrics = field->fontMetrics();
        const int chars = metrics.averageCharWidth();
        // The frame and the text margins around the text.
        const int text = metrics.horizontalAdvance(
                             field->text().isEmpty() ? field->placeholderText() : field->text()) +
                         16;
        const int placeholder = metrics.horizontalAdvance(field->placeholderText()) + 16;
        field->setMinimumWidth(std::clamp(std::max(text, placeholder), chars * 24, chars * 40));
    }
}

QFormLayout *FormDialog::makeGroup(const QString &title)
{
    auto *box = new QGroupBox(title, this);
    auto *group = new QFormLayout(box);
    group->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return group;
}

QPushButton *FormDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void FormDialog::setOkText(const QString &text)
{
    okButton()->setText(text);
}

void FormDialog::showProblem(const QString &reason, QWidget *field)
{
    m_error->setStyleSheet(kErrorStyle);
    say(reason);
    if (field)
        field->setFocus();
}

void FormDialog::showNote(const QString &text)
{
    m_error->setStyleSheet(QString());
    say(text);
}

void FormDialog::say(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    // Taller by the line, if the window has to be; never narrower or wider.
    if (QLayout *l = layout(); l && isVisible()) {
        l->activate();
        const int wanted =
            l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
        const QScreen *s = screen();
        const int room = s ? s->availableGeometry().height() - 48 : wanted;
        if (wanted > height())
            resize(width(), std::max(height(), std::min(wanted, room)));
    }
}

void FormDialog::clearProblem()
{
    m_error->clear();
    m_error->hide();
}

void FormDialog::checkAsTyped(bool say)
{
    const Problem problem = check();
    okButton()->setEnabled(problem.reason.isEmpty());
    if (say && !problem.reason.isEmpty()) {
        m_error->setStyleSheet(kErrorStyle);
        m_error->setText(problem.reason);
        m_error->show();
    } else {
        clearProblem();
    }
}

OwnerCombo *FormDialog::makeOwnerField(qint64 recordOwner, QWidget *parent)
{
    m_owner = new OwnerCombo(parent ? parent : this);
    m_recordOwner = recordOwner;
    return m_owner;
}

std::optional<qint64> FormDialog::chosenOwner() const
{
    if (!m_owner || !m_peopleSet || m_owner->ownerId() < 0)
        return std::nullopt;
    return m_owner->ownerId();
}

void FormDialog::setPeople(const QVector<domain::Person> &people)
{
    if (!m_owner)
        return;
    m_owner->setPeople(people, m_recordOwner);
    m_peopleSet = true;
}

void FormDialog::startAt(const QSize &wanted)
{
    resize(fitToScreen(this, wanted.expandedTo(minimumSizeHint())));
}

QLineEdit *makeLineEdit(QWidget *parent, const QString &objectName, const QString &text)
{
    return named<QLineEdit>(parent, objectName, text);
}

QLineEdit *makePathEdit(QWidget *parent, const QString &objectName, const QString &path)
{
    auto *edit = makeLineEdit(parent, objectName, path);
    edit->setProperty("kamaeFilePath", true);
    const auto showWhole = [edit](const QString &text) {
        edit->setToolTip(QDir::toNativeSeparators(text));
    };
    showWhole(path);
    QObject::connect(edit, &QLineEdit::textChanged, edit, showWhole);
    return edit;
}

QCheckBox *makeCheckBox(QWidget *parent, const QString &objectName, const QString &text,
                        bool checked)
{
    auto *check = named<QCheckBox>(parent, objectName, text);
    check->setChecked(checked);
    return check;
}

QPlainTextEdit *makeNotesEdit(QWidget *parent, const QString &objectName, const QString &text,
                              int maximumHeight)
{
    auto *edit = named<QPlainTextEdit>(parent, objectName, text);
    edit->setTabChangesFocus(true);
    if (maximumHeight > 0)
        edit->setMaximumHeight(maximumHeight);
    return edit;
}

QComboBox *makeComboBox(QWidget *parent, const QString &objectName, const QStringList &items,
                        int current)
{
    auto *combo = named<QComboBox>(parent, objectName);
    combo->addItems(items);
    combo->setCurrentIndex(current);
    return combo;
}

QDateEdit *makeDateEdit(QWidget *parent, const QString &objectName, const QDate &date)
{
    auto *edit = named<QDateEdit>(parent, objectName, date.isValid() ? date : clock::today());
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(i18n::dateFormat());
    return edit;
}

QLabel *makeHint(QWidget *parent, const QString &text)
{
    auto *hint = new QLabel(text, parent);
    hint->setWordWrap(true);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);
    return hint;
}

namespace {

// "registeredEdit" → "hasRegisteredCheck": the check box of an optional field.
QString hasCheckName(const QString &editName)
{
    QString name = editName;
    if (name.endsWith(QLatin1String("Edit")))
        name.chop(4);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return QStringLiteral("has%1Check").arg(name);
}

} // namespace

OptionalDate::OptionalDate(QWidget *parent, const QString &editName, const QDate &date)
{
    m_check = makeCheckBox(parent, hasCheckName(editName), QString(), date.isValid());
    m_edit = makeDateEdit(parent, editName, date);
    m_edit->setEnabled(date.isValid());
    QObject::connect(m_check, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    auto *row = new QHBoxLayout;
    row->addWidget(m_check);
    row->addWidget(m_edit);
    row->addStretch();
    m_row = row;
}

QDate OptionalDate::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

OptionalInstant::OptionalInstant(QWidget *parent, const QString &editName, const QDateTime &instant,
                                 bool optional)
{
    auto *row = new QHBoxLayout;
    if (optional) {
        m_check = makeCheckBox(parent, hasCheckName(editName), QString(), instant.isValid());
        row->addWidget(m_check);
    }
    const QDateTime shown =
        (instant.isValid() ? instant : clock::now()).toTimeZone(clock::timeZone());
    m_edit = new QDateTimeEdit(
        QDateTime(shown.date(), QTime(shown.time().hour(), shown.time().minute())), parent);
    m_edit->setObjectName(editName);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(i18n::dateFormat() + QStringLiteral(" HH:mm"));
    if (m_check) {
        m_edit->setEnabled(instant.isValid());
        QObject::connect(m_check, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    }
    row->addWidget(m_edit);
    row->addStretch();
    m_row = row;
}

QDateTime OptionalInstant::instant() const
{
    if (m_check && !m_check->isChecked())
        return {};
    const QDateTime local = m_edit->dateTime();
    return QDateTime(local.date(), local.time(), clock::timeZone()).toUTC();
}

QString withMnemonic(const QString &label, QChar key)
{
    QString text = label;
    text.replace(QLatin1Char('&'), QStringLiteral("&&"));
    bool latin = true;
    for (const QChar c : label)
        latin = latin && c.unicode() < 0x250;
    if (latin) {
        // The letter at the start of a word, else anywhere.
        int at = -1;
        for (int i = 0; i < text.size() && at < 0; ++i)
            if (text.at(i).toUpper() == key.toUpper() && (i == 0 || text.at(i - 1) == u' '))
                at = i;
        if (at < 0)
            at = text.indexOf(key, 0, Qt::CaseInsensitive);
        if (at >= 0)
            return text.insert(at, QLatin1Char('&'));
    }
    return text + QStringLiteral("(&%1)").arg(key.toUpper());
}

} // namespace ui
} // namespace kamae

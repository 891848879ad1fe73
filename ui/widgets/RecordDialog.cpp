#include "widgets/RecordDialog.h"

#include "widgets/OwnerCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

namespace recorddialog {

qint64 personIn(const OwnerCombo *combo, qint64 kept)
{
    const qint64 id = combo->ownerId();
    return id < 0 ? kept : id;
}

qint64 chosenId(const QComboBox *combo)
{
    return combo->currentData().toLongLong();
}

qint64 spinValue(const QSpinBox *spin)
{
    return spin->value();
}

bool isChecked(const QCheckBox *box)
{
    return box->isChecked();
}

QString trimmedText(const QComboBox *combo)
{
    return combo->currentText().trimmed();
}

QDate dateIn(const QDateEdit *edit)
{
    return edit->date();
}

QString trimmedText(const QLineEdit *edit)
{
    return edit->text().trimmed();
}

QString trimmedText(const QPlainTextEdit *edit)
{
    return edit->toPlainText().trimmed();
}

int chosenIndex(const QComboBox *combo)
{
    return combo->currentIndex();
}

QString chosenKey(const QComboBox *combo)
{
    return combo->currentData().toString();
}

int checkedBits(const QVector<QCheckBox *> &boxes)
{
    int bits = 0;
    for (int i = 0; i < boxes.size(); ++i)
        if (boxes.at(i)->isChecked())
            bits |= 1 << i;
    return bits;
}

QVector<qint64> checkedIds(const QListWidget *list)
{
    QVector<qint64> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

} // namespace recorddialog

RecordDialogBase::RecordDialogBase(const QString &objectName, bool adding, QWidget *parent)
    : FormDialog(objectName, parent), m_adding(adding)
{}

void RecordDialogBase::setTexts(Text addTitle, Text editTitle, Text intro)
{
    m_addTitle = std::move(addTitle);
    m_editTitle = std::move(editTitle);
    m_intro = std::move(intro);
}

void RecordDialogBase::require(QLineEdit *field, Text reason)
{
    m_required.append({field, std::move(reason)});
}

void RecordDialogBase::addCheck(std::function<Problem()> check)
{
    m_checks.append(std::move(check));
}

void RecordDialogBase::setOkTexts(Text addOk, Text editOk)
{
    m_addOk = std::move(addOk);
    m_editOk = std::move(editOk);
}

void RecordDialogBase::setPlaceholder(QWidget *field, Text text)
{
    m_placeholders.append({field, std::move(text)});
}

void RecordDialogBase::startWidth(int width)
{
    retranslate();
    startAt(QSize(width, sizeHint().height()));
}

QLabel *RecordDialogBase::labelled(Text label, QWidget *field, QLayout *fields)
{
    return fields ? addLabelledRow(form(), fields, field, std::move(label))
                  : addLabelledRow(form(), field, std::move(label));
}

QLineEdit *RecordDialogBase::addLine(Text label, const QString &name, const QString &value,
                                     bool readable)
{
    QLineEdit *e = makeLineEdit(this, name, value);
    labelled(std::move(label), e);
    if (readable) {
        m_readable.append(e);
        keepReadable(m_readable);
    }
    return e;
}

QPlainTextEdit *RecordDialogBase::addNotes(Text label, const QString &name, const QString &value,
                                           int height)
{
    QPlainTextEdit *e = makeNotesEdit(this, name, value, height);
    labelled(std::move(label), e);
    return e;
}

OwnerCombo *RecordDialogBase::addPerson(Text label, const QString &name,
                                        const QVector<domain::Person> &people, qint64 current)
{
    auto *c = new OwnerCombo(this);
    c->setObjectName(name);
    c->setPeople(people, current);
    labelled(std::move(label), c);
    m_people.append(c);
    return c;
}

QComboBox *RecordDialogBase::addChoice(Text label, const QString &name, const QStringList &items,
                                       int current)
{
    QComboBox *c = makeComboBox(this, name, items, current);
    labelled(std::move(label), c);
    return c;
}

QComboBox *RecordDialogBase::addIdChoice(Text label, const QString &name, const IdChoices &choices,
                                         qint64 current)
{
    QComboBox *c = makeComboBox(this, name, {}, -1);
    c->addItem(QStringLiteral("—"), qint64(0));
    for (const auto &[id, text] : choices)
        c->addItem(text, id);
    c->setCurrentIndex(std::max(0, c->findData(current)));
    labelled(std::move(label), c);
    return c;
}

QComboBox *RecordDialogBase::addTextChoice(Text label, const QString &name,
                                           const QStringList &items, const QString &current)
{
    QComboBox *c = addChoice(std::move(label), name, items, -1);
    c->setEditable(true);
    c->setCurrentText(current);
    return c;
}

QCheckBox *RecordDialogBase::addFlag(Text text, const QString &name, bool value, Text hint)
{
    QCheckBox *box = makeCheckBox(this, name, QString(), value);
    QLabel *hintLabel = makeHint(this, QString());
    auto *rows = new QVBoxLayout;
    rows->setSpacing(2);
    rows->addWidget(box);
    rows->addWidget(hintLabel);
    form()->addRow(rows);
    m_flags.append({box, std::move(text), hintLabel, std::move(hint)});
    return box;
}

QSpinBox *RecordDialogBase::addYen(Text label, const QString &name, qint64 value)
{
    constexpr int kMost = 2000000000;
    QSpinBox *s = addCount(
        std::move(label), name, static_cast<int>(std::min<qint64>(value, kMost)), -1, kMost,
        [] { return tr(" yen"); }, [] { return tr("not stated"); });
    s->setGroupSeparatorShown(true);
    return s;
}

OptionalDate RecordDialogBase::addDate(Text label, const QString &name, const QDate &value)
{
    const OptionalDate d(this, name, value);
    labelled(std::move(label), d.check(), d.row());
    return d;
}

OptionalInstant RecordDialogBase::addInstant(Text label, const QString &name,
                                             const QDateTime &value, bool optional)
{
    const OptionalInstant i(this, name, value, optional);
    labelled(std::move(label),
             optional ? static_cast<QWidget *>(i.check()) : static_cast<QWidget *>(i.edit()),
             i.row());
    return i;
}

QCheckBox *RecordDialogBase::addFlag(Text label, const QString &name, bool value)
{
    QCheckBox *b = makeCheckBox(this, name, QString(), value);
    labelled(std::move(label), b);
    return b;
}

QComboBox *RecordDialogBase::addKeyChoice(Text label, const QString &name,
                                          const QVector<QPair<QString, QString>> &choices,
                                          const QString &current)
{
    QComboBox *c = makeComboBox(this, name, {}, -1);
    c->addItem(QStringLiteral("—"), QString());
    for (const auto &[key, text] : choices)
        c->addItem(text, key);
    c->setCurrentIndex(std::max(0, c->findData(current)));
    labelled(std::move(label), c);
    return c;
}

QListWidget *RecordDialogBase::addIdSet(Text label, const QString &name, const IdChoices &choices,
                                        const QVector<qint64> &current)
{
    auto *list = new QListWidget(this);
    list->setObjectName(name);
    list->setMinimumHeight(fontMetrics().height() * 5);
    for (const auto &[id, text] : choices) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(current.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    labelled(std::move(label), list);
    return list;
}

void RecordDialogBase::addField(Text label, QWidget *field, QLayout *fields)
{
    labelled(std::move(label), field, fields);
}

QVector<QCheckBox *> RecordDialogBase::addBits(Text label, const QString &name,
                                               const QStringList &texts, int bits)
{
    QVector<QCheckBox *> boxes;
    auto *column = new QVBoxLayout;
    for (int i = 0; i < texts.size(); ++i) {
        QCheckBox *b =
            makeCheckBox(this, name + QString::number(i), texts.at(i), (bits & (1 << i)) != 0);
        column->addWidget(b);
        boxes << b;
    }
    labelled(std::move(label), boxes.value(0), column);
    return boxes;
}

QDateEdit *RecordDialogBase::addDay(Text label, const QString &name, const QDate &value,
                                    const QDate &latest)
{
    QDateEdit *e = makeDateEdit(this, name, value);
    if (latest.isValid())
        e->setMaximumDate(latest);
    labelled(std::move(label), e);
    return e;
}

QSpinBox *RecordDialogBase::addCount(Text label, const QString &name, int value, int least,
                                     int most, Text suffix, Text none)
{
    auto *s = new QSpinBox(this);
    s->setObjectName(name);
    s->setRange(least, most);
    s->setValue(value);
    labelled(std::move(label), s);
    m_counts.append({s, std::move(suffix), std::move(none)});
    return s;
}

FormDialog::Problem RecordDialogBase::check() const
{
    for (const auto &[field, reason] : m_required)
        if (field->text().trimmed().isEmpty())
            return {reason(), field};
    for (OwnerCombo *c : m_people)
        if (c->ownerId() < 0)
            return {c->problem(), c};
    for (const auto &check : m_checks)
        if (Problem p = check(); !p.reason.isEmpty())
            return p;
    return {};
}

void RecordDialogBase::retranslate()
{
    if (m_adding ? m_addTitle : m_editTitle)
        setWindowTitle(m_adding ? m_addTitle() : m_editTitle());
    if (m_intro)
        setIntro(m_intro());
    for (const FlagTexts &f : std::as_const(m_flags)) {
        f.box->setText(f.text());
        f.hintLabel->setText(f.hint());
    }
    for (const auto &[field, text] : std::as_const(m_placeholders)) {
        if (auto *line = qobject_cast<QLineEdit *>(field))
            line->setPlaceholderText(text());
        else if (auto *notes = qobject_cast<QPlainTextEdit *>(field))
            notes->setPlaceholderText(text());
    }
    for (const CountTexts &c : std::as_const(m_counts)) {
        c.spin->setSuffix(c.suffix());
        c.spin->setSpecialValueText(c.none());
    }
    const Text &ok = m_adding ? m_addOk : m_editOk;
    setOkText(ok ? ok() : m_adding ? tr("Add") : tr("Save"));
}

} // namespace ui
} // namespace kamae

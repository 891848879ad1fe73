#pragma once

#include "domain/Person.h"
#include "widgets/FormDialog.h"

#include <QPair>

#include <functional>
#include <optional>

class QCheckBox;
class QDateEdit;
class QSpinBox;
class QListWidget;

namespace kamae {
namespace ui {

// Choices of records by id ("—" for none is added by the dialog).
using IdChoices = QVector<QPair<qint64, QString>>;

// The frame of a dialog that edits a record of plain fields, one row each
// (a list entry of a module: a role, a contact, an insurance policy). The
// fields are declared as rows, not as members: RecordDialog<R> binds each
// row to a member of the record.
class RecordDialogBase : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDialogBase)

public:
    // Title when adding, title when editing, the intro.
    void setTexts(Text addTitle, Text editTitle, Text intro);
    // A line that must not be left empty, and why.
    void require(QLineEdit *field, Text reason);
    // A further check of what the fields hold.
    void addCheck(std::function<Problem()> check);
    // The OK button's text when adding and when editing (else "Add", "Save").
    void setOkTexts(Text addOk, Text editOk);
    // The placeholder of a line or notes field.
    void setPlaceholder(QWidget *field, Text text);
    // Starts `width` wide and as high as the rows ask (the texts set).
    void startWidth(int width);
    // Sets the texts now, for a dialog shown without run().
    void applyTexts() { retranslate(); }

protected:
    RecordDialogBase(const QString &objectName, bool adding, QWidget *parent);

    QLineEdit *addLine(Text label, const QString &name, const QString &value, bool readable);
    QPlainTextEdit *addNotes(Text label, const QString &name, const QString &value, int height);
    OwnerCombo *addPerson(Text label, const QString &name, const QVector<domain::Person> &people,
                          qint64 current);
    QComboBox *addChoice(Text label, const QString &name, const QStringList &items, int current);
    // An editable choice: one of `items`, or a text of one's own.
    QComboBox *addTextChoice(Text label, const QString &name, const QStringList &items,
                             const QString &current);
    // A check box on a row of its own, with a hint under it.
    QCheckBox *addFlag(Text text, const QString &name, bool value, Text hint);
    // The choice's item data is the id.
    QComboBox *addIdChoice(Text label, const QString &name, const IdChoices &choices,
                           qint64 current);
    // An amount in yen; -1 "not stated".
    QSpinBox *addYen(Text label, const QString &name, qint64 value);
    OptionalDate addDate(Text label, const QString &name, const QDate &value);
    OptionalInstant addInstant(Text label, const QString &name, const QDateTime &value,
                               bool optional);
    QCheckBox *addFlag(Text label, const QString &name, bool value);
    // Keys shown as their texts; the choice's item data is the key ("" for none).
    QComboBox *addKeyChoice(Text label, const QString &name,
                            const QVector<QPair<QString, QString>> &choices,
                            const QString &current);
    // Records to tick from a list (the assets an incident affected).
    QListWidget *addIdSet(Text label, const QString &name, const IdChoices &choices,
                          const QVector<qint64> &current);
    // A field the dialog made itself.
    void addField(Text label, QWidget *field, QLayout *fields = nullptr);
    // A check box per value of an enumeration, as bits (1 << value).
    QVector<QCheckBox *> addBits(Text label, const QString &name, const QStringList &texts,
                                 int bits);
    // A date that is always given, no later than `latest` (if valid).
    QDateEdit *addDay(Text label, const QString &name, const QDate &value, const QDate &latest);
    // A whole number; `least` is said as `none`.
    QSpinBox *addCount(Text label, const QString &name, int value, int least, int most, Text suffix,
                       Text none);

    Problem check() const override;
    void retranslate() override;

private:
    QLabel *labelled(Text label, QWidget *field, QLayout *fields = nullptr);

    bool m_adding;
    Text m_addTitle;
    Text m_editTitle;
    Text m_intro;
    Text m_addOk;
    Text m_editOk;
    QVector<QPair<QWidget *, Text>> m_placeholders;
    struct CountTexts
    {
        QSpinBox *spin;
        Text suffix;
        Text none;
    };
    QVector<CountTexts> m_counts;
    struct FlagTexts
    {
        QCheckBox *box;
        Text text;
        QLabel *hintLabel;
        Text hint;
    };
    QVector<FlagTexts> m_flags;
    QVector<QPair<QLineEdit *, Text>> m_required;
    QVector<OwnerCombo *> m_people;
    QVector<std::function<Problem()>> m_checks;
    QList<QLineEdit *> m_readable;
};

// Out of line, so that RecordDialog<R> needs no widget headers.
namespace recorddialog {
// The chosen person's id; `kept` while the text names nobody (check() refuses it).
qint64 personIn(const OwnerCombo *combo, qint64 kept);
qint64 chosenId(const QComboBox *combo);
qint64 spinValue(const QSpinBox *spin);
bool isChecked(const QCheckBox *box);
QString trimmedText(const QComboBox *combo);
QDate dateIn(const QDateEdit *edit);
QString trimmedText(const QLineEdit *edit);
QString trimmedText(const QPlainTextEdit *edit);
int chosenIndex(const QComboBox *combo);
QString chosenKey(const QComboBox *combo);
int checkedBits(const QVector<QCheckBox *> &boxes);
QVector<qint64> checkedIds(const QListWidget *list);
} // namespace recorddialog

// Edits a record of type R: each row reads its member of R when made and
// writes it back in record().
//
//     RecordDialog<BcpRole> d(QStringLiteral("BcpRoleDialog"), role, parent);
//     d.line([] { return tr("&Role:"); }, &BcpRole::title, "titleEdit");
//     d.person([] { return tr("&Held by:"); }, &BcpRole::personId, "personCombo", people);
//     if (d.exec() == QDialog::Accepted) use(d.record());
template <typename R> class RecordDialog final : public RecordDialogBase
{
public:
    RecordDialog(const QString &objectName, R record, QWidget *parent)
        : RecordDialogBase(objectName, record.id == 0, parent), m_record(std::move(record))
    {}

    R record() const
    {
        R r = m_record;
        for (const auto &write : m_writes)
            write(r);
        return r;
    }

    // Runs the dialog: the edited record, or nothing if it was cancelled.
    std::optional<R> run()
    {
        retranslate();
        if (exec() != QDialog::Accepted)
            return std::nullopt;
        return record();
    }

    enum LineOption
    {
        Plain,
        Readable, // read whole: never narrower than about 24 characters
    };
    QLineEdit *line(Text label, QString R::*member, const char *name, LineOption option = Plain)
    {
        QLineEdit *e =
            addLine(std::move(label), QLatin1String(name), m_record.*member, option == Readable);
        m_writes.append([e, member](R &r) { r.*member = recorddialog::trimmedText(e); });
        return e;
    }
    QPlainTextEdit *notes(Text label, QString R::*member, const char *name, int height)
    {
        QPlainTextEdit *e =
            addNotes(std::move(label), QLatin1String(name), m_record.*member, height);
        m_writes.append([e, member](R &r) { r.*member = recorddialog::trimmedText(e); });
        return e;
    }
    // A person from the people list; a text naming nobody is refused.
    OwnerCombo *person(Text label, qint64 R::*member, const char *name,
                       const QVector<domain::Person> &people)
    {
        OwnerCombo *c = addPerson(std::move(label), QLatin1String(name), people, m_record.*member);
        m_writes.append([c, member](R &r) { r.*member = recorddialog::personIn(c, r.*member); });
        return c;
    }
    template <typename E>
    QComboBox *choice(Text label, E R::*member, const char *name, int count, QString (*text)(E))
    {
        QStringList items;
        for (int i = 0; i < count; ++i)
            items << text(static_cast<E>(i));
        QComboBox *c = addChoice(std::move(label), QLatin1String(name), items,
                                 static_cast<int>(m_record.*member));
        m_writes.append(
            [c, member](R &r) { r.*member = static_cast<E>(recorddialog::chosenIndex(c)); });
        return c;
    }
    // One of `items`, or a text of one's own.
    QComboBox *textChoice(Text label, QString R::*member, const char *name,
                          const QStringList &items)
    {
        QComboBox *c =
            addTextChoice(std::move(label), QLatin1String(name), items, m_record.*member);
        m_writes.append([c, member](R &r) { r.*member = recorddialog::trimmedText(c); });
        return c;
    }
    // A check box on a row of its own, with a hint under it.
    QCheckBox *flag(Text text, bool R::*member, const char *name, Text hint)
    {
        QCheckBox *b =
            addFlag(std::move(text), QLatin1String(name), m_record.*member, std::move(hint));
        m_writes.append([b, member](R &r) { r.*member = recorddialog::isChecked(b); });
        return b;
    }
    QComboBox *idChoice(Text label, qint64 R::*member, const char *name, const IdChoices &choices)
    {
        QComboBox *c =
            addIdChoice(std::move(label), QLatin1String(name), choices, m_record.*member);
        m_writes.append([c, member](R &r) { r.*member = recorddialog::chosenId(c); });
        return c;
    }
    QSpinBox *yen(Text label, qint64 R::*member, const char *name)
    {
        QSpinBox *s = addYen(std::move(label), QLatin1String(name), m_record.*member);
        m_writes.append([s, member](R &r) { r.*member = recorddialog::spinValue(s); });
        return s;
    }
    OptionalDate date(Text label, QDate R::*member, const char *name)
    {
        const OptionalDate d = addDate(std::move(label), QLatin1String(name), m_record.*member);
        m_writes.append([d, member](R &r) { r.*member = d.date(); });
        return d;
    }
    // An instant in the user's zone; an optional one may be left out.
    OptionalInstant instant(Text label, QDateTime R::*member, const char *name, bool optional)
    {
        const OptionalInstant i =
            addInstant(std::move(label), QLatin1String(name), m_record.*member, optional);
        m_writes.append([i, member](R &r) { r.*member = i.instant(); });
        return i;
    }
    QCheckBox *flag(Text label, bool R::*member, const char *name)
    {
        QCheckBox *b = addFlag(std::move(label), QLatin1String(name), m_record.*member);
        m_writes.append([b, member](R &r) { r.*member = recorddialog::isChecked(b); });
        return b;
    }
    // One of `choices` (key, text), or none ("—", an empty key).
    QComboBox *keyChoice(Text label, QString R::*member, const char *name,
                         const QVector<QPair<QString, QString>> &choices)
    {
        QComboBox *c =
            addKeyChoice(std::move(label), QLatin1String(name), choices, m_record.*member);
        m_writes.append([c, member](R &r) { r.*member = recorddialog::chosenKey(c); });
        return c;
    }
    // Ids ticked in a list of `choices`, in the list's order.
    QListWidget *idSet(Text label, QVector<qint64> R::*member, const char *name,
                       const IdChoices &choices)
    {
        QListWidget *l = addIdSet(std::move(label), QLatin1String(name), choices, m_record.*member);
        m_writes.append([l, member](R &r) { r.*member = recorddialog::checkedIds(l); });
        return l;
    }
    // A field made by the caller, with how it writes the record (a member
    // of a member, say).
    template <typename W> W *field(Text label, W *widget, std::function<void(R &, const W *)> write)
    {
        addField(std::move(label), widget);
        m_writes.append([widget, write](R &r) { write(r, widget); });
        return widget;
    }
    // A set of an enumeration's `count` values, one check box each.
    template <typename E>
    QVector<QCheckBox *> bits(Text label, int R::*member, const char *name, int count,
                              QString (*text)(E))
    {
        QStringList texts;
        for (int i = 0; i < count; ++i)
            texts << text(static_cast<E>(i));
        const QVector<QCheckBox *> boxes =
            addBits(std::move(label), QLatin1String(name), texts, m_record.*member);
        m_writes.append([boxes, member](R &r) { r.*member = recorddialog::checkedBits(boxes); });
        return boxes;
    }
    // A date that is always given, no later than `latest` (if valid).
    QDateEdit *day(Text label, QDate R::*member, const char *name, const QDate &latest = {})
    {
        QDateEdit *e = addDay(std::move(label), QLatin1String(name), m_record.*member, latest);
        m_writes.append([e, member](R &r) { r.*member = recorddialog::dateIn(e); });
        return e;
    }
    // A whole number from `least` to `most`; `least` is said as `none`.
    QSpinBox *count(Text label, int R::*member, const char *name, int least, int most, Text suffix,
                    Text none)
    {
        QSpinBox *s = addCount(std::move(label), QLatin1String(name), m_record.*member, least, most,
                               std::move(suffix), std::move(none));
        m_writes.append(
            [s, member](R &r) { r.*member = static_cast<int>(recorddialog::spinValue(s)); });
        return s;
    }

    // A further write, after the rows' (a member that depends on another).
    void alsoWrite(std::function<void(R &)> write) { m_writes.append(std::move(write)); }

private:
    R m_record;
    QVector<std::function<void(R &)>> m_writes;
};

} // namespace ui
} // namespace kamae

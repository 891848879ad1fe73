#pragma once

#include "domain/Person.h"
#include "widgets/FormDialog.h"

#include <QPair>

#include <functional>
#include <optional>

class QSpinBox;

namespace kamae {
namespace ui {

// Texts in the current language, asked again on a language change.
using Text = std::function<QString()>;
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

protected:
    RecordDialogBase(const QString &objectName, bool adding, QWidget *parent);

    QLineEdit *addLine(Text label, const QString &name, const QString &value, bool readable);
    QPlainTextEdit *addNotes(Text label, const QString &name, const QString &value, int height);
    OwnerCombo *addPerson(Text label, const QString &name, const QVector<domain::Person> &people,
                          qint64 current);
    QComboBox *addChoice(Text label, const QString &name, const QStringList &items, int current);
    // The choice's item data is the id.
    QComboBox *addIdChoice(Text label, const QString &name, const IdChoices &choices,
                           qint64 current);
    // An amount in yen; -1 "not stated".
    QSpinBox *addYen(Text label, const QString &name, qint64 value);
    OptionalDate addDate(Text label, const QString &name, const QDate &value);

    Problem check() const override;
    void retranslate() override;

private:
    QLabel *labelled(Text label, QWidget *field, QLayout *fields = nullptr);

    bool m_adding;
    Text m_addTitle;
    Text m_editTitle;
    Text m_intro;
    QVector<QPair<QLabel *, Text>> m_labels;
    QVector<QPair<QLineEdit *, Text>> m_required;
    QVector<OwnerCombo *> m_people;
    QVector<QSpinBox *> m_yen;
    QVector<std::function<Problem()>> m_checks;
    QList<QLineEdit *> m_readable;
};

// Out of line, so that RecordDialog<R> needs no widget headers.
namespace recorddialog {
// The chosen person's id; `kept` while the text names nobody (check() refuses it).
qint64 personIn(const OwnerCombo *combo, qint64 kept);
qint64 chosenId(const QComboBox *combo);
qint64 spinValue(const QSpinBox *spin);
QString trimmedText(const QLineEdit *edit);
QString trimmedText(const QPlainTextEdit *edit);
int chosenIndex(const QComboBox *combo);
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
    void date(Text label, QDate R::*member, const char *name)
    {
        const OptionalDate d = addDate(std::move(label), QLatin1String(name), m_record.*member);
        m_writes.append([d, member](R &r) { r.*member = d.date(); });
    }

private:
    R m_record;
    QVector<std::function<void(R &)>> m_writes;
};

} // namespace ui
} // namespace kamae

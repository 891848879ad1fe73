#pragma once

#include "domain/Person.h"

#include <QDate>
#include <QDialog>
#include <QVector>

#include <initializer_list>
#include <optional>

#include "widgets/Widgets.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace kamae {
namespace ui {

class DiscardGuard;
class FittingScrollArea;
class OwnerCombo;

// The frame every editing dialog shares: an intro, a body that scrolls
// down (never sideways) when the screen is small, a red line that says why
// the dialog cannot be accepted, and a button box whose OK button says
// what it does. Esc, Cancel and closing the window ask before discarding
// edits (DiscardGuard) unless the dialog says otherwise.
//
// A dialog fills form() (or bodyLayout(), for groups or tabs), returns
// what is wrong in check(), and reads its fields in its own getter:
//
//     PersonDialog(…) : FormDialog(QStringLiteral("PersonDialog"), parent)
//     {
//         m_name = makeLineEdit(this, QStringLiteral("nameEdit"), person.name);
//         addRow(form(), tr("&Name:"), m_name);
//         setOkText(tr("Save"));
//     }
//     Problem check() const override { … return {reason, m_name}; }
class FormDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormDialog)

public:
    // Accepts only if check() (and the owner field) find nothing wrong;
    // otherwise says why on the error line and keeps the dialog open.
    void accept() override;
    // Asks before discarding edits (when the dialog has a DiscardGuard).
    void reject() override;

    // What check() found: a reason, and the field to go to.
    struct Problem
    {
        QString reason;
        QWidget *field = nullptr;
    };

    enum class Option
    {
        None = 0,
        // Closes without asking (a dialog whose fields are cheap to retype).
        CloseFreely = 1,
        // The body does not scroll (it holds its own scroll areas, as tabs).
        FixedBody = 2,
    };
    Q_DECLARE_FLAGS(Options, Option)

protected:
    FormDialog(const QString &objectName, QWidget *parent, Options options = Option::None);

    // Why what the dialog holds cannot be accepted; an empty reason if it can.
    virtual Problem check() const { return {}; }
    // Sets the dialog's texts; called on a language change (the dialog
    // calls it once itself, at the end of its constructor).
    virtual void retranslate() {}
    // On a language change, retranslate() runs after the children have had
    // the event: the button box puts the platform's OK back, the dialog's
    // own text goes over it.
    bool event(QEvent *event) override;

    // Checks as accept() does, saying what is wrong; true if nothing is.
    bool passesChecks();

    // The intro above the form (hidden while empty).
    void setIntro(const QString &text);
    // The form under the intro, and the body that holds both: a dialog with
    // groups adds them to bodyLayout() and leaves form() empty.
    QFormLayout *form() const { return m_form; }
    QVBoxLayout *bodyLayout() const { return m_bodyLayout; }
    // A row whose label's mnemonic (the & in `label`) moves the focus to
    // `buddy` (default: `field`, or the first field of `fields`). The label
    // keeps its text; addLabelledRow() makes one that follows the language.
    QLabel *addRow(QFormLayout *form, const QString &label, QWidget *field);
    QLabel *addRow(QFormLayout *form, const QString &label, QLayout *fields,
                   QWidget *buddy = nullptr);
    // A titled group of rows, for the dialog to place (the group box is the
    // form's parentWidget()).
    QFormLayout *makeGroup(const QString &title);
    // Whether the screen leaves the body `width` pixels (beside a scroll
    // bar): groups side by side on a large screen, one under the other on
    // a narrow one (1280×720 at 150 %).
    bool screenHolds(int width) const;
    // The width a group of makeGroup() needs with every label beside its
    // field (its size hint is that of the rows wrapped).
    static int unwrappedWidth(const QFormLayout *group);
    // Fields whose text is read whole (names, versions, ids): never
    // narrower than about 24 characters, nor than their placeholder or the
    // text they open with (up to about 40 characters).
    static void keepReadable(const QList<QLineEdit *> &fields);

    // A widget between the body and the error line, which stays in view
    // while the body scrolls (a summary); reserve: the room the body leaves
    // for it and for the rest of the window around the body.
    void addFooter(QWidget *widget, const QSize &reserve);

    QDialogButtonBox *buttons() const { return m_buttons; }
    QPushButton *okButton() const;
    void setOkText(const QString &text);

    // The error line: says `reason` and moves the focus to `field`.
    void showProblem(const QString &reason, QWidget *field = nullptr);
    void showProblem(const Problem &problem) { showProblem(problem.reason, problem.field); }
    void clearProblem();
    // For a dialog that checks as the person types: OK waits until check()
    // finds nothing wrong; what it finds is said once `say` (the person has
    // got far enough for it to be news), without moving the focus.
    void checkAsTyped(bool say);
    // Says `text` on the error line as a plain note (work in progress).
    void showNote(const QString &text);

    DiscardGuard *discardGuard() const { return m_discard; }

    // The record's owner, chosen from the people and departments list. The
    // list comes later, through setPeople(); until it does, and when the
    // text names no entry, chosenOwner() is empty and the record keeps the
    // owner it had (accept() refuses a text that names no entry).
    // (parent: where it is made, if not in the dialog itself, as a tab.)
    OwnerCombo *makeOwnerField(qint64 recordOwner, QWidget *parent = nullptr);
    std::optional<qint64> chosenOwner() const;
    // Offers the people and departments list in the owner field. Dialogs
    // with an owner field make it public (`using FormDialog::setPeople;`).
    void setPeople(const QVector<domain::Person> &people);

    // Starts at `wanted`, made small enough for the screen.
    void startAt(const QSize &wanted);

private:
    void setCancelText();
    void say(const QString &text);

    QLabel *m_intro = nullptr;
    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
    QFormLayout *m_form = nullptr;
    FittingScrollArea *m_scroll = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    DiscardGuard *m_discard = nullptr;
    OwnerCombo *m_owner = nullptr;
    qint64 m_recordOwner = 0;
    bool m_peopleSet = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(FormDialog::Options)

// Field makers the editing dialogs share. Each names its widget for tests.
QLineEdit *makeLineEdit(QWidget *parent, const QString &objectName, const QString &text);
// A file's path: as long as the disk makes it, so the field may scroll; its
// tooltip always shows the whole path.
QLineEdit *makePathEdit(QWidget *parent, const QString &objectName, const QString &path);
QCheckBox *makeCheckBox(QWidget *parent, const QString &objectName, const QString &text,
                        bool checked);
// Notes: Tab leaves the field rather than typing a tab.
QPlainTextEdit *makeNotesEdit(QWidget *parent, const QString &objectName, const QString &text,
                              int maximumHeight);
// A combo box of `items` with `current` selected.
QComboBox *makeComboBox(QWidget *parent, const QString &objectName, const QStringList &items,
                        int current);
// A combo box of an enumeration's `count` values, as `text` says them.
template <typename Enum>
QComboBox *makeEnumCombo(QWidget *parent, const QString &objectName, int count,
                         QString (*text)(Enum), Enum current)
{
    QStringList items;
    for (int i = 0; i < count; ++i)
        items << text(static_cast<Enum>(i));
    return makeComboBox(parent, objectName, items, static_cast<int>(current));
}
// A date with a calendar, in the chosen date format; today if `date` is not
// valid.
QDateEdit *makeDateEdit(QWidget *parent, const QString &objectName, const QDate &date);

// A line under a field that explains it, wrapped to the form's width.
QLabel *makeHint(QWidget *parent, const QString &text);

// A date that may be left out: a check box enables the date beside it.
// The label's buddy is the check box.
class OptionalDate final
{
public:
    OptionalDate() = default;
    // editName "registeredEdit" names the check box "hasRegisteredCheck".
    OptionalDate(QWidget *parent, const QString &editName, const QDate &date);

    QLayout *row() const { return m_row; }
    QCheckBox *check() const { return m_check; }
    QDateEdit *edit() const { return m_edit; }
    // The date, or an invalid one when the box is not ticked.
    QDate date() const;

private:
    QCheckBox *m_check = nullptr;
    QDateEdit *m_edit = nullptr;
    QLayout *m_row = nullptr;
};

// An instant shown and edited in the user's time zone (core/Clock), to the
// minute: now when `instant` is not valid. An optional one has a check box
// that enables it, as OptionalDate's does (the label's buddy).
class OptionalInstant final
{
public:
    OptionalInstant() = default;
    // editName "detectedEdit" names the check box "hasDetectedCheck".
    OptionalInstant(QWidget *parent, const QString &editName, const QDateTime &instant,
                    bool optional);

    QLayout *row() const { return m_row; }
    QCheckBox *check() const { return m_check; } // null when required
    QDateTimeEdit *edit() const { return m_edit; }
    // The instant (UTC), or an invalid one when the box is not ticked.
    QDateTime instant() const;

private:
    QCheckBox *m_check = nullptr;
    QDateTimeEdit *m_edit = nullptr;
    QLayout *m_row = nullptr;
};

// `label` with the mnemonic `key`, for labels the dialog does not write
// itself (a register column's name): "&Vendor" where the label holds the
// letter, "ベンダー(&V)" (the translation style) where it does not.
QString withMnemonic(const QString &label, QChar key);

} // namespace ui
} // namespace kamae

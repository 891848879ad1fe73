#pragma once

#include "domain/Person.h"
#include "widgets/CoreForward.h"

#include <QComboBox>
#include <QVector>

namespace kamae {
namespace ui {

// Chooses an owner from the people and departments list (kept on the
// Organisation page). Editable so that a long list can be searched by typing;
// a name that is not in the list is not taken as an owner (ownerId() < 0).
class OwnerCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnerCombo)

public:
    explicit OwnerCombo(QWidget *parent = nullptr);

    // Fills the list and selects `current` (0 = not assigned). People who have
    // left are offered only when they are the current owner.
    void setPeople(const QVector<domain::Person> &people, qint64 current);
    void setOwnerId(qint64 id);
    // 0 when not assigned, the chosen entry's id, or -1 when the text names
    // no entry of the list.
    qint64 ownerId() const;
    // Why ownerId() is -1, for the dialog's error line.
    QString problem() const;

    static QString notAssignedText();
    // What the first entry (owner 0) says; "(not assigned)" unless set.
    void setNoneText(const QString &text);
    // The list as stored; empty if it cannot be read (the combo then offers
    // "not assigned" only, and the dialogs keep the record's owner).
    static QVector<domain::Person> loadPeople(store::Database &db);

private:
    QString m_noneText;
};

} // namespace ui
} // namespace kamae

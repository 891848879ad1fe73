#include "widgets/OwnerCombo.h"

#include "core/Clock.h"
#include "store/PeopleRepository.h"

#include <QCompleter>
#include <QLineEdit>

namespace kamae {
namespace ui {

OwnerCombo::OwnerCombo(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("ownerCombo"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_noneText = notAssignedText();
    addItem(m_noneText, qint64(0));
    setOwnerId(0);
}

void OwnerCombo::setNoneText(const QString &text)
{
    m_noneText = text;
    setItemText(0, text);
    if (currentIndex() == 0)
        setEditText(text);
}

QString OwnerCombo::notAssignedText()
{
    return tr("(not assigned)");
}

QVector<domain::Person> OwnerCombo::loadPeople(store::Database &db)
{
    auto people = store::PeopleRepository(db).all();
    return people ? people.value() : QVector<domain::Person>();
}

void OwnerCombo::setPeople(const QVector<domain::Person> &people, qint64 current)
{
    clear();
    addItem(m_noneText, qint64(0));
    const QDate today = clock::today();
    for (const domain::Person &p : people) {
        const bool gone = p.left.isValid() && p.left <= today;
        if (gone && p.id != current)
            continue;
        addItem(p.name, p.id);
        QStringList about;
        about << (p.kind == domain::PersonKind::Department ? tr("Department") : tr("Person"));
        for (const QString &part : {p.department, p.role, p.contact}) {
            if (!part.isEmpty())
                about << part;
        }
        if (gone)
            about << tr("left");
        setItemData(count() - 1, about.join(QStringLiteral(" · ")), Qt::ToolTipRole);
    }
    setOwnerId(current);
}

void OwnerCombo::setOwnerId(qint64 id)
{
    const int index = findData(id);
    setCurrentIndex(index >= 0 ? index : 0);
    setEditText(itemText(currentIndex()));
}

qint64 OwnerCombo::ownerId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty() || text == m_noneText)
        return 0;
    const int index = findText(text, Qt::MatchExactly);
    if (index < 0)
        return -1;
    return itemData(index).toLongLong();
}

QString OwnerCombo::problem() const
{
    if (ownerId() >= 0)
        return {};
    return tr("“%1” is not in the list of people and departments. Choose an entry of the list, "
              "or add it on the Organisation page first.")
        .arg(currentText().trimmed());
}

} // namespace ui
} // namespace kamae

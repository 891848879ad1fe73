#include "training/AttendeePicker.h"

#include "training/AttendeeModel.h"
#include "training/TrainingDesk.h"
#include "widgets/Widgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

AttendeePicker::AttendeePicker(bool withCompletion, QWidget *parent) : QWidget(parent)
{
    m_model = new AttendeeModel(this);
    m_proxy = new AttendeeFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_search = makeSearchEdit(this, 140);
    m_search->setObjectName(QStringLiteral("attendeeSearch"));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("tickDepartment"));
    auto *clearButton = sayingText(makeButton(this, QStringLiteral("untickAllButton")),
                                   [] { return tr("Untick all"); });
    m_view =
        makeRecordTable(this, QStringLiteral("attendeeView"), QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(AttendeeModel::NameColumn, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnHidden(AttendeeModel::CompletedColumn, !withCompletion);
    m_view->installEventFilter(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("tickedCount"));
    m_paste = new QPlainTextEdit(this);
    m_paste->setObjectName(QStringLiteral("pasteEdit"));
    m_paste->setTabChangesFocus(true);
    m_paste->setMaximumHeight(m_paste->fontMetrics().lineSpacing() * 4 + 12);
    QLabel *pasteLabel = makeBuddyLabel(
        m_paste, [] { return tr("&Paste names (one per line, or separated by commas):"); });
    auto *pasteButton = sayingText(makeButton(this, QStringLiteral("tickPastedButton")),
                                   [] { return tr("Tick these names"); });
    m_pasteResult = makeWrappedLabel(this, QStringLiteral("pasteResult"));
    m_pasteResult->setTextFormat(Qt::RichText);
    m_pasteResult->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_department);
    filters->addWidget(clearButton);
    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_paste, 1);
    pasteRow->addWidget(pasteButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(pasteLabel);
    layout->addLayout(pasteRow);
    layout->addWidget(m_pasteResult);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &AttendeeFilterProxy::setSearchText);
    connect(m_department, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            tickDepartment(m_department->itemText(index));
        m_department->setCurrentIndex(0);
    });
    connect(clearButton, &QPushButton::clicked, m_model, &AttendeeModel::untickAll);
    connect(pasteButton, &QPushButton::clicked, this, &AttendeePicker::tickPastedNames);
    connect(m_model, &AttendeeModel::tickedChanged, this, [this] {
        const int n = m_model->tickedCount();
        m_count->setText(
            tr("%n person(s) ticked. Space ticks or unticks the selected person.", nullptr, n));
        emit tickedChanged(n);
    });
    // Its own texts follow the language, also in an open dialog.
    followLanguage(this, [this] { retranslate(); });
}

void AttendeePicker::setPeople(const QVector<domain::Person> &people,
                               const QVector<domain::Attendance> &attendance)
{
    m_people = people;
    m_model->setPeople(people, attendance);
    m_view->resizeColumnsToContents();
    fillDepartments();
}

QVector<qint64> AttendeePicker::tickedIds() const
{
    return m_model->tickedIds();
}

QVector<domain::Attendance> AttendeePicker::attendance(qint64 sessionId) const
{
    return m_model->attendance(sessionId);
}

void AttendeePicker::tickPastedNames()
{
    const training::PastedNames matched =
        training::matchPastedNames(m_people, m_paste->toPlainText());
    const int ticked = m_model->tick(matched.personIds);
    QStringList lines;
    lines << tr("%n name(s) matched, %1 newly ticked.", nullptr,
                static_cast<int>(matched.personIds.size()))
                 .arg(ticked)
                 .toHtmlEscaped();
    // Red and said in words: a name nobody matched was not ticked.
    if (!matched.unknown.isEmpty())
        lines << QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                     .arg(tr("✗ Not in the people list (not ticked): %1")
                              .arg(matched.unknown.join(tr(", ")))
                              .toHtmlEscaped());
    if (!matched.ambiguous.isEmpty())
        lines << QStringLiteral("<span style=\"color:#b26a00\">%1</span>")
                     .arg(tr("! More than one person has this name (tick the right one "
                             "yourself): %1")
                              .arg(matched.ambiguous.join(tr(", ")))
                              .toHtmlEscaped());
    m_pasteResult->setText(lines.join(QStringLiteral("<br>")));
    m_pasteResult->show();
    // What was matched is ticked: what is left in the box is what needs a look.
    QStringList rest = matched.unknown + matched.ambiguous;
    m_paste->setPlainText(rest.join(u'\n'));
}

void AttendeePicker::tickDepartment(const QString &department)
{
    QVector<qint64> ids;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->person(r).department.trimmed().compare(department, Qt::CaseInsensitive) == 0)
            ids << m_model->person(r).id;
    m_model->tick(ids);
}

void AttendeePicker::fillDepartments()
{
    m_department->clear();
    m_department->addItem(tr("Tick a department…"));
    m_department->addItems(m_model->departments());
    m_department->setEnabled(m_department->count() > 1);
}

bool AttendeePicker::eventFilter(QObject *watched, QEvent *event)
{
    // Space ticks the current person whichever of their cells is current.
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_model->toggle(m_proxy->mapToSource(current).row());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void AttendeePicker::retranslate()
{
    m_search->setPlaceholderText(tr("Search people"));
    if (m_department->count() > 0)
        m_department->setItemText(0, tr("Tick a department…"));
    m_paste->setPlaceholderText(tr("e.g. a sign-in sheet or the attendees of an online meeting"));
    m_count->setText(tr("%n person(s) ticked. Space ticks or unticks the selected person.", nullptr,
                        m_model->tickedCount()));
    // The model's headers are read again in the new language.
    emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
}

} // namespace ui
} // namespace kamae

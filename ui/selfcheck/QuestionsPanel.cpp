#include "selfcheck/QuestionsPanel.h"

#include "selfcheck/QuestionDetailPane.h"
#include "selfcheck/SelfCheckHtml.h"
#include "selfcheck/SelfCheckModel.h"
#include "widgets/FlowLayout.h"
#include "widgets/Widgets.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace kamae {
namespace ui {

using score::Answer;

namespace {

// The Answer column's editor: a list of the five answers.
class AnswerDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        box->setObjectName(QStringLiteral("answerEditor"));
        for (Answer a : SelfCheckModel::answerChoices())
            box->addItem(score::SelfCheckText::answer(a), static_cast<int>(a));
        // A choice is an answer: store it at once rather than on leaving.
        connect(box, &QComboBox::activated, this, [this, box] {
            auto *self = const_cast<AnswerDelegate *>(this);
            emit self->commitData(box);
            emit self->closeEditor(box);
        });
        return box;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole).toInt())));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        const auto *box = static_cast<QComboBox *>(editor);
        if (box->currentData().toInt() != index.data(Qt::EditRole).toInt())
            model->setData(index, box->currentData(), Qt::EditRole);
    }
};

} // namespace

QuestionsPanel::QuestionsPanel(SelfCheckModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("filterCombo"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_proxy = new SelfCheckFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view =
        makeRecordTable(this, QStringLiteral("questionView"), QAbstractItemView::SingleSelection);
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(SelfCheckModel::AnswerColumn, new AnswerDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->sortByColumn(SelfCheckModel::NumberColumn, Qt::AscendingOrder);
    m_view->installEventFilter(this);
    QHeaderView *header = m_view->horizontalHeader();
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(SelfCheckModel::NumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SelfCheckModel::PartColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SelfCheckModel::QuestionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SelfCheckModel::AnswerColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SelfCheckModel::EvidenceColumn, QHeaderView::Interactive);
    header->resizeSection(SelfCheckModel::EvidenceColumn, 150);
    auto *filters = new FlowLayout;
    filters->addWidget(m_filter);
    filters->addWidget(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QComboBox::activated, this, [this](int index) {
        m_proxy->setFilter(static_cast<SelfCheckFilterProxy::Filter>(index));
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SelfCheckFilterProxy::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &QuestionsPanel::currentChanged);
    retranslate();
}

int QuestionsPanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

QString QuestionsPanel::nextKey() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() + 1 >= m_proxy->rowCount())
        return QString();
    return m_proxy->index(current.row() + 1, 0).data(SelfCheckModel::KeyRole).toString();
}

bool QuestionsPanel::editingInTable() const
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && focus != m_view && m_view->isAncestorOf(focus);
}

void QuestionsPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void QuestionsPanel::selectFirstOpenRow()
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, SelfCheckModel::NumberColumn);
        if (m_model->isOpen(m_proxy->mapToSource(index).row())) {
            selectKey(index.data(SelfCheckModel::KeyRole).toString());
            return;
        }
    }
    if (m_proxy->rowCount() > 0)
        selectKey(m_proxy->index(0, 0).data(SelfCheckModel::KeyRole).toString());
}

void QuestionsPanel::selectKey(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, SelfCheckModel::NumberColumn));
    if (!index.isValid()) {
        // Hidden by a filter: clear the filters rather than show nothing.
        m_search->clear();
        m_filter->setCurrentIndex(SelfCheckFilterProxy::AllQuestions);
        m_proxy->setFilter(SelfCheckFilterProxy::AllQuestions);
        index = m_proxy->mapFromSource(m_model->index(row, SelfCheckModel::NumberColumn));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

bool QuestionsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // In the table Delete clears the answer, as Backspace does: the rows are
    // questions, and deleting the whole assessment from there would be a trap.
    if (watched == m_view && event->type() == QEvent::ShortcutOverride && !editingInTable()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            event->accept();
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress && !editingInTable()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::NoModifier) {
            if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_4) {
                emit answerKeyPressed(QuestionDetailPane::kAnswerKeys.at(
                                          static_cast<std::size_t>(key->key() - Qt::Key_1)),
                                      true);
                return true;
            }
            if (key->key() == Qt::Key_Backspace || key->key() == Qt::Key_Delete) {
                emit answerKeyPressed(Answer::Unanswered, false);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuestionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QuestionsPanel::retranslate()
{
    const int filter = std::max(0, m_filter->currentIndex());
    {
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
        m_filter->addItems({SelfAssessmentPageText::tr("All questions"),
                            SelfAssessmentPageText::tr("Unanswered"),
                            SelfAssessmentPageText::tr("Not implemented or partly"),
                            SelfAssessmentPageText::tr("Contradicted by records")});
        m_filter->setCurrentIndex(filter);
    }
    m_search->setPlaceholderText(SelfAssessmentPageText::tr("Search questions (Ctrl+F)"));
}

} // namespace ui
} // namespace kamae

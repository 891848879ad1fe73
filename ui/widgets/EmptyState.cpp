#include "widgets/EmptyState.h"

#include "widgets/Widgets.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

EmptyState::EmptyState(QTableView *view, QAbstractItemModel *source)
    : QWidget(view->viewport()), m_view(view), m_source(source ? source : view->model())
{
    setObjectName(QStringLiteral("emptyState"));

    m_empty = new QWidget(this);
    m_empty->setObjectName(QStringLiteral("emptyPanel"));
    m_title = makeBoldLabel(m_empty, 1.25);
    m_title->setObjectName(QStringLiteral("emptyTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_text = new QLabel(m_empty);
    m_text->setObjectName(QStringLiteral("emptyText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setMaximumWidth(560);
    m_buttons = new QWidget(m_empty);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 8, 0, 0);
    buttons->addStretch();
    buttons->addStretch();
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_title);
    emptyLayout->addWidget(m_text, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(m_buttons);
    emptyLayout->addStretch(2);

    m_filtered = new QWidget(this);
    m_filtered->setObjectName(QStringLiteral("filteredPanel"));
    m_filteredText = new QLabel(m_filtered);
    m_filteredText->setObjectName(QStringLiteral("filteredText"));
    m_filteredText->setWordWrap(true);
    m_clearButton = new QPushButton(m_filtered);
    m_clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearButton->hide();
    auto *filtered = new QHBoxLayout(m_filtered);
    filtered->addStretch();
    filtered->addWidget(m_filteredText);
    filtered->addWidget(m_clearButton);
    filtered->addStretch();
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        if (m_clear)
            m_clear();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_filtered);
    layout->addStretch();

    view->viewport()->installEventFilter(this);
    watch(view->model());
    if (m_source != view->model())
        watch(m_source);
    followLanguage(this, [this] { retranslate(); });
    refresh();
}

void EmptyState::watch(QAbstractItemModel *model)
{
    if (!model)
        return;
    const auto later = [this] {
        refresh();
    };
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
}

void EmptyState::setTexts(const QString &title, const QString &text)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
}

QPushButton *EmptyState::addButton(const QString &objectName, std::function<void()> onClick)
{
    auto *button = new QPushButton(m_buttons);
    button->setObjectName(objectName);
    auto *layout = static_cast<QHBoxLayout *>(m_buttons->layout());
    layout->insertWidget(layout->count() - 1, button);
    connect(button, &QPushButton::clicked, this, [onClick = std::move(onClick)] {
        if (onClick)
            onClick();
    });
    return button;
}

void EmptyState::setFilteredText(const QString &text)
{
    m_customFilteredText = true;
    m_filteredText->setText(text);
}

void EmptyState::setClearFilters(std::function<void()> clear)
{
    m_clear = std::move(clear);
    m_clearButton->setVisible(bool(m_clear));
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_state == State::Filtered ? m_filteredText->text() : m_text->text();
}

void EmptyState::refresh()
{
    if (!m_view || !m_view->model())
        return;
    State state = State::Hidden;
    if (m_source && m_source->rowCount() == 0)
        state = State::Empty;
    else if (m_view->model()->rowCount() == 0)
        state = State::Filtered;
    m_state = state;
    m_empty->setVisible(state == State::Empty);
    m_filtered->setVisible(state == State::Filtered);
    setVisible(state != State::Hidden);
    if (state != State::Hidden) {
        setGeometry(m_view->viewport()->rect());
        raise();
    }
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view && watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

void EmptyState::retranslate()
{
    if (!m_customFilteredText)
        m_filteredText->setText(tr("No rows match the search and filters."));
    m_clearButton->setText(tr("Clear filters"));
}

} // namespace ui
} // namespace kamae

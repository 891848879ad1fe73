#include "patches/AliasEditor.h"

#include "patches/AliasTableModel.h"
#include "widgets/Widgets.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

AliasEditor::AliasEditor(QUndoStack &undo, PatchCommandContext context, QWidget *parent)
    : QWidget(parent)
{
    m_section = makeSection(this, QStringLiteral("aliasHeading"));
    auto *addButton =
        sayingText(new QPushButton(this), [] { return FeedsPanelText::tr("Add alias"); });
    addButton->setObjectName(QStringLiteral("addAliasButton"));
    auto *removeButton =
        sayingText(new QPushButton(this), [] { return FeedsPanelText::tr("Remove alias"); });
    removeButton->setObjectName(QStringLiteral("removeAliasButton"));
    m_model = new AliasTableModel(undo, std::move(context), this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("aliasView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_section.heading);
    layout->addWidget(m_section.hint);
    layout->addLayout(makeButtonRow({addButton, removeButton}));
    layout->addWidget(m_view, 1);

    connect(addButton, &QPushButton::clicked, this, &AliasEditor::addAlias);
    connect(removeButton, &QPushButton::clicked, this, &AliasEditor::removeSelected);
    retranslate();
    m_model->reload();
}

void AliasEditor::addAlias()
{
    const int row = m_model->addAlias();
    if (row < 0)
        return;
    const QModelIndex first = m_model->index(row, 1);
    m_view->setCurrentIndex(first);
    m_view->edit(first);
}

void AliasEditor::removeSelected()
{
    if (const QModelIndex current = m_view->currentIndex(); current.isValid())
        m_model->removeAlias(current.row());
}

void AliasEditor::retranslate()
{
    m_section.setTexts(
        FeedsPanelText::tr("Product name aliases"),
        FeedsPanelText::tr(
            "Feeds and your register may name a product differently. Each row says: what the "
            "feed calls vendor and product is what the register calls them. Double-click a "
            "cell to edit."));
    m_model->retranslate();
}

} // namespace ui
} // namespace kamae

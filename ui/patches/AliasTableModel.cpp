#include "patches/AliasTableModel.h"

#include "patches/PatchViews.h"
#include "store/FeedStore.h"

#include <QUndoStack>

#include <algorithm>
#include <iterator>

namespace kamae {
namespace ui {

namespace {

// The table's columns, in order: the feed's names, then the register's.
constexpr QString patches::ProductAlias::*kNames[] = {
    &patches::ProductAlias::feedVendor,
    &patches::ProductAlias::feedProduct,
    &patches::ProductAlias::assetVendor,
    &patches::ProductAlias::assetProduct,
};
constexpr int kColumns = static_cast<int>(std::size(kNames));

bool sameNames(const patches::ProductAlias &a, const patches::ProductAlias &b)
{
    return std::all_of(std::begin(kNames), std::end(kNames),
                       [&](auto name) { return a.*name == b.*name; });
}

} // namespace

AliasTableModel::AliasTableModel(QUndoStack &undo, PatchCommandContext context, QObject *parent)
    : QAbstractTableModel(parent), m_undo(undo), m_context(std::move(context))
{}

void AliasTableModel::reload()
{
    if (const auto aliases = store::FeedStore(*m_context.db).aliases())
        setAliases(aliases.value());
}

int AliasTableModel::addAlias()
{
    patches::ProductAlias alias;
    alias.feedProduct = FeedsPanelText::tr("Product in the feed");
    alias.assetProduct = FeedsPanelText::tr("Product in the register");
    if (!push(new AliasCommand(m_context, std::nullopt, alias)))
        return -1;
    reload();
    return rowCount() - 1;
}

void AliasTableModel::removeAlias(int row)
{
    if (push(new AliasCommand(m_context, m_aliases.at(row), std::nullopt)))
        reload();
}

bool AliasTableModel::push(AliasCommand *command)
{
    const auto ok = command->outcome();
    m_undo.push(command);
    return *ok;
}

void AliasTableModel::setAliases(QVector<patches::ProductAlias> aliases)
{
    // A reset would close an editor the user has open (a reload follows
    // every alias edit); nothing changed, nothing to do.
    if (std::equal(aliases.cbegin(), aliases.cend(), m_aliases.cbegin(), m_aliases.cend(),
                   [](const auto &a, const auto &b) { return a.id == b.id && sameNames(a, b); }))
        return;
    beginResetModel();
    m_aliases = std::move(aliases);
    endResetModel();
}

void AliasTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, kColumns - 1);
}

int AliasTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_aliases.size());
}

int AliasTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumns;
}

QVariant AliasTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    return m_aliases.at(index.row()).*kNames[index.column()];
}

QVariant AliasTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= kColumns)
        return {};
    const QString titles[kColumns] = {tr("Vendor in the feed"), tr("Product in the feed"),
                                      tr("Vendor in the register"), tr("Product in the register")};
    return titles[section];
}

Qt::ItemFlags AliasTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool AliasTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const patches::ProductAlias &before = m_aliases.at(index.row());
    patches::ProductAlias after = before;
    after.*kNames[index.column()] = value.toString().trimmed();
    if (sameNames(after, before))
        return true;
    if (Status s = store::FeedStore::validateAlias(after); !s) {
        if (m_context.onError)
            m_context.onError(s.error());
        return false;
    }
    if (!push(new AliasCommand(m_context, before, after)))
        return false;
    m_aliases[index.row()] = after;
    emit dataChanged(index, index);
    return true;
}

} // namespace ui
} // namespace kamae

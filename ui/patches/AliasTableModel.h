#pragma once

#include "patches/PatchCommands.h"

#include <QAbstractTableModel>

class QUndoStack;

namespace kamae {
namespace ui {

// The alias table, editable in place; each edit goes through the undo stack.
class AliasTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AliasTableModel)

public:
    AliasTableModel(QUndoStack &undo, PatchCommandContext context, QObject *parent = nullptr);

    // Reads the aliases again; an editor open in the table stays open when
    // they did not change.
    void reload();
    void setAliases(QVector<patches::ProductAlias> aliases);
    // Adds an alias with placeholder names: its row, -1 when not written.
    int addAlias();
    void removeAlias(int row);
    const patches::ProductAlias &aliasAt(int row) const { return m_aliases.at(row); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    // Pushes the command; whether it wrote.
    bool push(AliasCommand *command);

    QUndoStack &m_undo;
    PatchCommandContext m_context;
    QVector<patches::ProductAlias> m_aliases;
};

} // namespace ui
} // namespace kamae

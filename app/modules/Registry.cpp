#include "modules/Registry.h"

#include "store/ChangeSet.h"

#include <QtGlobal>

namespace kamae {
namespace modules {

#define KAMAE_MODULE(id) const ModuleInfo &id##Module();
#include "modules/ModuleList.h"

const QVector<const ModuleInfo *> &all()
{
    static const QVector<const ModuleInfo *> list = {
#define KAMAE_MODULE(id) &id##Module(),
#include "modules/ModuleList.h"
    };
    return list;
}

const ModuleInfo *find(const QString &key)
{
    for (const ModuleInfo *m : all())
        if (m->key == key)
            return m;
    return nullptr;
}

QString displayName(const QString &key)
{
    if (const ModuleInfo *m = find(key); m && m->name)
        return m->name();
    return key;
}

QStringList modulesWithDuties()
{
    QStringList keys;
    for (const ModuleInfo *m : all())
        if (!m->reminderSources.isEmpty())
            keys.append(m->key);
    return keys;
}

QStringList modulesTouched(const store::ChangeSet &changes)
{
    QStringList keys;
    for (const ModuleInfo *m : all())
        if (changes.touchesAny(m->tables))
            keys.append(m->key);
    return keys;
}

const Command *findCommand(const QString &command, const QString &sub)
{
    for (const ModuleInfo *m : all())
        for (const Command &c : m->commands)
            if (command == QLatin1String(c.command) && sub == QLatin1String(c.sub))
                return &c;
    return nullptr;
}

} // namespace modules

namespace store {

const Schema &vaultSchema()
{
    static const Schema schema = [] {
        Schema s;
        Status added = s.add(coreSchema());
        for (const modules::ModuleInfo *m : modules::all())
            if (added && m->schema)
                added = s.add(m->schema());
        // Two parts claiming one step number is a programming error that
        // every test opening a vault would meet; a vault must never be
        // migrated by a schema that is not one sequence.
        if (!added)
            qFatal("Kamae's schema is inconsistent: %s", qPrintable(added.error()));
        return s;
    }();
    return schema;
}

} // namespace store
} // namespace kamae

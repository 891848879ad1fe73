#include "modules/Registry.h"

#include "store/ChangeSet.h"

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

QStringList plannedKeys()
{
    return {
#define KAMAE_PLANNED(id) QStringLiteral(#id),
#include "modules/ModuleList.h"
    };
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

} // namespace modules
} // namespace kamae

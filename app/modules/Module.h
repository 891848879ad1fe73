#pragma once

#include "core/Result.h"
#include "modules/Command.h"
#include "reminders/Reminders.h"
#include "score/Evidence.h"
#include "score/Score.h"
#include "store/Schema.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <any>

namespace kamae {
namespace store {
class ChangeSet;
class Database;
} // namespace store
} // namespace kamae

namespace kamae {
namespace modules {

// What a module's demo records need to know of the modules before it: the
// ids of the records they made, by module key and a name the demo chose
// ("assets" → "販売管理サーバ" → 12).
struct DemoContext
{
    store::Database &db;
    QDate today;
    QHash<QString, QHash<QString, qint64>> ids;
};

// Everything the rest of Kamae needs to know about a module, declared once
// in the module's own folder (`const ModuleInfo &<id>Module()`) and listed
// by one line in ModuleList.h. The registry (Registry.h) iterates these:
// the reminders, the score, the demo company, the change events and the
// command line never switch over modules.
struct ModuleInfo
{
    // Stable and never translated: the JSON of `kamae due` and `kamae score`,
    // the place of a next action, settings keys, calendar categories.
    QString key;
    // The module's name in the current language ("Backups", 「バックアップ」).
    QString (*name)() = nullptr;
    // The tables it stores its records in: a change to one of them is a
    // change to this module (pages reload, the score is re-read).
    QStringList tables;
    // Its duties, every one in every state (app/reminders/Reminders.h).
    QVector<reminders::Source> reminderSources;
    // Its factors of the score (app/score/Score.h), pure functions of the
    // score's input and today.
    QVector<score::FactorSource> factorSources;
    // What its records say about the self-assessment's questions
    // (score/Evidence.h): shown beside each answer, and a question its
    // records measure no longer counts the answer.
    QVector<score::Evidence> (*evidence)(const score::ScoreInput &input,
                                         const QDate &today) = nullptr;
    // A module whose factors need records the shared input does not hold
    // loads them here; they reach its factors as
    // `input.moduleData.value(key)` (std::any_cast to its own type).
    Result<std::any> (*loadScoreData)(store::Database &db) = nullptr;
    // With loadScoreData: the tables it reads beyond `tables`; the score is
    // re-read when one of these or of `tables` changes
    // (score::scoreInputTables).
    QStringList scoreTables;
    // Adds its records to the demo company (after the modules listed before
    // it in ModuleList.h).
    Status (*demo)(DemoContext &context) = nullptr;
    // Its share of the vault's schema: the steps that create and change its
    // tables, numbered in the one sequence all parts share (the next free
    // number; tst_modules refuses a number taken twice), and the ranges of
    // the values it reads back (store/Schema.h).
    store::SchemaPart (*schema)() = nullptr;
    // Its subcommands of `kamae` (modules/Command.h).
    QVector<Command> commands;
};

} // namespace modules
} // namespace kamae

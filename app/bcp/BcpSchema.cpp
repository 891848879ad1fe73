#include "bcp/BcpSchema.h"

#include "bcp/BcpRecords.h"
#include "store/Migrations.h"

#include <limits>

namespace kamae {
namespace bcp {

namespace {

// The business continuity plan (issue 18). The draft is these tables; a
// published version is the whole plan frozen as JSON in bcp_version.
//
// "IF NOT EXISTS": a vault made by this release and set back to an older
// schema (the upgrade tests do) already has these tables.
//
// References to people and assets: a link of a core business to an asset
// and an exercise's participant go with the asset or person (ON DELETE
// CASCADE, and nothing cascades from them, so undo puts them back, see
// store/LinkedRows.h); every other reference is emptied (SET NULL).
Status version11(QSqlDatabase &db)
{
    return store::execAll(
        db,
        {
            // Prose sections by key, as HTML.
            QStringLiteral("CREATE TABLE IF NOT EXISTS bcp_section ("
                           " key TEXT PRIMARY KEY CHECK (key <> ''),"
                           " body TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS bcp_role ("
                           " id INTEGER PRIMARY KEY,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " title TEXT NOT NULL CHECK (title <> ''),"
                           " duties TEXT NOT NULL DEFAULT '',"
                           " person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,"
                           " deputy_id INTEGER REFERENCES person (id) ON DELETE SET NULL)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS bcp_role_person ON bcp_role (person_id)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS bcp_role_deputy ON bcp_role (deputy_id)"),
            // Hours NULL while not stated.
            QStringLiteral("CREATE TABLE IF NOT EXISTS bcp_business ("
                           " id INTEGER PRIMARY KEY,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " name TEXT NOT NULL CHECK (name <> ''),"
                           " description TEXT NOT NULL DEFAULT '',"
                           " max_outage_hours INTEGER,"
                           " rto_hours INTEGER,"
                           " rpo_hours INTEGER)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS bcp_business_asset ("
                           " business_id INTEGER NOT NULL"
                           "   REFERENCES bcp_business (id) ON DELETE CASCADE,"
                           " asset_id INTEGER NOT NULL REFERENCES asset (id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " role TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (business_id, asset_id))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS bcp_business_asset_asset ON "
                           "bcp_business_asset (asset_id)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS bcp_partner ("
                           " id INTEGER PRIMARY KEY,"
                           " business_id INTEGER NOT NULL"
                           "   REFERENCES bcp_business (id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " kind INTEGER NOT NULL DEFAULT 0 CHECK (kind IN (0, 1)),"
                           " name TEXT NOT NULL CHECK (name <> ''),"
                           " supplies TEXT NOT NULL DEFAULT '',"
                           " contact TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS bcp_partner_business ON bcp_partner (business_id)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS bcp_alternative ("
                           " id INTEGER PRIMARY KEY,"
                           " business_id INTEGER NOT NULL"
                           "   REFERENCES bcp_business (id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " text TEXT NOT NULL CHECK (text <> ''),"
                           " asset_id INTEGER REFERENCES asset (id) ON DELETE SET NULL)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS bcp_alternative_business ON bcp_alternative "
                           "(business_id)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS bcp_alternative_asset ON bcp_alternative (asset_id)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS bcp_bottleneck ("
                           " id INTEGER PRIMARY KEY,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " resource TEXT NOT NULL CHECK (resource <> ''),"
                           " kind INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 2),"
                           " asset_id INTEGER REFERENCES asset (id) ON DELETE SET NULL,"
                           " measure TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS bcp_bottleneck_asset ON bcp_bottleneck (asset_id)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS bcp_investment ("
                           " id INTEGER PRIMARY KEY,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " text TEXT NOT NULL CHECK (text <> ''),"
                           " cost_yen INTEGER CHECK (cost_yen IS NULL OR cost_yen >= 0),"
                           " planned_on TEXT NOT NULL DEFAULT '',"
                           " done_on TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS bcp_contact ("
                           " id INTEGER PRIMARY KEY,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " kind INTEGER NOT NULL DEFAULT 1 CHECK (kind IN (0, 1)),"
                           " name TEXT NOT NULL DEFAULT '',"
                           " organisation TEXT NOT NULL DEFAULT '',"
                           " phone TEXT NOT NULL DEFAULT '',"
                           " email TEXT NOT NULL DEFAULT '',"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " person_id INTEGER REFERENCES person (id) ON DELETE SET NULL)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS bcp_contact_person ON bcp_contact (person_id)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS bcp_insurance ("
                           " id INTEGER PRIMARY KEY,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " insurer TEXT NOT NULL CHECK (insurer <> ''),"
                           " policy TEXT NOT NULL DEFAULT '',"
                           " covers TEXT NOT NULL DEFAULT '',"
                           " amount TEXT NOT NULL DEFAULT '',"
                           " renews_on TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS bcp_exercise ("
                           " id INTEGER PRIMARY KEY,"
                           " kind INTEGER NOT NULL DEFAULT 1 CHECK (kind BETWEEN 0 AND 3),"
                           " held_on TEXT NOT NULL CHECK (held_on <> ''),"
                           " scenario TEXT NOT NULL DEFAULT '',"
                           " findings TEXT NOT NULL DEFAULT '',"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS bcp_exercise_participant ("
                           " exercise_id INTEGER NOT NULL"
                           "   REFERENCES bcp_exercise (id) ON DELETE CASCADE,"
                           " person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
                           " PRIMARY KEY (exercise_id, person_id))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS bcp_exercise_participant_person ON "
                           "bcp_exercise_participant (person_id)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS bcp_action ("
                           " id INTEGER PRIMARY KEY,"
                           " exercise_id INTEGER NOT NULL"
                           "   REFERENCES bcp_exercise (id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " text TEXT NOT NULL CHECK (text <> ''),"
                           " owner_id INTEGER REFERENCES person (id) ON DELETE SET NULL,"
                           " due_on TEXT NOT NULL DEFAULT '',"
                           " done_on TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS bcp_action_exercise ON bcp_action (exercise_id)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS bcp_action_owner ON bcp_action (owner_id)"),
            // plan: the whole plan as JSON (BcpVersions.h).
            QStringLiteral("CREATE TABLE IF NOT EXISTS bcp_version ("
                           " id INTEGER PRIMARY KEY,"
                           " number INTEGER NOT NULL UNIQUE CHECK (number >= 1),"
                           " published_on TEXT NOT NULL CHECK (published_on <> ''),"
                           " approver_id INTEGER REFERENCES person (id) ON DELETE SET NULL,"
                           " approver_name TEXT NOT NULL DEFAULT '',"
                           " note TEXT NOT NULL DEFAULT '',"
                           " plan TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS bcp_version_approver ON bcp_version (approver_id)"),
        });
}

// The plan's own language (issue 18's printouts speak it): one row, absent
// until the draft is first saved, when the plan is Japanese.
Status version12(QSqlDatabase &db)
{
    return store::execAll(db, {
                                  QStringLiteral("CREATE TABLE IF NOT EXISTS bcp_plan ("
                                                 " id INTEGER PRIMARY KEY CHECK (id = 1),"
                                                 " language TEXT NOT NULL DEFAULT 'ja'"
                                                 "   CHECK (language IN ('ja', 'en')))"),
                              });
}

} // namespace

store::SchemaPart bcpSchema()
{
    using store::integerRange;
    using namespace domain;
    store::SchemaPart part;
    part.steps = {{11, version11}, {12, version12}};
    part.valueRules = {
        integerRange("bcp_business", "max_outage_hours", 0, kMaxBcpHours, true),
        integerRange("bcp_business", "rto_hours", 0, kMaxBcpHours, true),
        integerRange("bcp_business", "rpo_hours", 0, kMaxBcpHours, true),
        integerRange("bcp_partner", "kind", 0, kBcpPartnerKindCount - 1),
        integerRange("bcp_bottleneck", "kind", 0, kBcpResourceKindCount - 1),
        integerRange("bcp_contact", "kind", 0, kBcpContactKindCount - 1),
        integerRange("bcp_investment", "cost_yen", 0, std::numeric_limits<qint64>::max(), true),
        integerRange("bcp_exercise", "kind", 0, kExerciseKindCount - 1),
        integerRange("bcp_version", "number", 1, 1000000),
    };
    return part;
}

} // namespace bcp
} // namespace kamae

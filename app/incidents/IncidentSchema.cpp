#include "incidents/IncidentSchema.h"

#include "incidents/IncidentRecords.h"
#include "store/Migrations.h"

#include <limits>

namespace kamae {
namespace incidents {

namespace {

// Incident readiness and response (issue 19). Step 12 belongs to the BCP
// module's second step; this is the next free number.
//
// "IF NOT EXISTS": a vault made by this release and set back to an older
// schema (the upgrade tests do) already has these tables.
//
// References to people and assets: an affected asset's link goes with the
// asset (ON DELETE CASCADE, and nothing cascades from it, so undo puts it
// back, see store/LinkedRows.h); every reference to a person is emptied
// (SET NULL). A ticked step keeps its text when the playbook step goes.
// Times are instants in UTC (ISO 8601 with "Z"), "" while unknown.
Status version13(QSqlDatabase &db)
{
    return store::execAll(
        db,
        {
            QStringLiteral("CREATE TABLE IF NOT EXISTS incident_contact ("
                           " id INTEGER PRIMARY KEY,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " kind INTEGER NOT NULL DEFAULT 9 CHECK (kind BETWEEN 0 AND 9),"
                           " name TEXT NOT NULL DEFAULT '',"
                           " purpose TEXT NOT NULL DEFAULT '',"
                           " when_to_call TEXT NOT NULL DEFAULT '',"
                           " phone TEXT NOT NULL DEFAULT '',"
                           " address TEXT NOT NULL DEFAULT '',"
                           " official_page TEXT NOT NULL DEFAULT '',"
                           " region TEXT NOT NULL DEFAULT '',"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,"
                           " checked_on TEXT NOT NULL DEFAULT '',"
                           " builtin TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS incident_contact_person ON "
                           "incident_contact (person_id)"),
            // kinds: one bit per incident kind (IncidentRecords.h).
            QStringLiteral("CREATE TABLE IF NOT EXISTS incident_partner ("
                           " id INTEGER PRIMARY KEY,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " name TEXT NOT NULL CHECK (name <> ''),"
                           " contact TEXT NOT NULL DEFAULT '',"
                           " channel INTEGER NOT NULL DEFAULT 1 CHECK (channel BETWEEN 0 AND 2),"
                           " address TEXT NOT NULL DEFAULT '',"
                           " kinds INTEGER NOT NULL DEFAULT 0 CHECK (kinds BETWEEN 0 AND 127),"
                           " overseas INTEGER NOT NULL DEFAULT 0 CHECK (overseas IN (0, 1)),"
                           " notes TEXT NOT NULL DEFAULT '')"),
            // data_people NULL while the number is not known.
            QStringLiteral("CREATE TABLE IF NOT EXISTS incident ("
                           " id INTEGER PRIMARY KEY,"
                           " kind INTEGER NOT NULL DEFAULT 6 CHECK (kind BETWEEN 0 AND 6),"
                           " title TEXT NOT NULL DEFAULT '',"
                           " occurred_at TEXT NOT NULL DEFAULT '',"
                           " detected_at TEXT NOT NULL CHECK (detected_at <> ''),"
                           " aware_at TEXT NOT NULL DEFAULT '',"
                           " reported_at TEXT NOT NULL DEFAULT '',"
                           " contained_at TEXT NOT NULL DEFAULT '',"
                           " resolved_at TEXT NOT NULL DEFAULT '',"
                           " found_by INTEGER REFERENCES person (id) ON DELETE SET NULL,"
                           " data_kinds TEXT NOT NULL DEFAULT '',"
                           " data_people INTEGER CHECK (data_people IS NULL OR data_people >= 0),"
                           " data_sensitive INTEGER NOT NULL DEFAULT 0"
                           "   CHECK (data_sensitive IN (0, 1)),"
                           " data_financial INTEGER NOT NULL DEFAULT 0"
                           "   CHECK (data_financial IN (0, 1)),"
                           " data_malice INTEGER NOT NULL DEFAULT 0 CHECK (data_malice IN (0, 1)),"
                           " status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),"
                           " drill INTEGER NOT NULL DEFAULT 0 CHECK (drill IN (0, 1)),"
                           " cause TEXT NOT NULL DEFAULT '',"
                           " lessons TEXT NOT NULL DEFAULT '',"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS incident_found_by ON incident (found_by)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS incident_asset ("
                           " incident_id INTEGER NOT NULL"
                           "   REFERENCES incident (id) ON DELETE CASCADE,"
                           " asset_id INTEGER NOT NULL REFERENCES asset (id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (incident_id, asset_id))"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS incident_asset_asset ON incident_asset (asset_id)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS incident_timeline ("
                           " id INTEGER PRIMARY KEY,"
                           " incident_id INTEGER NOT NULL"
                           "   REFERENCES incident (id) ON DELETE CASCADE,"
                           " at TEXT NOT NULL CHECK (at <> ''),"
                           " kind INTEGER NOT NULL DEFAULT 1 CHECK (kind BETWEEN 0 AND 3),"
                           " text TEXT NOT NULL DEFAULT '',"
                           " person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,"
                           " tag TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS incident_timeline_incident ON "
                           "incident_timeline (incident_id)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS incident_timeline_person ON "
                           "incident_timeline (person_id)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS incident_action ("
                           " id INTEGER PRIMARY KEY,"
                           " incident_id INTEGER NOT NULL"
                           "   REFERENCES incident (id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " text TEXT NOT NULL CHECK (text <> ''),"
                           " owner_id INTEGER REFERENCES person (id) ON DELETE SET NULL,"
                           " due_on TEXT NOT NULL DEFAULT '',"
                           " done_on TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS incident_action_incident ON "
                           "incident_action (incident_id)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS incident_action_owner ON incident_action (owner_id)"),
            // The playbooks: the steps of each kind, in order.
            QStringLiteral("CREATE TABLE IF NOT EXISTS incident_step ("
                           " id INTEGER PRIMARY KEY,"
                           " kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 6),"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " text TEXT NOT NULL CHECK (text <> ''))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS incident_step_kind ON incident_step (kind)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS incident_tick ("
                           " id INTEGER PRIMARY KEY,"
                           " incident_id INTEGER NOT NULL"
                           "   REFERENCES incident (id) ON DELETE CASCADE,"
                           " step_id INTEGER REFERENCES incident_step (id) ON DELETE SET NULL,"
                           " text TEXT NOT NULL CHECK (text <> ''),"
                           " person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,"
                           " at TEXT NOT NULL CHECK (at <> ''))"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS incident_tick_incident ON incident_tick (incident_id)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS incident_tick_step ON incident_tick (step_id)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS incident_tick_person ON incident_tick (person_id)"),
        });
}

} // namespace

store::SchemaPart incidentSchema()
{
    using store::integerRange;
    using namespace domain;
    store::SchemaPart part;
    part.steps = {{13, version13}};
    part.valueRules = {
        integerRange("incident_contact", "kind", 0, kContactKindCount - 1),
        integerRange("incident_partner", "channel", 0, kPartnerChannelCount - 1),
        integerRange("incident_partner", "kinds", 0, kAllIncidentKinds),
        integerRange("incident_partner", "overseas", 0, 1),
        integerRange("incident", "kind", 0, kIncidentKindCount - 1),
        integerRange("incident", "status", 0, kIncidentStatusCount - 1),
        integerRange("incident", "data_people", 0, std::numeric_limits<int>::max(), true),
        integerRange("incident", "data_sensitive", 0, 1),
        integerRange("incident", "data_financial", 0, 1),
        integerRange("incident", "data_malice", 0, 1),
        integerRange("incident", "drill", 0, 1),
        integerRange("incident_timeline", "kind", 0, kTimelineKindCount - 1),
        integerRange("incident_step", "kind", 0, kIncidentKindCount - 1),
    };
    return part;
}

} // namespace incidents
} // namespace kamae

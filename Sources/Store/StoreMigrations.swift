import GRDB

/// The store's schema, as frozen, string-named migrations. A migration, once released, is never
/// edited: a change of schema is a new migration (`v2`, …) appended here.
enum StoreMigrations {
    /// The migrations in order, as (identifier, body); applied by `migrate(_:)`.
    static let all: [(identifier: String, body: @Sendable (Database) throws -> Void)] = [("v1", v1)]

    /// The same migrations as a GRDB migrator (to read which are applied, in GRDB's own table).
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        for (identifier, body) in all { m.registerMigration(identifier, migrate: body) }
        return m
    }

    /// Brings the schema up to date in ONE exclusive transaction: the check that the file is
    /// ours, the bookkeeping table and every missing migration. Two processes that create the
    /// same new store at once are serialized by SQLite's lock (the second waits, then finds
    /// the schema done); GRDB's migrator creates its table outside any transaction and races.
    static func migrate(_ db: Database, path: String) throws {
        try db.inTransaction(.exclusive) {
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            if !tables.isEmpty && !tables.contains("grdb_migrations") {
                throw RunStoreError("\(path): not a Backchannel run store (a SQLite file with other tables)")
            }
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            let applied = try Set(String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
            let known = Set(all.map(\.identifier))
            if !applied.isSubset(of: known) {
                throw RunStoreError("\(path): the store was written by a newer Backchannel (unknown schema migrations)")
            }
            for (identifier, body) in all where !applied.contains(identifier) {
                try body(db)
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [identifier])
            }
            return .commit
        }
    }

    static let v1: @Sendable (Database) throws -> Void = { db in
            try db.execute(sql: """
                CREATE TABLE run (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T*'),
                  scenario_name TEXT NOT NULL CHECK (length(scenario_name) > 0),
                  scenario_source TEXT NOT NULL,
                  scenario_text TEXT NOT NULL CHECK (length(scenario_text) > 0),
                  scenario_hash TEXT NOT NULL CHECK (scenario_hash GLOB 'fnv1a64:*'),
                  overrides TEXT NOT NULL CHECK (json_valid(overrides) AND json_type(overrides) = 'array'),
                  seed TEXT NOT NULL CHECK (length(seed) BETWEEN 1 AND 20 AND seed NOT GLOB '*[^0-9]*'),
                  runs INTEGER NOT NULL CHECK (runs >= 1),
                  weeks INTEGER NOT NULL CHECK (weeks >= 1),
                  version TEXT NOT NULL,
                  summary_json TEXT NOT NULL CHECK (json_valid(summary_json)),
                  narrative_json TEXT CHECK (narrative_json IS NULL OR json_valid(narrative_json))
                );
                CREATE INDEX run_on_scenario_hash ON run(scenario_hash);
                CREATE TABLE run_week (
                  run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                  week INTEGER NOT NULL CHECK (week >= 0),
                  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
                  p_talks REAL NOT NULL CHECK (p_talks BETWEEN 0 AND 1),
                  p_formal_talks REAL NOT NULL CHECK (p_formal_talks BETWEEN 0 AND 1),
                  p_backchannel_open REAL NOT NULL CHECK (p_backchannel_open BETWEEN 0 AND 1),
                  p_summit REAL NOT NULL CHECK (p_summit BETWEEN 0 AND 1),
                  p_leak REAL NOT NULL CHECK (p_leak BETWEEN 0 AND 1),
                  p_deal REAL NOT NULL CHECK (p_deal BETWEEN 0 AND 1),
                  p_ended REAL NOT NULL CHECK (p_ended BETWEEN 0 AND 1),
                  PRIMARY KEY (run_id, week)
                );
                CREATE TABLE run_week_side (
                  run_id INTEGER NOT NULL,
                  week INTEGER NOT NULL,
                  side TEXT NOT NULL,
                  target TEXT NOT NULL CHECK (target <> side),
                  tariff_mean REAL, tariff_p10 REAL, tariff_p50 REAL, tariff_p90 REAL,
                  welfare_change_pct REAL NOT NULL,
                  pain REAL NOT NULL,
                  pain_cumulative REAL NOT NULL,
                  PRIMARY KEY (run_id, week, side),
                  FOREIGN KEY (run_id, week) REFERENCES run_week(run_id, week) ON DELETE CASCADE,
                  CHECK (tariff_p10 <= tariff_p50 AND tariff_p50 <= tariff_p90)
                );
                """)
    }
}

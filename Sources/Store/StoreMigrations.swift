import GRDB

/// The store's schema, as frozen, string-named migrations. A migration, once released, is never
/// edited: a change of schema is a new migration (`v2`, …) appended here.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
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
        return m
    }
}

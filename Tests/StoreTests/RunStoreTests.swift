import Experiments
import Foundation
import GRDB
import Testing
@testable import Store

/// The run store: round trip in memory, one transaction per run, schema constraints, frozen
/// migrations, and clear errors for files that are not stores.
@Suite struct RunStoreTests {
    static let summaryJSON = """
    {"audience_cost_paid":{"A":1.5,"B":0.25},"by_week":[
     {"date":"2025-01-06","p_backchannel_open":0.1,"p_deal":0,"p_ended":0,"p_formal_talks":0,"p_leak":0,"p_summit":0,"p_talks":0.1,
      "pain":{"A":1,"B":2},"pain_cumulative":{"A":1,"B":2},"tariff_pct":{"A:B":{"mean":30,"p10":20,"p50":30,"p90":40},"B:A":{"mean":10,"p10":10,"p50":10,"p90":10}},
      "phase":{"deal":0,"peace":0,"truce":0,"war":1},"week":0,"welfare_change_pct":{"A":-0.5,"B":-0.25}},
     {"date":"2025-01-13","p_backchannel_open":0.2,"p_deal":0.5,"p_ended":0.5,"p_formal_talks":0.1,"p_leak":0.05,"p_summit":0,"p_talks":0.25,
      "pain":{"A":0.5,"B":1},"pain_cumulative":{"A":1.5,"B":3},"tariff_pct":{"A:B":{"mean":15,"p10":10,"p50":10,"p90":30},"B:A":{"mean":10,"p10":10,"p50":10,"p90":10}},
      "phase":{"deal":0.25,"peace":0,"truce":0.25,"war":0.5},"week":1,"welfare_change_pct":{"A":-0.25,"B":-0.125}}],
     "deal_channel":{"backchannel":0.25,"formal":0.25,"summit":0},"diplomacy_mode":"gate","economy":"stylized",
     "leaks":{"mean":0.05,"p_any":0.05},"outcomes":{"capitulation":{"A":0,"B":0},"deal":0.5,"stalemate":0.5},
     "peak_tariff_pct":{"A:B":{"mean":30,"p10":20,"p50":30,"p90":40}},
     "process":{"agreements_mean":0.5,"at_horizon":{"deal":0.25,"peace":0,"truce":0.25,"war":0.5},"breakdowns_mean":0,"p_breakdown":0,"truces_mean":0.25,
      "weeks_to_first_deal":{"mean":1,"p10":1,"p50":1,"p90":1}},"questions":[{"id":"q","probability":0.5,"settled":false,"yes_runs":2}],
     "repudiations_mean":0,"runs":4,"scenario":"Tiny","scenario_hash":"fnv1a64:0123456789abcdef","seed":18446744073709551615,
     "version":"0.1.0","weeks":2,"weeks_to_end":{"mean":1,"p10":1,"p50":1,"p90":1},"welfare_loss_cumulative":{"A":0.75,"B":0.375}}
    """

    func newRun() throws -> NewRun {
        let summary = try JSONDecoder().decode(EnsembleSummary.self, from: Data(Self.summaryJSON.utf8))
        return NewRun(createdAt: "2026-01-02T03:04:05Z", scenarioSource: "tiny.yaml", scenarioText: "name: Tiny\n",
                      overrides: ["weeks=2", "actors.A.leader.leak=0.3"], summary: summary, summaryJSON: Self.summaryJSON,
                      narrativeJSON: #"{"run":1,"lines":["week 0: x"]}"#)
    }

    @Test func roundTripInMemory() throws {
        let store = try RunStore()
        let new = try newRun()
        let id = try store.record(new)
        #expect(id == 1)
        let stored = try #require(try store.run(id: id))
        #expect(stored.summaryJSON == Self.summaryJSON)
        #expect(try JSONDecoder().decode(EnsembleSummary.self, from: Data(stored.summaryJSON.utf8)) == new.summary)
        #expect(stored.seed == "18446744073709551615")  // a UInt64 above Int64.max survives
        #expect(stored.scenarioText == "name: Tiny\n")
        #expect(stored.narrativeJSON == new.narrativeJSON)
        let listing = try store.list()
        #expect(listing.count == 1)
        #expect(listing[0].overrides == ["weeks=2", "actors.A.leader.leak=0.3"])
        #expect(listing[0].pDeal == 0.5)  // the last week's cumulative deal probability
        let (weeks, sides) = try store.weeks(ofRun: id)
        #expect(weeks.map(\.week) == [0, 1])
        #expect(weeks[1].pTalks == 0.25)
        #expect(sides.count == 4)
        let a1 = try #require(sides.first { $0.week == 1 && $0.side == "A" })
        #expect(a1.target == "B" && a1.tariffP50 == 10 && a1.tariffP90 == 30 && a1.painCumulative == 1.5)
        #expect(try store.record(new) == 2)
        #expect(try store.run(id: 3) == nil)
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test func aFailureInsideTheTransactionLeavesNothing() throws {
        let store = try RunStore()
        try store.record(try newRun())
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try store.record(try newRun()) { week in if week == 1 { throw Boom() } }
        }
        #expect(try store.count() == 1)
        #expect(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM run_week") } == 2)
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test func schemaConstraintsRejectBadRows() throws {
        let store = try RunStore()
        try store.record(try newRun())
        func fails(_ sql: String) -> Bool {
            (try? store.writeForTests { try $0.execute(sql: sql) }) == nil
        }
        let base = "INSERT INTO run (created_at, scenario_name, scenario_source, scenario_text, scenario_hash, overrides, seed, runs, weeks, version, summary_json) VALUES "
        #expect(!fails(base + "('2026-01-01T00:00:00Z','n','s','t','fnv1a64:00','[]','7',1,1,'v','{}')"))
        #expect(fails(base + "('2026-01-01T00:00:00Z','n','s','t','fnv1a64:00','not json','7',1,1,'v','{}')"))
        #expect(fails(base + "('2026-01-01T00:00:00Z','n','s','t','fnv1a64:00','[]','-7',1,1,'v','{}')"))
        #expect(fails(base + "('2026-01-01T00:00:00Z','n','s','t','fnv1a64:00','[]','7',0,1,'v','{}')"))
        #expect(fails(base + "('yesterday','n','s','t','fnv1a64:00','[]','7',1,1,'v','{}')"))
        #expect(fails("INSERT INTO run_week VALUES (99, 0, '2025-01-01', 0,0,0,0,0,0,0)"))  // no such run
        #expect(fails("INSERT INTO run_week VALUES (1, 5, '2025-01-01', 1.5,0,0,0,0,0,0)"))  // probability > 1
        #expect(fails("INSERT INTO run_week_side VALUES (1, 0, 'A', 'B', 1, 3, 2, 4, 0, 0, 0)"))  // duplicate key
        #expect(fails("INSERT INTO run_week_side VALUES (1, 0, 'C', 'B', 1, 3, 2, 4, 0, 0, 0)"))  // p10 > p50
    }

    /// v1 is frozen: its schema must never change (add a `v2` migration instead).
    @Test func migrationsAreFrozen() throws {
        let store = try RunStore()
        let applied = try store.read { try StoreMigrations.migrator.appliedMigrations($0) }
        #expect(applied == ["v1"])
        let schema = try store.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'grdb_%' ORDER BY name")
        }.joined(separator: "\n")
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in schema.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        #expect(String(h, radix: 16) == RunStoreTests.v1SchemaHash, "schema v1 changed:\n\(schema)")
    }

    static let v1SchemaHash = "320afc2f57e4b024"

    @Test func filesThatAreNotStoresAreRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let garbage = dir.appendingPathComponent("garbage.db")
        try Data(repeating: 0x42, count: 4096).write(to: garbage)
        #expect { try RunStore(path: garbage.path) } throws: { "\($0)".contains("not a Backchannel run store, or the file is corrupt") }
        let foreign = dir.appendingPathComponent("foreign.db")
        try DatabaseQueue(path: foreign.path).write { try $0.execute(sql: "CREATE TABLE t (x)") }
        #expect { try RunStore(path: foreign.path) } throws: { "\($0)".contains("not a Backchannel run store") }
        #expect { try RunStore(path: dir.appendingPathComponent("missing.db").path, create: false) } throws: { "\($0)".contains("no run store") }
        // A real store reopens with its runs.
        let good = dir.appendingPathComponent("good.db")
        try RunStore(path: good.path).record(try newRun())
        #expect(try RunStore(path: good.path, create: false).count() == 1)
    }
}

extension RunStore {
    func writeForTests(_ body: (Database) throws -> Void) throws { try db.write(body) }
}

import Experiments
import Foundation
import GRDB

/// A SQLite file of recorded runs (GRDB). Each run is written in one transaction, so a process
/// killed mid-write leaves either the whole record or none (SQLite's journal rolls an
/// unfinished transaction back when the file is next opened).
public final class RunStore: Sendable {
    let db: DatabaseQueue

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    /// `create: false` refuses a missing file (for `history` and `show`).
    public init(path: String, create: Bool = true) throws(RunStoreError) {
        if !create, !FileManager.default.fileExists(atPath: path) {
            throw RunStoreError("\(path): no run store here (record one with `run --store \(path)`)")
        }
        do {
            db = try DatabaseQueue(path: path, configuration: Self.configuration)
        } catch {
            throw RunStoreError.wrap(error, path: path)
        }
        try Self.prepare(db, path: path)
    }

    /// An in-memory store (tests).
    public init(inMemory: Void = ()) throws(RunStoreError) {
        do { db = try DatabaseQueue(configuration: Self.configuration) } catch { throw RunStoreError.wrap(error, path: ":memory:") }
        try Self.prepare(db, path: ":memory:")
    }

    static var configuration: Configuration {
        var c = Configuration()
        c.foreignKeysEnabled = true
        c.busyMode = .timeout(5)
        c.label = "backchannel.store"
        return c
    }

    static func prepare(_ db: DatabaseQueue, path: String) throws(RunStoreError) {
        do {
            try db.writeWithoutTransaction { db in try StoreMigrations.migrate(db, path: path) }
            // A damaged page would otherwise surface only when a run is written, after all its
            // work: check the whole file now (quick_check: O(size), no index cross-checks).
            let problems = try db.read { try String.fetchAll($0, sql: "PRAGMA quick_check(10)") }.filter { $0 != "ok" }
            if !problems.isEmpty {
                throw RunStoreError("\(path): not a Backchannel run store, or the file is corrupt (\(problems.joined(separator: "; ")))")
            }
        } catch let error as RunStoreError {
            throw error
        } catch {
            throw RunStoreError.wrap(error, path: path)
        }
    }

    /// Records a run and its by-week aggregates in one write transaction; returns its id.
    /// `failpoint` (tests only) is called inside the transaction after each week is written.
    @discardableResult
    public func record(_ new: NewRun, failpoint: ((Int) throws -> Void)? = nil) throws -> Int64 {
        let s = new.summary
        let overrides = String(decoding: try JSONEncoder().encode(new.overrides), as: UTF8.self)
        do {
            return try write(new, overrides: overrides, failpoint: failpoint)
        } catch let error as DatabaseError where RunStoreError.environmentCodes.contains(error.resultCode) {
            // A full disk, a read-only or damaged file: the environment, not a bug (CLI exit 65).
            throw RunStoreError.wrap(error, path: db.path)
        }
    }

    private func write(_ new: NewRun, overrides: String, failpoint: ((Int) throws -> Void)?) throws -> Int64 {
        let s = new.summary
        return try db.write { db -> Int64 in
            var run = StoredRun(id: nil, createdAt: new.createdAt, scenarioName: s.scenario, scenarioSource: new.scenarioSource,
                                scenarioText: new.scenarioText, scenarioHash: s.scenarioHash, overrides: overrides,
                                seed: String(s.seed), runs: s.runs, weeks: s.weeks, version: s.version,
                                summaryJSON: new.summaryJSON, narrativeJSON: new.narrativeJSON)
            try run.insert(db)
            guard let id = run.id else { throw RunStoreError("the run was not given an id") }
            for w in s.byWeek {
                try StoredWeek(runID: id, week: w.week, date: w.date, pTalks: w.pTalks, pFormalTalks: w.pFormalTalks,
                               pBackchannelOpen: w.pBackchannelOpen, pSummit: w.pSummit, pLeak: w.pLeak, pDeal: w.pDeal,
                               pEnded: w.pEnded).insert(db)
                for side in w.welfareChangePct.keys.sorted() {
                    let target = w.welfareChangePct.keys.sorted().first { $0 != side } ?? side
                    let q = w.tariffPct["\(side):\(target)"]
                    try StoredWeekSide(runID: id, week: w.week, side: side, target: target, tariffMean: q?.mean, tariffP10: q?.p10,
                                       tariffP50: q?.p50, tariffP90: q?.p90, welfareChangePct: w.welfareChangePct[side] ?? 0,
                                       pain: w.pain[side] ?? 0, painCumulative: w.painCumulative[side] ?? 0).insert(db)
                }
                try failpoint?(w.week)
            }
            return id
        }
    }

    /// Stored runs, oldest first.
    public func list() throws -> [RunListing] {
        try db.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT r.id, r.created_at, r.scenario_name, r.scenario_hash, r.seed, r.runs, r.weeks, r.version, r.overrides,
                       (SELECT p_deal FROM run_week w WHERE w.run_id = r.id ORDER BY week DESC LIMIT 1) AS p_deal
                FROM run r ORDER BY r.id
                """)
            return rows.map { row in
                let overridesText: String = row["overrides"]
                let overrides = (try? JSONDecoder().decode([String].self, from: Data(overridesText.utf8))) ?? []
                return RunListing(id: row["id"], createdAt: row["created_at"], scenarioName: row["scenario_name"],
                                  scenarioHash: row["scenario_hash"], seed: row["seed"], runs: row["runs"], weeks: row["weeks"],
                                  version: row["version"], overrides: overrides, pDeal: row["p_deal"])
            }
        }
    }

    public func run(id: Int64) throws -> StoredRun? {
        try db.read { try StoredRun.fetchOne($0, key: id) }
    }

    /// The by-week aggregates of a stored run, in week order.
    public func weeks(ofRun id: Int64) throws -> (weeks: [StoredWeek], sides: [StoredWeekSide]) {
        try db.read { db in
            let weeks = try StoredWeek.filter(Column("run_id") == id).order(Column("week")).fetchAll(db)
            let sides = try StoredWeekSide.filter(Column("run_id") == id).order(Column("week"), Column("side")).fetchAll(db)
            return (weeks, sides)
        }
    }

    public func count() throws -> Int { try db.read { try StoredRun.fetchCount($0) } }

    /// SQLite's own consistency check ("ok" when sound) and the foreign-key check.
    public func integrityProblems() throws -> [String] {
        try db.read { db in
            let check = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let keys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0)" }
            return check + keys
        }
    }

    /// Runs every statement through `body` (tests that need raw SQL).
    public func read<T>(_ body: (Database) throws -> T) throws -> T { try db.read(body) }
}

/// What `record` stores.
public struct NewRun: Sendable {
    public var createdAt: String
    public var scenarioSource: String
    public var scenarioText: String
    public var overrides: [String]
    public var summary: EnsembleSummary
    public var summaryJSON: String
    public var narrativeJSON: String?

    public init(createdAt: String, scenarioSource: String, scenarioText: String, overrides: [String],
                summary: EnsembleSummary, summaryJSON: String, narrativeJSON: String?) {
        self.createdAt = createdAt
        self.scenarioSource = scenarioSource
        self.scenarioText = scenarioText
        self.overrides = overrides
        self.summary = summary
        self.summaryJSON = summaryJSON
        self.narrativeJSON = narrativeJSON
    }
}

/// A store that cannot be opened or used, with a message for people.
public struct RunStoreError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }

    /// SQLite results that mean the file or its disk, not the program: full, read-only,
    /// damaged, not a database, cannot be opened.
    static let environmentCodes: [ResultCode] = [.SQLITE_FULL, .SQLITE_IOERR, .SQLITE_CORRUPT, .SQLITE_NOTADB,
                                                     .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM]

    static func wrap(_ error: any Error, path: String) -> RunStoreError {
        if let e = error as? DatabaseError {
            switch e.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                return RunStoreError("\(path): not a Backchannel run store, or the file is corrupt (\(e.message ?? "\(e.resultCode)"))")
            case .SQLITE_FULL:
                return RunStoreError("\(path): the disk is full; the run was not recorded (\(e.message ?? "\(e.resultCode)"))")
            case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_IOERR:
                return RunStoreError("\(path): cannot open the run store (\(e.message ?? "\(e.resultCode)"))")
            default:
                return RunStoreError("\(path): run store error: \(e.message ?? "\(e.resultCode)")")
            }
        }
        return RunStoreError("\(path): \(error)")
    }
}

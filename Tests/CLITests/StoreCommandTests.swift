import Foundation
import GRDB
import Synchronization
import Testing

/// `run --store`, `history`, `show`, and crash safety of the store with the real binary.
@Suite struct StoreCommandTests {
    static let args = ["run", "minimal", "--runs", "200", "--seed", "9"]

    @Test func historyAndShowReproduceTheRun() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let store = dir.appendingPathComponent("runs.db").path
        let first = try BinaryRunner.run(Self.args + ["--store", store, "--format", "json", "--report", dir.appendingPathComponent("run.html").path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("recorded as run 1 in"))
        let table = try BinaryRunner.run(Self.args + ["--set", "actors.A.leader.leak=0.3"], environment: ["BACKCHANNEL_STORE": store])
        #expect(table.status == 0)
        let history = try BinaryRunner.run(["history", "--store", store])
        #expect(history.status == 0)
        let lines = history.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("1 ") && lines[1].contains("Minimal two-state tariff war"))
        #expect(lines[2].hasPrefix("2 ") && lines[2].contains("[actors.A.leader.leak=0.3]"))
        let json = try BinaryRunner.run(["show", "1", "--format", "json"], environment: ["BACKCHANNEL_STORE": store])
        #expect(json.status == 0)
        #expect(json.stdout == first.stdout)
        let shownTable = try BinaryRunner.run(["show", "2", "--store", store])
        #expect(shownTable.stdout == table.stdout)
        // The report is re-rendered from the store, identical to the one the run wrote.
        let report = dir.appendingPathComponent("again.html")
        #expect(try BinaryRunner.run(["show", "1", "--store", store, "--report", report.path]).status == 0)
        #expect(try Data(contentsOf: report) == Data(contentsOf: dir.appendingPathComponent("run.html")))
        let missing = try BinaryRunner.run(["show", "7", "--store", store])
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("no run 7"))
        let historyJSON = try BinaryRunner.run(["history", "--store", store, "--format", "json"])
        let listed = try JSONSerialization.jsonObject(with: Data(historyJSON.stdout.utf8)) as! [[String: Any]]
        #expect(listed.map { $0["id"] as? Int } == [1, 2])
    }

    @Test func corruptOrMissingStoreExits65() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let bad = dir.appendingPathComponent("bad.db")
        try Data(repeating: 7, count: 3000).write(to: bad)
        for args in [["history", "--store", bad.path], ["show", "1", "--store", bad.path], Self.args + ["--store", bad.path]] {
            let result = try BinaryRunner.run(args)
            #expect(result.status == 65, "\(args)")
            #expect(result.stderr.contains("not a Backchannel run store, or the file is corrupt"))
        }
        let none = try BinaryRunner.run(["history", "--store", dir.appendingPathComponent("none.db").path])
        #expect(none.status == 65)
        #expect(try BinaryRunner.run(["history"]).status == 64)  // no store named at all
    }

    /// Opens a store file directly and checks that every run in it is complete.
    func completeRuns(_ path: String) throws -> Int {
        let db = try DatabaseQueue(path: path)
        return try db.read { db in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            // Killed before the schema's transaction committed: an empty database, no tables.
            guard try db.tableExists("run") else { return 0 }
            let runs = try Row.fetchAll(db, sql: "SELECT id, weeks FROM run")
            for run in runs {
                let id: Int64 = run["id"], weeks: Int = run["weeks"]
                #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM run_week WHERE run_id = ?", arguments: [id]) == weeks)
                #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM run_week_side WHERE run_id = ?", arguments: [id]) == 2 * weeks)
            }
            return runs.count
        }
    }

    @Test func killedInsideTheWriteLeavesNoRecord() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let store = dir.appendingPathComponent("runs.db").path
        #expect(try BinaryRunner.run(Self.args + ["--store", store]).status == 0)
        // SIGKILL inside the transaction, after 13 of 26 weeks were written.
        let killed = try BinaryRunner.run(Self.args + ["--store", store], environment: ["BACKCHANNEL_TEST_KILL_IN_STORE_WRITE": "12"])
        #expect(killed.status == SIGKILL)
        #expect(try completeRuns(store) == 1)
        #expect(try BinaryRunner.run(Self.args + ["--store", store]).status == 0)
        #expect(try completeRuns(store) == 2)
        #expect(try BinaryRunner.run(["history", "--store", store]).stdout.split(separator: "\n").count == 3)
    }

    @Test func killedAtRandomPointsLeavesWholeRecordsOnly() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let store = dir.appendingPathComponent("runs.db").path
        var recorded = 0
        // Delays spread over a run of about a second (ensemble, then the write).
        for delay in [5, 60, 150, 300, 600, 900] {
            let process = Process()
            process.executableURL = BinaryRunner.executable
            process.arguments = ["run", "minimal", "--runs", "1500", "--seed", "3", "--store", store]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(delay * 1000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            guard FileManager.default.fileExists(atPath: store) else { continue }
            let count = try completeRuns(store)
            #expect(count == recorded || count == recorded + 1)
            recorded = count
        }
        // Whatever the kill left, the store opens and takes the next run.
        #expect(try BinaryRunner.run(["run", "minimal", "--runs", "50", "--seed", "3", "--store", store]).status == 0)
        #expect(try completeRuns(store) == recorded + 1)
    }
}

/// Issue 15: two processes creating one new store; a damaged store refused before the run.
@Suite struct StoreHardeningCommandTests {
    @Test func twoProcessesCreatingANewStoreBothRecord() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        for trial in 0..<10 {
            let store = dir.appendingPathComponent("r\(trial).db").path
            let results = Mutex<[BinaryRunner.Result]>([])
            DispatchQueue.concurrentPerform(iterations: 2) { _ in
                let r = try? BinaryRunner.run(["run", "minimal", "--runs", "10", "--seed", "1", "--store", store])
                results.withLock { $0.append(r ?? BinaryRunner.Result(status: -1, stdout: "", stderr: "did not start")) }
            }
            for r in results.withLock({ $0 }) { #expect(r.status == 0, "trial \(trial): \(r.stderr)") }
            let history = try BinaryRunner.run(["history", "--store", store])
            #expect(history.stdout.split(separator: "\n").count == 3, "trial \(trial): \(history.stdout)")
        }
    }

    @Test func aDamagedStoreIsRefusedBeforeTheRun() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let store = dir.appendingPathComponent("runs.db").path
        for _ in 0..<8 { #expect(try BinaryRunner.run(["run", "minimal", "--runs", "20", "--seed", "2", "--store", store]).status == 0) }
        let handle = try #require(FileHandle(forUpdatingAtPath: store))
        try handle.seek(toOffset: UInt64(2 * 4096 + 8))
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 2000))
        try handle.close()
        let r = try BinaryRunner.run(["run", "minimal", "--runs", "20", "--seed", "2", "--store", store])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stdout.isEmpty)  // refused before any work was printed
        #expect(r.stderr.contains("corrupt"))
    }
}

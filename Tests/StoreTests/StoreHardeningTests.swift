import Experiments
import Foundation
import GRDB
import Synchronization
import Testing
@testable import Store

/// Issue 15: creating a store concurrently, a damaged page found at open, a full disk.
@Suite struct StoreHardeningTests {
    func newRun() throws -> NewRun { try RunStoreTests().newRun() }

    static func temporaryPath(_ name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }

    /// Several connections (as several processes would) create and migrate one new file at
    /// once: every one opens it and records its run.
    @Test func concurrentCreationOfANewStoreLosesNoRun() throws {
        let new = try newRun()
        for trial in 0..<40 {
            let path = try Self.temporaryPath("r\(trial).db")
            let writers = 4
            let failures = Mutex<[String]>([])
            // Real threads (not a pool that may run fewer at once), released together.
            let gate = DispatchSemaphore(value: 0), done = DispatchGroup()
            for _ in 0..<writers {
                done.enter()
                Thread {
                    gate.wait()
                    do {
                        let store = try RunStore(path: path)
                        try store.record(new)
                    } catch {
                        failures.withLock { $0.append("\(error)") }
                    }
                    done.leave()
                }.start()
            }
            for _ in 0..<writers { gate.signal() }
            done.wait()
            #expect(failures.withLock { $0 } == [], "trial \(trial)")
            #expect(try RunStore(path: path).count() == writers)
        }
    }

    @Test func aDamagedPageIsFoundWhenTheStoreIsOpened() throws {
        let path = try Self.temporaryPath("bad.db")
        do {
            let store = try RunStore(path: path)
            for _ in 0..<20 { try store.record(try newRun()) }
        }
        let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size > 4 * 4096)
        // Scribble over the middle of the third page (a table's b-tree page), not the header.
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: UInt64(2 * 4096 + 8))
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 2000))
        try handle.close()
        do {
            _ = try RunStore(path: path)
            Issue.record("opened a damaged store")
        } catch {
            #expect(error.description.contains("corrupt"), "\(error)")
            #expect(error.description.hasPrefix(path))
        }
    }

    @Test func aFullDiskIsAnEnvironmentErrorNotAnInternalOne() throws {
        let path = try Self.temporaryPath("full.db")
        let store = try RunStore(path: path)
        let pages = try store.read { try Int.fetchOne($0, sql: "PRAGMA page_count") } ?? 1
        try store.db.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = \(pages)") }
        var big = try newRun()
        big.scenarioText = String(repeating: "x", count: 200_000)  // needs new pages
        do {
            try store.record(big)
            Issue.record("recorded past max_page_count")
        } catch let error as RunStoreError {
            #expect(error.description.contains("disk is full"), "\(error)")
        }
        #expect(try store.count() == 0)  // nothing half-written
    }
}

import Foundation
import Testing
@testable import Reports

/// Issue 15: `.NAME.PID.tmp` left by a killed writer is removed on the next write; a live
/// writer's temporary and other files are kept.
@Suite struct StaleTemporariesTests {
    @Test func onlyTemporariesOfDeadProcessesAreRemoved() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let final = dir.appendingPathComponent("runs.csv")
        // A PID that is not alive: a child that has exited and been reaped.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let dead = child.processIdentifier
        #expect(!StaleTemporaries.isAlive(dead))
        let stale = StaleTemporaries.temporary(for: final, pid: dead)
        let live = StaleTemporaries.temporary(for: final, pid: 1)  // init is always alive
        let other = dir.appendingPathComponent(".other.csv.\(dead).tmp")
        let mine = StaleTemporaries.temporary(for: final)
        for url in [stale, live, other, mine] { try Data("x".utf8).write(to: url) }
        #expect(stale.lastPathComponent == ".runs.csv.\(dead).tmp")
        #expect(StaleTemporaries.clean(for: final) == [stale.lastPathComponent])
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        for url in [live, other, mine] { #expect(FileManager.default.fileExists(atPath: url.path), "\(url.lastPathComponent)") }
    }
}

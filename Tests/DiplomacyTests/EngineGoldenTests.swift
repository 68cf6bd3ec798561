@testable import Diplomacy
import Foundation
import Randomness
import TestSupport
import Testing

/// The engine's own output, pinned: every week's state of both sides (hex bit patterns, so any
/// change in any digit shows) and each run's outcome, for the prototype in four diplomacy
/// modes and a few seeds. A refactor of the engine must leave this file unchanged; a model
/// change regenerates it (`BACKCHANNEL_UPDATE_GOLDEN=1 swift test --filter EngineGoldenTests`)
/// in a commit that says why, with before/after figures.
@Suite struct EngineGoldenTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/engine-prototype.txt")

    static func text() -> String {
        var lines: [String] = []
        for mode in [DiplomacyMode.gate, .public, .backchannel, .noTalks] {
            let s = Fixture.with(Fixture.proto(mode: mode, weeks: 40)) {
                for i in $0.actors.indices { $0.actors[i].strategy.perceptionNoise = 0.05 }
            }
            let setup = Engine.setup(s)
            for seed in UInt64(1)...3 {
                lines.append("mode \(mode.rawValue) seed \(seed)")
                let (weeks, sim) = Engine.trajectory(setup, seed: seed)
                for (w, sides) in weeks.enumerated() {
                    let cells = sides.map { snap in
                        [snap.tariff, snap.pain, snap.painStock, snap.commitment, snap.hazard, snap.receptivity, snap.audienceCostPaid]
                            .map { String($0.bitPattern, radix: 16) }.joined(separator: " ")
                    }
                    lines.append("  \(w): " + cells.joined(separator: " | "))
                }
                let o = sim.outcome
                lines.append("  outcome \(String(describing: o.ending)) milestones \(o.milestones) leaks \(o.leaks) repudiations \(o.repudiations)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func prototypeTrajectoriesMatchTheGoldenFile() throws {
        let actual = Self.text()
        if ProcessInfo.processInfo.environment["BACKCHANNEL_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: Self.file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.file, encoding: .utf8)
        #expect(actual == expected, "the engine's output changed; see the first differing line")
        if actual != expected {
            let a = actual.split(separator: "\n"), e = expected.split(separator: "\n")
            if let k = zip(a, e).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                Issue.record("line \(k + 1): \(a[k]) ≠ golden \(e[k])")
            }
        }
    }
}

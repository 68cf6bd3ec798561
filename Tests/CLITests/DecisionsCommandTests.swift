import Foundation
import Testing

/// `run --decisions` and `run --trace --view` through the real binary.
@Suite struct DecisionsCommandTests {
    static let moves = GoldenOutputTests.directory.appendingPathComponent("china-moves-first.yaml").path

    /// A view shows no event of a room the actor is not in: the other side's refusals and
    /// its offers in escrow (unless leaked) never appear; its own do.
    @Test func aViewNeverShowsAnotherRoomsPrivateEvents() throws {
        let base = ["run", "us-china-2025", "--decisions", Self.moves, "--seed", "11"]
        for run in 0..<12 {
            let all = try BinaryRunner.run(base + ["--trace", String(run)])
            let usa = try BinaryRunner.run(base + ["--trace", String(run), "--view", "USA"])
            let chn = try BinaryRunner.run(base + ["--trace", String(run), "--view", "CHN"])
            #expect(all.status == 0 && usa.status == 0 && chn.status == 0, "\(usa.stderr)\(chn.stderr)")
            let usaLines = usa.stdout.split(separator: "\n"), chnLines = chn.stdout.split(separator: "\n")
            #expect(!usaLines.contains { $0.contains("CHN's decision refused") }, "run \(run)")
            #expect(!chnLines.contains { $0.contains("USA's decision refused") }, "run \(run)")
            // Every refusal in the full trace shows in its own side's view.
            for line in all.stdout.split(separator: "\n") where line.contains("decision refused") {
                let own = line.contains("USA's") ? usaLines : chnLines
                #expect(own.contains { $0.hasPrefix(line) }, "run \(run): \(line)")
            }
            // The other side's private offer reaches a view only through a leak.
            for line in usaLines where line.contains("CHN leaves a conditional offer") {
                #expect(line.contains("learnt in week") || usaLines.contains { $0.contains("leak — CHN's pending offer") }, "run \(run)")
            }
        }
    }

    @Test func aBadDecisionsFileIsReportedAllAtOnceWithLocations() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        try """
        schema_version: 1
        decisions:
          - { actor: CHX, date: 2025-04-24, tariff: 10 }
          - { actor: USA, week: 3, open_backchannel: john-thorton }
          - { actor: USA, week: 3, signal: costly }
          - { actor: USA, week: 3, tarif: 3 }
          - { actor: USA, date: 2030-01-01, give_in: true }
          - { actor: CHN, week: 4, give_in: true, comply: 0.5 }
          - { actor: CHN, week: 5, comply: 0 }
        """.write(to: dir.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let r = try BinaryRunner.run(["run", "--decisions", "bad.yaml", "--seed", "1"], in: dir)
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        for expected in ["bad.yaml:3:14: decisions[0].actor: unknown actor \"CHX\" (did you mean \"CHN\"?)",
                         "bad.yaml:4:", "decisions[1].open_backchannel: unknown intermediary \"john-thorton\" (did you mean \"john-thornton\"?)",
                         "decisions[2].cost: a costly signal needs its cost", "bad.yaml:6:", "decisions[3].tarif: unknown key \"tarif\" (did you mean \"tariff\"?)",
                         "decisions[4].date: 2030-01-01 is outside the horizon",
                         "decisions[5].comply: give either give_in or comply, not both",
                         "decisions[6].comply: comply meets a share of the demand above 0", "7 problems found"] {
            #expect(r.stderr.contains(expected), "missing: \(expected)\n\(r.stderr)")
        }
    }

    @Test func viewNeedsTraceAndAKnownActor() throws {
        let noTrace = try BinaryRunner.run(["run", "--view", "USA", "--seed", "1"])
        #expect(noTrace.status == 64)
        let unknown = try BinaryRunner.run(["run", "--trace", "0", "--view", "MARS", "--seed", "1"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no such actor (actors: USA, CHN)"))
    }
}

import Randomness
import Testing
@testable import Experiments

/// Issue 15: `merge` checks every row of every partial against the sweep's columns and
/// metadata, so a tampered or truncated partial cannot slip a row into the CSV.
@Suite struct SweepMergeValidationTests {
    static let plan = SweepPlan(paths: ["diplomacy.mode"], points: [["gate"], ["public, loud"]], replicates: 1, runs: 10, seed: Seed(1))
    static let identity = SweepPartial.Identity(scenario: "t", scenarioHash: "h", plan: plan, outcomes: ["p_deal", "p_leak"], version: "v")
    static let header = SweepTable(paths: plan.paths, outcomes: ["p_deal", "p_leak"]).header
    static let good = ["0,0,gate,0.5,0.125", #"1,0,"public, loud",0.25,0"#]

    static func partial(_ lines: [String], header: String = header) -> [(name: String, partial: SweepPartial)] {
        [("part.json", SweepPartial(identity: identity, shard: .init(index: 0, count: 1, units: 0..<2), header: header,
                                    rows: lines.enumerated().map { SweepPartial.Row(unit: $0.offset, line: $0.element) }))]
    }

    @Test func validRowsMerge() throws {
        let text = try SweepPartial.merge(Self.partial(Self.good)).get()
        #expect(text == Self.header + "\n" + Self.good.joined(separator: "\n") + "\n")
    }

    @Test(arguments: [
        ("0,0,gate,0.5,0.125\r\n7,0,evil", "line break"),
        ("0,0,gate,0.5,0.125\n7,0,evil,1,1", "line break"),
        ("0,0", "2 fields"),
        ("0,0,gate,nan,0.125", "not a finite number"),
        ("0,0,gate,inf,0.125", "not a finite number"),
        ("0,0,gate,0.5,abc", "not a finite number"),
        ("0,0,gate,0.5,0.125,9", "6 fields"),
        ("1,0,gate,0.5,0.125", "point"),
        ("0,3,gate,0.5,0.125", "replicate"),
        ("0,0,public,0.5,0.125", "diplomacy.mode"),
        ("0,0,gate, 0.5,0.125", "not a finite number"),
    ])
    func aTamperedRowIsRefusedAndNamed(line: String, reason: String) {
        switch SweepPartial.merge(Self.partial([line, Self.good[1]])) {
        case .success: Issue.record("merged a bad row: \(line.debugDescription)")
        case let .failure(error):
            #expect(error.problems.count == 1, "\(error.problems)")
            #expect(error.problems.first?.hasPrefix("part.json: rows[0] (unit 0): ") == true, "\(error.problems)")
            #expect(error.problems.first?.contains(reason) == true, "\(error.problems) should say \(reason)")
        }
    }

    @Test func aHeaderThatDoesNotMatchTheIdentityIsRefused() {
        let result = SweepPartial.merge(Self.partial(Self.good, header: "point,replicate,diplomacy.mode,p_deal,evil"))
        #expect((try? result.get()) == nil)
    }

    @Test func aRowOutsideItsShardIsRefused() {
        var parts = Self.partial(Self.good)
        parts[0].partial.shard = .init(index: 0, count: 2, units: 0..<1)
        // The shard says it ran unit 0 only, yet carries unit 1.
        let found = SweepPartial.merge(parts)
        #expect((try? found.get()) == nil)
    }
}

@Suite struct SweepTableFieldTests {
    @Test func aCRLFInsideAValueIsQuoted() {
        #expect(SweepTable.field("a\r\nb") == "\"a\r\nb\"")
        #expect(SweepTable.field("a\nb") == "\"a\nb\"")
        #expect(SweepTable.field("plain") == "plain")
    }
}

/// Found by the fuzzer's properties: absurd identities are messages, not traps or huge allocations.
@Suite struct SweepMergeIdentityTests {
    @Test(arguments: [0, -3, Int.max / 2, 1 << 40])
    func absurdReplicatesAreRefused(replicates: Int) {
        var parts = SweepMergeValidationTests.partial(SweepMergeValidationTests.good)
        var identity = parts[0].partial.identity
        identity.replicates = replicates
        parts[0].partial = SweepPartial(identity: identity, shard: parts[0].partial.shard, header: parts[0].partial.header,
                                        rows: parts[0].partial.rows)
        switch SweepPartial.merge(parts) {
        case .success: Issue.record("merged with replicates \(replicates)")
        case let .failure(error): #expect(error.problems.first?.contains("replicates") == true, "\(error.problems)")
        }
    }
}

import Diplomacy
import Experiments

/// The story of one run, for the report: how it ended and its event lines ("week 7: CHN opens
/// backchannel via …"). Codable so a run store can keep it and re-render a report without
/// running anything.
public struct RunNarrative: Codable, Sendable, Equatable {
    public var run: Int
    public var seed: UInt64
    /// "deal via backchannel in week 3", "USA capitulates in week 9", "stalemate after 52 weeks".
    public var ending: String
    public var endWeek: Int?
    /// Why this run: "the most common outcome (deal via formal talks), ended in its median week".
    public var why: String
    public var lines: [String]

    enum CodingKeys: String, CodingKey {
        case run, seed, ending, why, lines
        case endWeek = "end_week"
    }

    public init(run: Int, seed: UInt64, ending: String, endWeek: Int?, why: String, lines: [String]) {
        self.run = run
        self.seed = seed
        self.ending = ending
        self.endWeek = endWeek
        self.why = why
        self.lines = lines
    }

    /// Replays run `index` of `ensemble` with its narrative recorded (one run, not the ensemble).
    public static func trace(_ ensemble: Ensemble, run index: Int, why: String) -> RunNarrative {
        var sim = ensemble.trace(run: index)
        for _ in 0..<ensemble.setup.weeks { sim.step() }
        let ids = ensemble.setup.sides.map(\.id)
        let end = sim.milestones.end
        let ending: String
        switch sim.ending {
        case let .deal(channel)?: ending = "deal via \(channel.rawValue) in week \(end ?? 0)"
        case let .capitulation(by)?: ending = "\(ids[by]) capitulates in week \(end ?? 0)"
        case nil: ending = "stalemate: still at war after \(ensemble.setup.weeks) weeks"
        }
        return RunNarrative(run: index, seed: ensemble.runSeed(index).value, ending: ending, endWeek: end, why: why, lines: sim.narrative)
    }

    /// The representative run of an ensemble (`RepresentativeRunFinder`), traced.
    public static func representative(_ ensemble: Ensemble, finder: RepresentativeRunFinder) -> RunNarrative? {
        guard let (run, kind) = finder.pick() else { return nil }
        let ids = ensemble.setup.sides.map(\.id)
        let name: String
        switch kind {
        case .dealBackchannel: name = "deal via a backchannel"
        case .dealFormal: name = "deal via formal talks"
        case .dealSummit: name = "deal at a summit"
        case .capitulationFirst: name = "\(ids[0]) capitulates"
        case .capitulationSecond: name = "\(ids[1]) capitulates"
        case .stalemate: name = "stalemate"
        }
        let why = "Run \(run) has the most common outcome (\(name)) and ends closest to that outcome's median week (lowest run number on a tie)."
        return trace(ensemble, run: run, why: why)
    }
}

import ArgumentParser
import Diplomacy
import Experiments
import Foundation
import Randomness
import Reports
import ScenarioFormat
import Studies

struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Run a scenario over a grid or design of parameter points; shard it across machines.",
        discussion: """
        Points: a full grid of --axis path=v1,v2,… (axes in the order given, the last varying
        fastest), or the rows of --design FILE.csv (header = paths, one point per row). Each point
        runs --replicates times; unit (point p, replicate r) uses the seed derived from
        (master, p, r), so any slice reproduces exactly.

        Output (--out): CSV, one row per (point, replicate): point, replicate, the swept values,
        then the mean over runs of every headline outcome (p_deal, p_capitulation:ID, p_stalemate,
        p_deal_by_week:K, weeks_to_end, p_leak, audience_cost:ID, peak_tariff:ID,
        welfare_loss:ID, question:QID). The bytes do not depend on --threads or on sharding.

        With --shard i/n (i from 0) or --shard auto (Slurm SLURM_ARRAY_TASK_ID, or Kubernetes
        JOB_COMPLETION_INDEX with --shards N or BACKCHANNEL_SHARDS) only that slice runs and --out
        is a partial result (JSON); `backchannel merge` joins the partials into the CSV a single
        machine writes. A sharded sweep needs an explicit --seed.

        Examples:
          backchannel sweep --axis 'intermediaries.*.leak_rate=0,0.01,0.05' --axis diplomacy.mode=gate,public \\
              --runs 1000 --seed 1 --out sweep.csv
          backchannel sweep us-china-2018 --design points.csv --replicates 3 --seed 7 --shard 2/8 --out part-2.json
        """
    )

    @Argument(help: "A scenario file or bundled name (default us-china-2025).")
    var scenario: String?

    @OptionGroup var parallel: SeedAndThreads

    @Option(name: .customLong("axis"), help: "An axis of the grid, path=v1,v2,… (repeatable).")
    var axes: [String] = []

    @Option(help: "A CSV design: header = scenario paths, one point per row (instead of --axis).")
    var design: String?

    @Option(help: "Replicates per point (each with its own seeds).")
    var replicates = 1

    @Option(help: "Runs per point and replicate.")
    var runs = 1000

    @Option(help: "Run one slice: i/n (i from 0) or auto (from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX).")
    var shard: String?

    @Option(help: "Number of shards for --shard auto when the environment does not say (else BACKCHANNEL_SHARDS).")
    var shards: Int?

    @Option(name: .customLong("set"), help: "Override for every point, path=value (repeatable).")
    var overrides: [String] = []

    @Option(help: "Output file: the CSV, or the partial result (JSON) with --shard.")
    var out: String

    @Flag(help: "Overwrite an existing output file.")
    var force = false

    func validate() throws {
        if axes.isEmpty == (design == nil) { throw ValidationError("give either --axis path=v1,v2,… (repeatable) or --design FILE.csv") }
        if replicates < 1 { throw ValidationError("--replicates must be at least 1") }
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        if shard != nil, parallel.seed == nil { throw ValidationError("a sharded sweep needs --seed (every shard must use the same master seed)") }
        if let shards, shards < 1 { throw ValidationError("--shards must be at least 1") }
    }

    func run() throws {
        let staged = StagedFiles(force: force), outURL = URL(fileURLWithPath: out)
        try staged.stage(outURL)  // a bad or existing destination fails before any work
        let (paths, points) = try self.points()
        let slice = try shard.map { try ShardSpec.parse($0, shards: shards, environment: ProcessInfo.processInfo.environment) }
        let study = try SweepStudy(source: try ScenarioSource.resolve(scenario), common: try parseOverrides(overrides, option: "--set"),
                                   paths: paths, points: points, replicates: replicates, runs: runs, seed: parallel.master(),
                                   shard: slice.map { ($0.index, $0.count) }, threads: parallel.workers)
        let result = try study.run(threads: parallel.workers)
        try staged.write(Data(result.text.utf8), to: outURL)
        try staged.commit()
        let units = result.units, plan = study.plan
        let what = slice.map { "shard \($0.index)/\($0.count): units \(units.lowerBound)..<\(units.upperBound) of \(plan.units)" } ?? "\(plan.units) units"
        Diagnostics.note("wrote \(out): \(what) (\(points.count) points × \(replicates) replicates), \(result.runs) runs in \(fixed(result.simulationSeconds, 2)) s (\(fixed(Double(result.runs) / max(result.simulationSeconds, 1e-9), 0)) runs/s, \(parallel.workers) threads)")
    }

    /// The swept paths and the points' values.
    func points() throws -> ([String], [[String]]) {
        if let design { return try SweepDesign.read(design) }
        var parsed: [(path: String, values: [String])] = []
        for text in axes {
            guard let o = ScenarioOverride(text), !o.value.isEmpty else { throw ValidationError("--axis takes path=v1,v2,…, got \"\(text)\"") }
            let values = o.value.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespaces) }
            if values.contains(where: \.isEmpty) { throw ValidationError("--axis \(text): empty value in the list") }
            if parsed.contains(where: { $0.path == o.path }) { throw ValidationError("--axis \(o.path) is given twice") }
            parsed.append((o.path, values))
        }
        return (parsed.map(\.path), SweepPlan.grid(parsed))
    }
}

import ArgumentParser
import CSV
import Diplomacy
import Experiments
import Foundation
import Randomness
import ScenarioFormat

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
        let common = try ScenarioPoint.overrides(overrides, option: "--set")
        let (paths, points) = try self.points()
        let input = try ScenarioInput.resolve(scenario)
        let base = try ScenarioPoint.load(input, overrides: common)
        let catalog = OutcomeCatalog(scenario: base.scenario)
        let metrics = catalog.headline
        let master = parallel.master()
        let plan = SweepPlan(paths: paths, points: points, replicates: replicates, runs: runs, seed: master)
        let slice = try shard.map { try ShardSpec.parse($0, shards: shards, environment: ProcessInfo.processInfo.environment) }
        let units = slice.map { plan.units(shard: $0.index, of: $0.count) } ?? 0..<plan.units
        // Every point is loaded (and so validated) by every shard, so all shards fail alike.
        let loaded = try points.parallelMap(threads: parallel.workers) { point in
            try ScenarioPoint.load(input, overrides: common + zip(paths, point).map { ScenarioOverride(path: $0, value: $1) })
        }
        for (point, p) in zip(points, loaded) {
            let c = OutcomeCatalog(scenario: p.scenario)
            if c.actorIDs != catalog.actorIDs || c.questionIDs != catalog.questionIDs {
                throw BadInput("point \(zip(paths, point).map { "\($0)=\($1)" }.joined(separator: ", ")) changes the actors or forecast questions; a sweep needs the same outcomes at every point")
            }
        }
        let jobs = units.map { u in BatchJob(arms: [loaded[plan.point(ofUnit: u)].arm], seed: plan.seed(ofUnit: u), runs: runs) }
        let clock = ContinuousClock()
        let started = clock.now
        let results = BatchRunner.run(jobs, metrics: metrics, threads: parallel.workers)
        let elapsed = started.duration(to: clock.now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let names = metrics.map(catalog.name)
        let table = SweepTable(paths: paths, outcomes: names)
        let rows = zip(units, results).map { SweepTable.row(plan: plan, unit: $0, moments: $1) }
        let text: String
        if let slice {
            let identity = SweepPartial.Identity(scenario: base.scenario.name, scenarioHash: ScenarioLoader.hash(base.scenario), plan: plan,
                                                 outcomes: names, version: BackchannelVersion.current)
            let partial = SweepPartial(identity: identity, shard: .init(index: slice.index, count: slice.count, units: units),
                                       header: table.header, rows: zip(units, rows).map { SweepPartial.Row(unit: $0, line: $1) })
            text = try jsonText(partial) + "\n"
        } else {
            text = table.text(rows: rows)
        }
        try staged.write(Data(text.utf8), to: outURL)
        try staged.commit()
        let total = units.count * runs
        let what = slice.map { "shard \($0.index)/\($0.count): units \(units.lowerBound)..<\(units.upperBound) of \(plan.units)" } ?? "\(plan.units) units"
        Diagnostics.note("wrote \(out): \(what) (\(points.count) points × \(replicates) replicates), \(total) runs in \(fixed(seconds, 2)) s (\(fixed(Double(total) / max(seconds, 1e-9), 0)) runs/s, \(parallel.workers) threads)")
    }

    /// The swept paths and the points' values.
    func points() throws -> ([String], [[String]]) {
        if let design { return try Self.readDesign(design) }
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

    static func readDesign(_ file: String) throws -> ([String], [[String]]) {
        let text = try ScenarioLoader.readFile(atPath: file, file: file)  // size and UTF-8, located
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true) } catch {
            throw BadInput("\(file):1: cannot read the CSV header (\(error))")
        }
        guard let header = reader.headerRow, !header.isEmpty, !header.contains(where: \.isEmpty) else {
            throw BadInput("\(file):1: the header must name the scenario paths, e.g. diplomacy.mode,actors.USA.leader.leak")
        }
        var points: [[String]] = []
        var line = 1
        while let row = reader.next() {
            line += 1
            if row.count == 1 && row[0].isEmpty { continue }
            guard row.count == header.count else { throw BadInput("\(file):\(line): \(row.count) fields, expected \(header.count) (\(header.joined(separator: ",")))") }
            if let k = row.firstIndex(where: \.isEmpty) { throw BadInput("\(file):\(line): \(header[k]): empty value") }
            points.append(row)
        }
        if points.isEmpty { throw BadInput("\(file): no points (only a header)") }
        return (header, points)
    }
}

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the partial results of a sharded sweep into the CSV one machine would write.",
        discussion: """
        Checks that every partial belongs to the same sweep (same scenario, points, seed, runs,
        outcomes and version) and that together they cover every point and replicate exactly once.

        Example:
          backchannel merge part-*.json --out sweep.csv
        """
    )

    @Argument(help: "Partial result files written by sweep --shard.")
    var partials: [String]

    @Option(help: "Output CSV file.")
    var out: String

    @Flag(help: "Overwrite an existing output file.")
    var force = false

    func validate() throws {
        if partials.isEmpty { throw ValidationError("give the partial files to merge") }
    }

    func run() throws {
        let staged = StagedFiles(force: force), outURL = URL(fileURLWithPath: out)
        try staged.stage(outURL)
        var read: [(name: String, partial: SweepPartial)] = []
        for file in partials {
            guard let data = FileManager.default.contents(atPath: file) else { throw BadInput("\(file): cannot read the file") }
            do {
                read.append((file, try JSONDecoder().decode(SweepPartial.self, from: data)))
            } catch {
                throw BadInput("\(file): not a sweep partial result (\(error))")
            }
        }
        switch SweepPartial.merge(read) {
        case let .failure(error): throw BadInput("cannot merge:\n  " + error.problems.joined(separator: "\n  "))
        case let .success(text):
            try staged.write(Data(text.utf8), to: outURL)
            try staged.commit()
            Diagnostics.note("wrote \(out): \(read.count) partials, \(read.reduce(0) { $0 + $1.partial.rows.count }) rows")
        }
    }
}

import Randomness
/// What a shard of a sweep writes: the sweep's identity, the slice it ran and its rows, so
/// `merge` can check that partials belong together and cover every unit exactly once.
public struct SweepPartial: Codable, Sendable, Equatable {
    public var format = SweepPartial.formatName
    public var formatVersion = 1
    /// A fingerprint of everything that determines the rows (see `identityText`).
    public var sweepID: String
    public var identity: Identity
    public var shard: Shard
    public var header: String
    public var rows: [Row]

    public static let formatName = "backchannel-sweep-partial"

    public struct Identity: Codable, Sendable, Equatable {
        public var scenario: String
        public var scenarioHash: String
        public var paths: [String]
        public var points: [[String]]
        public var replicates: Int
        public var runs: Int
        public var seed: UInt64
        public var outcomes: [String]
        public var version: String

        public init(scenario: String, scenarioHash: String, plan: SweepPlan, outcomes: [String], version: String) {
            self.scenario = scenario
            self.scenarioHash = scenarioHash
            paths = plan.paths
            points = plan.points
            replicates = plan.replicates
            runs = plan.runs
            seed = plan.seed.value
            self.outcomes = outcomes
            self.version = version
        }

        enum CodingKeys: String, CodingKey {
            case scenario, paths, points, replicates, runs, seed, outcomes, version
            case scenarioHash = "scenario_hash"
        }

        public var units: Int { points.count * replicates }

        /// A canonical text of the identity (one field per line; lists joined by U+001F).
        public var text: String {
            let sep = "\u{1F}"
            var lines = ["scenario_hash=\(scenarioHash)", "seed=\(seed)", "runs=\(runs)", "replicates=\(replicates)",
                         "version=\(version)", "paths=\(paths.joined(separator: sep))", "outcomes=\(outcomes.joined(separator: sep))"]
            lines += points.map { "point=\($0.joined(separator: sep))" }
            return lines.joined(separator: "\n")
        }

        /// 64-bit FNV-1a of `text`, in hex.
        public var fingerprint: String { StableHash.fingerprint(text) }
    }

    public struct Shard: Codable, Sendable, Equatable {
        public var index: Int
        public var count: Int
        /// The units [first, end) this shard ran.
        public var firstUnit: Int
        public var endUnit: Int

        public init(index: Int, count: Int, units: Range<Int>) {
            self.index = index
            self.count = count
            firstUnit = units.lowerBound
            endUnit = units.upperBound
        }

        enum CodingKeys: String, CodingKey {
            case index, count
            case firstUnit = "first_unit", endUnit = "end_unit"
        }
    }

    public struct Row: Codable, Sendable, Equatable {
        public var unit: Int
        public var line: String

        public init(unit: Int, line: String) {
            self.unit = unit
            self.line = line
        }
    }

    public init(identity: Identity, shard: Shard, header: String, rows: [Row]) {
        sweepID = identity.fingerprint
        self.identity = identity
        self.shard = shard
        self.header = header
        self.rows = rows
    }

    enum CodingKeys: String, CodingKey {
        case format, identity, shard, header, rows
        case formatVersion = "format_version", sweepID = "sweep_id"
    }

    /// The sweep file the partials make together, or every reason they do not fit.
    public static func merge(_ partials: [(name: String, partial: SweepPartial)]) -> Result<String, SweepMergeError> {
        var problems: [String] = []
        guard let first = partials.first else { return .failure(SweepMergeError(problems: ["no partial files given"])) }
        for (name, p) in partials {
            if p.format != formatName || p.formatVersion != 1 {
                problems.append("\(name): not a sweep partial (format \"\(p.format)\" version \(p.formatVersion))")
            } else if p.sweepID != p.identity.fingerprint {
                problems.append("\(name): its sweep_id does not match its identity (edited by hand?)")
            } else if p.sweepID != first.partial.sweepID || p.header != first.partial.header {
                problems.append("\(name): belongs to another sweep (\(p.sweepID), \(p.identity.scenario)) than \(first.name) (\(first.partial.sweepID), \(first.partial.identity.scenario))")
            }
        }
        if !problems.isEmpty { return .failure(SweepMergeError(problems: problems)) }
        // Units come from the files: never allocate for far more units than rows were given (a
        // hand-edited `replicates: 1e12` or a negative count must be a message, not a crash).
        let id = first.partial.identity
        let given = partials.reduce(0) { $0 + $1.partial.rows.count }
        let (product, overflow) = id.points.count.multipliedReportingOverflow(by: id.replicates)
        guard id.replicates >= 1, !overflow, product <= given + 1_000_000 else {
            return .failure(SweepMergeError(problems: [
                "\(first.name): the sweep has \(id.points.count) points × \(id.replicates) replicates but the partials hold \(given) rows"
                    + (id.replicates >= 1 ? "; a shard was not run or not given" : " (replicates must be at least 1)")]))
        }
        for (name, p) in partials { problems += p.rowProblems(name: name) }
        if !problems.isEmpty { return .failure(SweepMergeError(problems: problems)) }
        let total = product
        var owner = [String?](repeating: nil, count: total)
        var lines = [String](repeating: "", count: total)
        for (name, p) in partials {
            for row in p.rows {
                guard (0..<total).contains(row.unit) else {
                    problems.append("\(name): unit \(row.unit) is outside the sweep's 0..<\(total)")
                    continue
                }
                if let other = owner[row.unit] {
                    problems.append("unit \(row.unit) appears twice (\(other) and \(name))")
                } else {
                    owner[row.unit] = name
                    lines[row.unit] = row.line
                }
            }
        }
        let missing = owner.indices.filter { owner[$0] == nil }
        if !missing.isEmpty {
            let shown = missing.prefix(10).map(String.init).joined(separator: ", ")
            problems.append("\(missing.count) of \(total) units missing (\(shown)\(missing.count > 10 ? ", …" : "")); a shard was not run or not given")
        }
        if !problems.isEmpty { return .failure(SweepMergeError(problems: problems)) }
        return .success(SweepTable.text(header: first.partial.header, rows: lines))
    }
}

extension SweepPartial {
    /// Every way the header and rows disagree with the sweep's identity: the header must be the
    /// one the identity implies; each row a single CSV line inside the shard's units, with its
    /// unit's point and replicate, the point's values, and one finite number per outcome.
    func rowProblems(name: String) -> [String] {
        var problems: [String] = []
        let expectedHeader = SweepTable(paths: identity.paths, outcomes: identity.outcomes).header
        if header != expectedHeader {
            problems.append("\(name): header \"\(header)\" is not the sweep's (\"\(expectedHeader)\")")
            return problems
        }
        let replicates = max(identity.replicates, 1)
        for (k, row) in rows.enumerated() {
            let at = "\(name): rows[\(k)] (unit \(row.unit)): "
            guard (shard.firstUnit..<max(shard.firstUnit, shard.endUnit)).contains(row.unit) else {
                problems.append(at + "outside the shard's units \(shard.firstUnit)..<\(shard.endUnit)")
                continue
            }
            guard !row.line.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) else {  // "\r\n" is one Character
                problems.append(at + "contains a line break (one row is one line)")
                continue
            }
            let p = row.unit / replicates, r = row.unit % replicates
            guard identity.points.indices.contains(p) else {
                problems.append(at + "no point \(p) in the sweep")
                continue
            }
            let fixed = [String(p), String(r)] + identity.points[p]
            let prefix = fixed.map(SweepTable.field).joined(separator: ",") + ","
            guard row.line.hasPrefix(prefix) else {
                let fields = row.line.split(separator: ",", omittingEmptySubsequences: false)
                let expected = fixed.count + identity.outcomes.count
                if fields.count < expected {
                    problems.append(at + "\(fields.count) fields, expected \(expected)")
                } else if fields.first.map(String.init) != String(p) {
                    problems.append(at + "the point field is not \(p)")
                } else if fields.count > 1, String(fields[1]) != String(r) {
                    problems.append(at + "the replicate field is not \(r)")
                } else {
                    problems.append(at + "the values of \(identity.paths.joined(separator: ", ")) are not the point's (\(identity.points[p].joined(separator: ", ")))")
                }
                continue
            }
            let values = row.line.dropFirst(prefix.count).split(separator: ",", omittingEmptySubsequences: false)
            guard values.count == identity.outcomes.count else {
                problems.append(at + "\(fixed.count + values.count) fields, expected \(fixed.count + identity.outcomes.count)")
                continue
            }
            for (outcome, value) in zip(identity.outcomes, values) {
                guard let v = Double(value), v.isFinite else {
                    problems.append(at + "\(outcome): \"\(value)\" is not a finite number")
                    break
                }
            }
        }
        return problems
    }
}

public struct SweepMergeError: Error, Sendable, CustomStringConvertible {
    public var problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}

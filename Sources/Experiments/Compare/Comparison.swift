/// The result of `compare`: for every variant and headline outcome, the mean paired difference
/// variant − baseline over runs on common random numbers, with a 95% normal confidence interval
/// d̄ ± 1.96 · s_d / √n from the per-run differences' sample standard deviation s_d.
public struct Comparison: Codable, Sendable, Equatable {
    public var scenario: String
    public var scenarioHash: String
    public var seed: UInt64
    public var runs: Int
    public var version: String
    public var variants: [Variant]

    public init(scenario: String, scenarioHash: String, seed: UInt64, runs: Int, version: String, variants: [Variant]) {
        self.scenario = scenario
        self.scenarioHash = scenarioHash
        self.seed = seed
        self.runs = runs
        self.version = version
        self.variants = variants
    }

    public struct Variant: Codable, Sendable, Equatable {
        public var name: String
        public var overrides: [String]
        public var scenarioHash: String
        public var verdict: String
        public var outcomes: [Difference]

        public init(name: String, overrides: [String], scenarioHash: String, verdict: String, outcomes: [Difference]) {
            self.name = name
            self.overrides = overrides
            self.scenarioHash = scenarioHash
            self.verdict = verdict
            self.outcomes = outcomes
        }

        enum CodingKeys: String, CodingKey {
            case name, overrides, verdict, outcomes
            case scenarioHash = "scenario_hash"
        }
    }

    /// One outcome: levels in both arms and the difference, in the metric's own units
    /// (probabilities as fractions; the table shows them in percentage points).
    public struct Difference: Codable, Sendable, Equatable {
        public var outcome: String
        public var label: String
        public var probability: Bool
        public var baseline: Double
        public var variant: Double
        public var difference: Double
        public var standardError: Double
        public var ciLow: Double
        public var ciHigh: Double

        enum CodingKeys: String, CodingKey {
            case outcome, label, probability, baseline, variant, difference
            case standardError = "standard_error", ciLow = "ci95_low", ciHigh = "ci95_high"
        }

        /// Whether the 95% interval excludes zero.
        public var isClear: Bool { ciLow > 0 || ciHigh < 0 }
    }

    enum CodingKeys: String, CodingKey {
        case scenario, seed, runs, version, variants
        case scenarioHash = "scenario_hash"
    }

    /// z for a two-sided 95% interval.
    public static let z95 = 1.959963984540054

    /// Builds the differences of every variant (arms 1…) against the baseline (arm 0).
    public static func differences(_ moments: PairedMoments, arm: Int, metrics: [OutcomeMetric],
                                   catalog: OutcomeCatalog) -> [Difference] {
        metrics.enumerated().map { m, metric in
            let d = moments.meanDifference(arm: arm, m)
            let se = moments.differenceStandardError(arm: arm, m)
            return Difference(outcome: catalog.name(metric), label: catalog.label(metric), probability: metric.isProbability,
                              baseline: moments.mean(arm: 0, m), variant: moments.mean(arm: arm, m), difference: d,
                              standardError: se, ciLow: d - z95 * se, ciHigh: d + z95 * se)
        }
    }

    /// A sentence a person can read: "public talks vs baseline: deal by week 12 −18.0 pp
    /// [−22.1, −13.9]; P(deal) −3.0 pp [−4.1, −1.9]".
    public static func verdict(name: String, _ outcomes: [Difference], focus: [String]) -> String {
        if outcomes.allSatisfy({ $0.difference == 0 && $0.standardError == 0 }) {
            return "\(name) vs baseline: no difference in any outcome (identical runs)"
        }
        let parts = focus.compactMap { key in outcomes.first { $0.outcome == key } }.map { d in
            "\(d.label) \(signed(d, d.difference)) [\(signed(d, d.ciLow, unit: false)), \(signed(d, d.ciHigh, unit: false))]"
                + (d.isClear ? "" : " (not distinguishable from 0)")
        }
        return "\(name) vs baseline: " + parts.joined(separator: "; ")
    }

    /// "+18.0 pp", "−2.4" (a true minus sign).
    public static func signed(_ d: Difference, _ value: Double, unit: Bool = true) -> String {
        let v = d.probability ? 100 * value : value
        let magnitude = formatFixed(abs(v), 1)
        let sign = magnitude == "0.0" ? "" : (v < 0 ? "−" : "+")
        return sign + magnitude + (unit && d.probability ? " pp" : "")
    }
}

/// `value` with `decimals` decimals (round half away from zero), without Foundation.
public func formatFixed(_ value: Double, _ decimals: Int) -> String {
    guard value.isFinite else { return String(value) }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let negative = value < 0 && scaled != 0
    var digits = String(UInt64(scaled))
    if decimals > 0 {
        if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
        digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
    }
    return (negative ? "-" : "") + digits
}

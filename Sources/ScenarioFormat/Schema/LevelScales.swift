import Yams

/// Qualitative levels for judgement fields: a scenario author may write `resolve: high` instead
/// of a number. Each field that takes a level names a scale; the scale maps the five levels to
/// numbers. The mapping is a parameter like any other (the `levels` section of a scenario,
/// `--set levels.resolve.high=70`), and `estimate` fits it on the episode library
/// (docs/model.md §16). The loader turns levels into numbers before anything else sees them.
public enum LevelScales {
    /// The level words, from lowest to highest.
    public static let words = ["very_low", "low", "medium", "high", "very_high"]

    /// One scale: the field(s) it serves and its default numbers, very_low … very_high.
    public struct Scale: Sendable {
        public let name: String
        public let doc: String
        public let values: [Double]
        public let range: ClosedRange<Double>
        public let unit: String
    }

    /// The default scales (judgement: chosen so that `medium` is about the model's default and
    /// the ends span the values the bundled scenarios use).
    public static let scales: [Scale] = [
        Scale(name: "resolve", doc: "Leader's V, the value of prevailing.", values: [10, 25, 40, 60, 90], range: 0...1e9, unit: "pain"),
        Scale(name: "face", doc: "Leader's φ, face sensitivity.", values: [0.5, 0.75, 1, 1.5, 2], range: 0...10, unit: ""),
        Scale(name: "determination", doc: "Leader's D, determination to improve ties.", values: [0.1, 0.3, 0.5, 0.7, 0.9], range: 0...1, unit: ""),
        Scale(name: "bluster", doc: "Leader's weekly probability of a hawkish statement.", values: [0.02, 0.1, 0.25, 0.45, 0.7], range: 0...1, unit: "1/week"),
        Scale(name: "leak", doc: "Leader's λ, weekly probability of leaking an open backchannel.", values: [0.002, 0.005, 0.01, 0.03, 0.08], range: 0...1, unit: "1/week"),
        Scale(name: "access", doc: "Access of an intermediary to a leadership, or reach of the formal channel.", values: [0.1, 0.3, 0.5, 0.7, 0.9], range: 0...1, unit: ""),
        Scale(name: "authority", doc: "Authority of an intermediary or of the formal channel.", values: [0.2, 0.4, 0.6, 0.8, 1], range: 0...1, unit: ""),
        Scale(name: "leak_rate", doc: "Intermediary's ℓ_m, weekly leak probability (its discretion, inverted).", values: [0.001, 0.003, 0.007, 0.015, 0.03], range: 0...1, unit: "1/week"),
        Scale(name: "stance", doc: "Constituency stance, 0–100 (100 = maximal confrontation).", values: [10, 30, 50, 70, 90], range: 0...100, unit: "0–100"),
        Scale(name: "salience", doc: "Constituency salience of the issue.", values: [0.1, 0.3, 0.5, 0.7, 0.9], range: 0...1, unit: ""),
    ]

    public static func scale(_ name: String) -> Scale? { scales.first { $0.name == name } }

    /// The `levels` section of the scenario format: one group per scale, five numbers each.
    static let schema = ObjectSchema(
        "Levels", "What each qualitative level means, per scale (docs/model.md §16); values must rise from very_low to very_high.",
        scales.map { scale in
            .optional(scale.name, .object(ObjectSchema(
                "Level scale \(scale.name)", scale.doc,
                zip(words, scale.values).map { word, value in
                    .number(word, value, scale.range, scale.unit, "The number `\(word)` stands for.")
                })), default: .empty, scale.doc)
        })

    /// The numbers of every scale in a (not yet checked) scenario tree: the file's `levels`
    /// values where they are numbers, the defaults elsewhere. Wrong values are reported by the
    /// structural check of the `levels` section; here they fall back to the default.
    static func table(in root: Node) -> [String: [Double]] {
        var table: [String: [Double]] = [:]
        for scale in scales {
            let given = root["levels"]?[scale.name]
            table[scale.name] = zip(words, scale.values).map { word, value in
                guard let text = given?[word]?.scalar?.string, let number = StructuralCheck.number(text), number.isFinite,
                      scale.range.contains(number) else { return value }
                return number
            }
        }
        return table
    }

    /// Scales whose values do not rise from very_low to very_high (a level must mean more than the one below).
    static func unordered(_ table: [String: [Double]]) -> [String] {
        scales.map(\.name).filter { name in
            guard let v = table[name] else { return false }
            return zip(v, v.dropFirst()).contains { $0 >= $1 }
        }
    }
}

import Experiments

/// `cases`: the Diplomat's opening rule applied to the historical backchannel cases, and how
/// often the cases it favours succeeded against the base rate.
public enum OpeningRuleCases {
    public static let caveat = "Caveat: the three conditions were scored with hindsight, by people who knew each outcome, and the cases are a small, non-random set of famous channels; this is a consistency check of the rule, not evidence that it predicts."

    public struct Report: Codable, Sendable {
        public var file: String
        public var rule: String
        public var summary: OpeningRuleReport
        public var baseRate: Double
        public var favouredSuccessRate: Double
        public var notFavouredSuccessRate: Double
        public var cases: [Row]
        public var caveat: String

        public struct Row: Codable, Sendable {
            public var `case`: HistoricalCase
            public var ruleFavoursOpening: Bool
            enum CodingKeys: String, CodingKey {
                case `case`
                case ruleFavoursOpening = "rule_favours_opening"
            }

            public init(case: HistoricalCase, ruleFavoursOpening: Bool) {
                self.case = `case`
                self.ruleFavoursOpening = ruleFavoursOpening
            }
        }

        enum CodingKeys: String, CodingKey {
            case file, rule, summary, cases, caveat
            case baseRate = "base_rate", favouredSuccessRate = "favoured_success_rate", notFavouredSuccessRate = "not_favoured_success_rate"
        }

        public init(file: String, rule: String, summary: OpeningRuleReport, baseRate: Double, favouredSuccessRate: Double, notFavouredSuccessRate: Double, cases: [Row], caveat: String) {
            self.file = file
            self.rule = rule
            self.summary = summary
            self.baseRate = baseRate
            self.favouredSuccessRate = favouredSuccessRate
            self.notFavouredSuccessRate = notFavouredSuccessRate
            self.cases = cases
            self.caveat = caveat
        }
    }

    public static let rule = "open when determination, domestic_opposition and anticipated_receptivity are all high"

    /// The report of `cases` read from the file `name` (for the report's `file`).
    public static func report(_ cases: [HistoricalCase], file name: String) -> Report {
        let summary = OpeningRuleReport(cases)
        return Report(file: name, rule: rule, summary: summary, baseRate: summary.baseRate, favouredSuccessRate: summary.favouredRate,
                      notFavouredSuccessRate: summary.notFavouredRate,
                      cases: cases.map { Report.Row(case: $0, ruleFavoursOpening: $0.ruleFavoursOpening) }, caveat: caveat)
    }
}

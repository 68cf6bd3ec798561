import ArgumentParser
import Experiments
import Foundation
import ScenarioFormat
import History

struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "The Diplomat's opening rule on historical backchannel cases.",
        discussion: """
        Reads the bundled backchannel_cases.csv (or --file), applies the rule — open a backchannel
        when determination, domestic opposition and anticipated receptivity are all high — and
        compares how often the cases it favours succeeded (outcome_class = success) with the base
        rate. The scores were assigned with hindsight by people who knew the outcomes.

        Examples:
          backchannel cases
          backchannel cases --format json
        """
    )

    @Option(help: "A cases CSV with the same columns (default: the bundled copy).")
    var file: String?

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    static let caveat = "Caveat: the three conditions were scored with hindsight, by people who knew each outcome, and the cases are a small, non-random set of famous channels; this is a consistency check of the rule, not evidence that it predicts."

    struct Report: Codable {
        var file: String
        var rule: String
        var summary: OpeningRuleReport
        var baseRate: Double
        var favouredSuccessRate: Double
        var notFavouredSuccessRate: Double
        var cases: [Row]
        var caveat: String

        struct Row: Codable {
            var `case`: HistoricalCase
            var ruleFavoursOpening: Bool
            enum CodingKeys: String, CodingKey {
                case `case`
                case ruleFavoursOpening = "rule_favours_opening"
            }
        }

        enum CodingKeys: String, CodingKey {
            case file, rule, summary, cases, caveat
            case baseRate = "base_rate", favouredSuccessRate = "favoured_success_rate", notFavouredSuccessRate = "not_favoured_success_rate"
        }
    }

    func run() throws {
        let name: String, text: String
        if let file {
            let t = try ScenarioLoader.readFile(atPath: file, file: file)  // size and UTF-8, located
            (name, text) = (file, t)
        } else {
            guard let t = BundledHistory.casesCSV else { throw InternalFailure("the bundled backchannel_cases.csv is missing") }
            (name, text) = ("backchannel_cases.csv", t)
        }
        let cases: [HistoricalCase]
        do { cases = try CasesCSV.read(text, file: name) } catch { throw BadInput(error.description) }
        if cases.isEmpty { throw BadInput("\(name): no cases") }
        let summary = OpeningRuleReport(cases)
        let report = Report(file: name, rule: "open when determination, domestic_opposition and anticipated_receptivity are all high",
                            summary: summary, baseRate: summary.baseRate, favouredSuccessRate: summary.favouredRate,
                            notFavouredSuccessRate: summary.notFavouredRate,
                            cases: cases.map { Report.Row(case: $0, ruleFavoursOpening: $0.ruleFavoursOpening) }, caveat: Self.caveat)
        switch format {
        case .json: print(try jsonText(report))
        case .table: print(Self.table(report))
        }
    }

    static func table(_ r: Report) -> String {
        func pad(_ s: String, _ w: Int) -> String {
            let cut = s.count > w - 1 ? String(s.prefix(w - 2)) + "…" : s
            return cut + String(repeating: " ", count: max(1, w - cut.count))
        }
        let s = r.summary
        var out = ["The Diplomat's rule: \(r.rule)", "",
                   pad("case", 6) + pad("name", 52) + pad("determ.", 9) + pad("opposition", 12) + pad("receptivity", 13) + pad("rule", 8) + "outcome"]
        for row in r.cases {
            let c = row.case
            out.append(pad(c.id, 6) + pad(c.name, 52) + pad(c.determination, 9) + pad(c.domesticOpposition, 12)
                       + pad(c.anticipatedReceptivity, 13) + pad(row.ruleFavoursOpening ? "open" : "—", 8) + c.outcomeClass)
        }
        out += ["",
                "cases the rule favours: \(s.favouredSuccesses) of \(s.favoured) succeeded (\(fixed(100 * s.favouredRate, 0))%)",
                "cases it does not:      \(s.notFavouredSuccesses) of \(s.notFavoured) succeeded (\(fixed(100 * s.notFavouredRate, 0))%)",
                "base rate (all cases):  \(s.successes) of \(s.cases) succeeded (\(fixed(100 * s.baseRate, 0))%)",
                "", r.caveat]
        return out.joined(separator: "\n")
    }
}

import ArgumentParser
import Foundation
import Reports
import Studies
import Trade
import TradeData

/// `backchannel trade CALIBRATION [--tariff IMPORTER:EXPORTER=PCT]… [--elasticity E]
/// [--deficits fixed|purged] [--best-response IMPORTER:EXPORTER] [--nash A,B] [--format table|json]`
struct TradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trade",
        abstract: "Solve a tariff counterfactual of the Armington trade model (exact hat algebra).",
        discussion: """
            CALIBRATION is a bundled name (\(CalibrationLoader.bundledNames.joined(separator: ", "))) or a path to \
            a calibration .json or a flow-list .csv (columns exporter,importer,trade; baseline tariffs zero).
            --tariff USA:CHN=145 sets the tariff LEVEL that USA imposes on goods from CHN to 145 % (not an \
            increment); other tariffs stay at baseline. Welfare is real absorption (docs/model.md).
            Exit codes: 0 ok, 64 usage, 65 bad input, 70 no convergence.

            Examples:
              backchannel trade calib_2024 --tariff USA:CHN=145 --tariff CHN:USA=125
              backchannel trade calib_2024 --best-response USA:CHN --deficits purged --format json
              backchannel trade calib_2024 --nash USA,CHN --elasticity 8
              backchannel trade world30_2006 --tariff USA:CHN=60
            """
    )

    enum Deficits: String, ExpressibleByArgument, CaseIterable { case fixed, purged }

    @Argument(help: "A bundled calibration name or a .json/.csv file.")
    var calibration: String

    @Option(name: .customLong("tariff"), help: ArgumentHelp("Tariff level imposed by IMPORTER on EXPORTER, in percent (repeatable).", valueName: "IMPORTER:EXPORTER=PCT"))
    var tariffs: [String] = []

    @Option(help: "Trade elasticity ε (default: the calibration's eps_default, else 4).")
    var elasticity: Double?

    @Option(help: "Deficit treatment: fixed (in levels, default) or purged (balanced baseline first).")
    var deficits: Deficits = .fixed

    @Option(name: .customLong("best-response"), help: ArgumentHelp("Best-response tariff of IMPORTER against EXPORTER.", valueName: "IMPORTER:EXPORTER"))
    var bestResponse: String?

    @Option(help: ArgumentHelp("Nash tariffs of the pair A,B (others fixed).", valueName: "A,B"))
    var nash: String?

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    // MARK: - Parsing (syntax errors are usage errors, exit 64)

    static func parseTariff(_ text: String) throws -> TradeStudy.Setting {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let pair = parts.first.map { $0.split(separator: ":", omittingEmptySubsequences: false) } ?? []
        guard parts.count == 2, pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty else {
            throw ValidationError("--tariff \(text): expected IMPORTER:EXPORTER=PCT, e.g. USA:CHN=145")
        }
        guard let pct = Double(parts[1].trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError("--tariff \(text): \"\(parts[1])\" is not a number (percent)")
        }
        return TradeStudy.Setting(importer: String(pair[0]), exporter: String(pair[1]), percent: pct)
    }

    static func parsePair(_ text: String, separator: Character, option: String, shape: String) throws -> (String, String) {
        let parts = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw ValidationError("\(option) \(text): expected \(shape)")
        }
        return (parts[0], parts[1])
    }

    func validate() throws {
        for t in tariffs { _ = try Self.parseTariff(t) }
        if let br = bestResponse { _ = try Self.parsePair(br, separator: ":", option: "--best-response", shape: "IMPORTER:EXPORTER, e.g. USA:CHN") }
        if let pair = nash { _ = try Self.parsePair(pair, separator: ",", option: "--nash", shape: "A,B, e.g. USA,CHN") }
    }

    // MARK: - Run

    func run() throws {
        let study = TradeStudy(
            calibration: calibration, tariffs: try tariffs.map(Self.parseTariff), elasticity: elasticity,
            deficits: deficits == .fixed ? .fixed : .purged,
            bestResponse: try bestResponse.map { try Self.parsePair($0, separator: ":", option: "--best-response", shape: "IMPORTER:EXPORTER") },
            nash: try nash.map { try Self.parsePair($0, separator: ",", option: "--nash", shape: "A,B") })
        let report = try study.run()
        do {
            switch format {
            case .json: print(try report.jsonString())
            case .table: print(try report.checkedTable())
            }
        } catch let error as NonFiniteOutput {
            throw InternalFailure(error.description)
        }
    }
}

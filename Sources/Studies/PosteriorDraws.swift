import Diplomacy
import Experiments
import Foundation
import History
import Reports
import ScenarioFormat

/// A posterior (`estimate`'s output) as scenario overrides, and where one comes from: a path,
/// the bundled default, or none.
extension Posterior {
    /// `--posterior`: `none`, `default` (the bundled posterior, fitted on the bundled library) or a path.
    public static func resolve(_ argument: String?) throws -> Posterior? {
        switch argument ?? "default" {
        case "none": return nil
        case "default":
            guard let text = BundledHistory.posteriorJSON else { throw InternalFailure("the bundled posterior is missing") }
            return try decode(text, file: "posterior.json (bundled)")
        case let path:
            guard FileManager.default.fileExists(atPath: path) else {
                throw BadInput("--posterior \(path): no such file (or say none, or default for the bundled posterior)")
            }
            let text = try ScenarioLoader.readFile(atPath: path, file: path)
            return try decode(text, file: path)
        }
    }

    static func decode(_ text: String, file: String) throws -> Posterior {
        let posterior: Posterior
        do {
            posterior = try JSONDecoder().decode(Posterior.self, from: Data(text.utf8))
        } catch let DecodingError.keyNotFound(key, context) {
            throw BadInput("\(file): \((context.codingPath + [key]).map(\.stringValue).joined(separator: ".")): missing")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context), let DecodingError.dataCorrupted(context) {
            throw BadInput("\(file): \(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)")
        } catch {
            throw BadInput("\(file): not a posterior (\(error))")
        }
        var problems: [String] = []
        if posterior.format != formatName { problems.append("format: expected \"\(formatName)\", got \"\(posterior.format)\"") }
        if posterior.draws.isEmpty { problems.append("draws: empty") }
        for (d, draw) in posterior.draws.enumerated() {
            if draw.count != posterior.parameters.count {
                problems.append("draws[\(d)]: \(draw.count) values for \(posterior.parameters.count) parameters")
            } else if let k = draw.firstIndex(where: { !$0.isFinite }) {
                problems.append("draws[\(d)][\(k)]: not a finite number")
            }
        }
        for (k, p) in posterior.parameters.enumerated() where p.kind == .levelScale && LevelScales.scale(String(p.path.dropFirst("levels.".count))) == nil {
            problems.append("parameters[\(k)].path: \(p.path) is not a level scale (levels.\(LevelScales.scales.map(\.name).joined(separator: ", levels.")))")
        }
        if !problems.isEmpty { throw BadInput(problems.map { "\(file): \($0)" }.joined(separator: "\n")) }
        return posterior
    }

    /// The overrides that set `values` (one per parameter): a path's value, or a level scale's
    /// five default numbers times the value.
    public func overrides(_ values: [Double]) -> [ScenarioOverride] { Self.overrides(parameters, values) }

    /// The overrides that set `values` of `parameters` (one each).
    static func overrides(_ parameters: [Parameter], _ values: [Double]) -> [ScenarioOverride] {
        zip(parameters, values).flatMap { p, v -> [ScenarioOverride] in
            switch p.kind {
            case .value:
                return [ScenarioOverride(path: p.path, value: plainNumber(v))]
            case .levelScale:
                let scale = LevelScales.scale(String(p.path.dropFirst("levels.".count)))!
                return zip(LevelScales.words, scale.values).map { word, base in
                    ScenarioOverride(path: "\(p.path).\(word)", value: plainNumber(min(scale.range.upperBound, base * v)))
                }
            }
        }
    }

    /// Every draw as an engine setup for `Ensemble.draws`: `load` reads the scenario with the
    /// draw's overrides (to which it adds its own, which win). The draws must keep the base's
    /// economy and horizon: they share its economy and question tracker.
    public func setups(base: PreparedScenario, load: ([ScenarioOverride]) throws -> Scenario) throws -> [EngineSetup] {
        try draws.map { draw in
            var scenario = try load(overrides(draw))
            guard scenario.economy == base.scenario.economy, scenario.weeks == base.scenario.weeks else {
                throw BadInput("the posterior changes the economy or the horizon of \(base.scenario.name); it may set engine constants and level scales only")
            }
            scenario.outputs.questions = base.scenario.outputs.questions
            return try EngineSetup(scenario: scenario).scripted(base.setup.scripts)
        }
    }
}

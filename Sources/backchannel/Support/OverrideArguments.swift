import ArgumentParser
import ScenarioFormat

/// Parses `path=value` texts (from `--set` or a variant), or a usage error naming `option`.
func parseOverrides(_ texts: [String], option: String) throws -> [ScenarioOverride] {
    try texts.map { text in
        guard let o = ScenarioOverride(text) else { throw ValidationError("\(option) takes path=value, got \"\(text)\"") }
        return o
    }
}

import Diplomacy
@testable import ScenarioFormat

/// The loader as the CLI configures it, with the regions of the bundled calibration.
let testLoader = ScenarioLoader(
    strategyIDs: ["tit-for-tat", "grudger", "generous-tit-for-tat", "random"],
    regionsOfCalibration: { $0 == "calib_2024" ? ["USA", "CHN", "ROW"] : nil }
)

/// A valid scenario in the smallest form, to mutate in tests.
let validYAML = """
schema_version: 1
name: Test
start: 2025-01-06
weeks: 26
actors:
  - id: USA
    name: United States
    leader: { name: A }
    tariffs: { CHN: 20 }
    constituencies:
      - { name: Everyone, capability: 1, salience: 1, stance: 50 }
  - id: CHN
    name: China
    leader: { name: B }
    tariffs: { USA: 20 }
    constituencies:
      - { name: Everyone, capability: 1, salience: 1, stance: 50 }
"""

/// The issues of loading `yaml`, as printed lines (empty when it is valid).
func problems(_ yaml: String, file: String = "t.yaml", overrides: [ScenarioOverride] = []) -> [String] {
    do {
        _ = try testLoader.load(yaml: yaml, file: file, overrides: overrides)
        return []
    } catch {
        return error.issues.map(\.description)
    }
}

/// `validYAML` with one line replaced.
func replacing(_ old: String, with new: String, in yaml: String = validYAML) -> String {
    precondition(yaml.contains(old), "fixture does not contain \(old)")
    return yaml.replacingOccurrences(of: old, with: new)
}

import Foundation

import Diplomacy
import Experiments

/// Everything a report shows. All of it is data a run produced or a store kept, so `show` can
/// re-render a stored run's report without running anything.
public struct ReportInput: Sendable {
    public var summary: EnsembleSummary
    public var scenario: Scenario
    /// The `--set` overrides the run used, as written (`path=value`).
    public var overrides: [String]
    public var narrative: RunNarrative?
    public var history: TariffHistory?

    public init(summary: EnsembleSummary, scenario: Scenario, overrides: [String] = [], narrative: RunNarrative? = nil,
                history: TariffHistory? = nil) {
        self.summary = summary
        self.scenario = scenario
        self.overrides = overrides
        self.narrative = narrative
        self.history = history
    }
}

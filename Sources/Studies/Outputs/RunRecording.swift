import Experiments
import Foundation
import Reports
import Diplomacy
import ScenarioFormat
import Store

extension RunStudy {
    /// Records a finished run in the run store with what re-rendering its report needs; returns
    /// its id. `failpoint` is the crash-safety test's hook.
    public func record(in store: RunStore, path: String, summary: EnsembleSummary, summaryJSON: String, overrides: [String],
                       narrative: RunNarrative?, failpoint: ((Int) throws -> Void)?) throws -> Int64 {
        let record = NewRun(createdAt: WallClock.isoNow(), scenarioSource: source.name, scenarioText: source.text,
                            overrides: overrides, summary: summary, summaryJSON: summaryJSON,
                            narrativeJSON: try narrative.map { try jsonText($0) })
        do { return try store.record(record, failpoint: failpoint) } catch let error as RunStoreError {
            throw BadInput("\(error)")  // a full disk, a read-only or damaged file: the environment (65)
        } catch {
            throw InternalFailure("\(path): cannot record the run: \(error)")
        }
    }
}

extension StoredRun {
    /// The scenario of a stored run, reloaded from its text with its overrides.
    public func scenario(path: String) throws -> (scenario: Scenario, overrides: [String]) {
        let overrides = (try? JSONDecoder().decode([String].self, from: Data(self.overrides.utf8))) ?? []
        var parsed: [ScenarioOverride] = []
        for text in overrides {
            guard let o = ScenarioOverride(text) else { throw BadInput("\(path): run \(id) has a malformed override \"\(text)\"") }
            parsed.append(o)
        }
        return (try ScenarioLoader.standard.load(yaml: scenarioText, file: scenarioSource, overrides: parsed), overrides)
    }
}

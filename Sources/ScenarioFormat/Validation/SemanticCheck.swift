import Foundation
import Diplomacy
import Yams

/// Checks that need the whole scenario: ids that must exist or be unique, two actors, dates
/// inside the horizon, strategies and regions that exist.
struct SemanticCheck {
    let file: String
    let marks: [String: Mark]
    let strategyIDs: [String]
    let checkStrategy: (String) -> String?
    let regionsOfCalibration: (String) -> [String]?
    private(set) var issues: [ScenarioIssue] = []
    /// False when the start or the horizon was wrong (a placeholder stands in): the checks of
    /// dates against the horizon are then skipped, as they would only be follow-on errors.
    var horizonKnown = true

    init(file: String, marks: [String: Mark], strategyIDs: [String], checkStrategy: @escaping (String) -> String?,
         regionsOfCalibration: @escaping (String) -> [String]?) {
        self.checkStrategy = checkStrategy
        self.file = file
        self.marks = marks
        self.strategyIDs = strategyIDs
        self.regionsOfCalibration = regionsOfCalibration
    }

    mutating func check(_ s: Scenario) {
        let actorIDs = s.actors.map(\.id)
        if s.actors.count != 2 {
            report("actors", "a scenario needs exactly two actors, got \(s.actors.count)")
        }
        duplicates(actorIDs, list: "actors", field: "id", what: "actor id")
        duplicates(s.intermediaries.map(\.id), list: "intermediaries", field: "id", what: "intermediary id")
        duplicates(s.outputs.questions.map(\.id), list: "outputs.questions", field: "id", what: "question id")
        let end = s.start.adding(weeks: s.weeks)
        if horizonKnown, end.adding(days: -1) > ScenarioLimits.lastDate {
            report("weeks", "the horizon \(s.start) + \(s.weeks) weeks ends after the last supported date \(ScenarioLimits.lastDate)")
        }
        let regions = s.economy.model == .ge ? regionsOfCalibration(s.economy.calibration) : nil
        if s.economy.model == .ge, regions == nil {
            report("economy.calibration", "unknown calibration \"\(s.economy.calibration)\" (bundled: calib_2024, world11_2024, world30_2006, or a path to a .json or .csv file)")
        }

        for (i, actor) in s.actors.enumerated() {
            let path = "actors[\(i)]"
            for other in actor.tariffs.keys.sorted() {
                if other == actor.id {
                    report("\(path).tariffs.\(other)", "an actor cannot impose a tariff on itself")
                } else if !actorIDs.contains(other) {
                    report("\(path).tariffs.\(other)", "unknown actor \"\(other)\"\(Suggestion.hint(for: other, in: actorIDs))")
                }
            }
            for other in actorIDs where other != actor.id && actor.tariffs[other] == nil {
                report("\(path).tariffs", "missing the tariff on \(other)")
            }
            if actor.constituencies.isEmpty {
                report("\(path).constituencies", "an actor needs at least one constituency")
            }
            duplicates(actor.constituencies.map(\.name), list: "\(path).constituencies", field: "name", what: "constituency name")
            if let gap = actor.rungs.indices.first(where: { $0 > 0 && actor.rungs[$0].inForce && !actor.rungs[$0 - 1].inForce }) {
                report("\(path).rungs[\(gap)].in_force", "rungs in force must come before the rungs not yet climbed")
            }
            if !strategyIDs.contains(baseID(actor.strategy.kind)) {
                report("\(path).strategy.kind", "unknown strategy \"\(actor.strategy.kind)\"\(Suggestion.hint(for: actor.strategy.kind, in: strategyIDs))")
            } else if let problem = checkStrategy(actor.strategy.spec) {
                report("\(path).strategy.kind", problem)
            }
            if let regions, actor.members.isEmpty, !regions.contains(actor.regionID) {
                let field = actor.region == nil ? "\(path).id" : "\(path).region"
                report(field, "region \"\(actor.regionID)\" is not in calibration \(s.economy.calibration) (regions: \(regions.joined(separator: ", ")))\(Suggestion.hint(for: actor.regionID, in: regions))")
            }
            checkMembers(actor, path: path, regions: regions, scenario: s)
            checkMeasures(actor, path: path, peacetime: s.parameters.tariffs.baseline)
        }
        if horizonKnown, let began = s.warStarted, began > s.start {
            report("war_started", "the war cannot start (\(began)) after the scenario does (\(s.start))")
        }
        let p = s.parameters.tariffs
        if p.maximum < p.baseline {
            report("parameters.tariffs.maximum", "the maximum tariff (\(p.maximum)%) is below the baseline (\(p.baseline)%)")
        }

        for (i, m) in s.intermediaries.enumerated() {
            for other in m.access.keys.sorted() where !actorIDs.contains(other) {
                report("intermediaries[\(i)].access.\(other)", "unknown actor \"\(other)\"\(Suggestion.hint(for: other, in: actorIDs))")
            }
        }

        for (i, event) in s.events.enumerated() {
            let path = "events[\(i)]"
            if let actor = event.actor, !actorIDs.contains(actor) {
                report("\(path).actor", "unknown actor \"\(actor)\"\(Suggestion.hint(for: actor, in: actorIDs))")
            }
            if horizonKnown, let week = event.week, week >= s.weeks {
                report("\(path).week", "week \(week) is beyond the horizon (weeks 0–\(s.weeks - 1))")
            }
            if horizonKnown, let date = event.date, date < s.start || date >= end {
                report("\(path).date", "\(date) is outside the scenario's horizon \(s.start) – \(end.adding(days: -1))")
            }
            checkMeasureName(event.measure, of: event.actor, in: s, at: "\(path).measure")
            if event.kind == .formalChannel, event.access == nil, event.authority == nil {
                report(path, "a formal_channel event changes the channel's access or authority: give at least one")
            }
        }

        for (i, q) in s.outputs.questions.enumerated() {
            let path = "outputs.questions[\(i)]"
            if let actor = q.actor, !actorIDs.contains(actor) {
                report("\(path).actor", "unknown actor \"\(actor)\"\(Suggestion.hint(for: actor, in: actorIDs))")
            }
            for (field, date) in [("by", q.by), ("date", q.date), ("from", q.from), ("to", q.to)] {
                if horizonKnown, let date, date < s.start || date >= end {
                    report("\(path).\(field)", "\(date) is outside the scenario's horizon \(s.start) – \(end.adding(days: -1))")
                }
            }
            if let from = q.from, let to = q.to, to < from {
                report("\(path).to", "the window ends (\(to)) before it starts (\(from))")
            }
            checkMeasureName(q.measure, of: q.actor, in: s, at: "\(path).measure")
        }
    }

    /// A union's members: regions of the calibration under `ge`, none listed twice nor shared
    /// with the other actor, and a union name that is not another calibration region.
    private mutating func checkMembers(_ actor: Actor, path: String, regions: [String]?, scenario s: Scenario) {
        guard !actor.members.isEmpty else { return }
        duplicates(actor.members, list: "\(path).members", field: "", what: "member")
        guard let regions else { return }
        for (k, member) in actor.members.enumerated() where !regions.contains(member) {
            report("\(path).members[\(k)]", "region \"\(member)\" is not in calibration \(s.economy.calibration)\(Suggestion.hint(for: member, in: regions))")
        }
        if regions.contains(actor.regionID), !actor.members.contains(actor.regionID) {
            report(actor.region == nil ? "\(path).id" : "\(path).region",
                   "the union's region \"\(actor.regionID)\" is a region of calibration \(s.economy.calibration) but not one of its members; name the union otherwise (region: …)")
        }
        for other in s.actors where other.id != actor.id {
            let theirs = other.members.isEmpty ? [other.regionID] : other.members
            for (k, member) in actor.members.enumerated() where theirs.contains(member) {
                report("\(path).members[\(k)]", "region \"\(member)\" also stands for actor \(other.id)")
            }
        }
    }

    /// Measures add up to no more than the war part of the average tariff they are part of, its
    /// level above peacetime τ0 = min(baseline, tariff): the engine's cuts and restores act on it.
    private mutating func checkMeasures(_ actor: Actor, path: String, peacetime baseline: Double) {
        guard !actor.measures.isEmpty else { return }
        duplicates(actor.measures.map(\.name), list: "\(path).measures", field: "name", what: "measure name")
        for (k, m) in actor.measures.enumerated() where !(m.coverage > 0) {
            report("\(path).measures[\(k)].coverage", "a measure must cover some trade (coverage above 0)")
        }
        let total = actor.measures.reduce(0) { $0 + $1.coverage * $1.rate }
        for (other, tariff) in actor.tariffs.sorted(by: { $0.key < $1.key }) where other != actor.id {
            let war = tariff - min(baseline, tariff)
            if total > war + 1e-9 {
                report("\(path).measures", "the measures add \(Self.format(total))% (coverage × rate) to the average tariff, above the war part of the tariff on \(other) they are part of (\(Self.format(tariff))% − peacetime \(Self.format(min(baseline, tariff)))% = \(Self.format(war))%)")
            }
        }
    }

    /// A measure named by an event or a question must be one of that actor's.
    private mutating func checkMeasureName(_ measure: String?, of actorID: String?, in s: Scenario, at path: String) {
        guard let measure, let actorID, let actor = s.actors.first(where: { $0.id == actorID }) else { return }
        let names = actor.measures.map(\.name)
        if !names.contains(measure) {
            report(path, names.isEmpty ? "\(actorID) has no measures (actors[].measures)"
                : "unknown measure \"\(measure)\" of \(actorID)\(Suggestion.hint(for: measure, in: names)) (measures: \(names.joined(separator: ", ")))")
        }
    }

    private static func format(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(format: "%.2f", x)
    }

    /// `random:0.3` → `random`.
    private func baseID(_ kind: String) -> String {
        String(kind.split(separator: ":", maxSplits: 1).first ?? Substring(kind))
    }

    private mutating func duplicates(_ values: [String], list: String, field: String, what: String) {
        var seen: [String: Int] = [:]
        for (i, value) in values.enumerated() {
            if let first = seen[value] {
                report(field.isEmpty ? "\(list)[\(i)]" : "\(list)[\(i)].\(field)", "duplicate \(what) \"\(value)\" (first at \(list)[\(first)])")
            } else {
                seen[value] = i
            }
        }
    }

    /// Locates a path at its own mark, or at its nearest located ancestor.
    private mutating func report(_ path: String, _ message: String) {
        var probe = path
        var mark = marks[probe]
        while mark == nil, let cut = probe.lastIndex(where: { $0 == "." || $0 == "[" }) {
            probe = String(probe[..<cut])
            mark = marks[probe]
        }
        issues.append(ScenarioIssue(file: file, line: mark?.line, column: mark?.column, path: path, message: message))
    }
}

import Diplomacy
import Foundation
import Yams

/// A validated decisions file: per actor, the parts of its decisions by week. Structural
/// problems are found when it is read, the rest against the scenario (unknown actors and
/// intermediaries, dates outside the horizon); every problem at once, each located.
public struct DecisionsFile: Sendable {
    public var name: String?
    /// One script per side, in the scenario's actor order (empty: the rules play every week).
    public var scripts: [[Int: [ScriptedDecider.Part]]]
    public let file: String

    struct Decoded: Decodable {
        var name: String?
        var decisions: [Entry]

        struct Entry: Decodable {
            var actor: String
            var week: Int?
            var date: CivilDate?
            var tariff: Double?
            var tariffMove: String?
            var rungs: String?
            var liftRungs: Int?
            var openBackchannel: String?
            var closeBackchannel: Bool?
            var offer: Offer?
            var accept: [String]?
            var reject: [String]?
            var signal: String?
            var signalChannel: String?
            var cost: Double?
            var statement: String?
            var giveIn: Bool?
            var comply: Double?
            var truce: String?
            var reescalate: Bool?

            enum CodingKeys: String, CodingKey {
                case actor, week, date, tariff, rungs, offer, accept, reject, signal, cost, statement, truce, reescalate, comply
                case tariffMove = "tariff_move", liftRungs = "lift_rungs", openBackchannel = "open_backchannel"
                case closeBackchannel = "close_backchannel", signalChannel = "signal_channel", giveIn = "give_in"
            }
        }

        struct Offer: Decodable {
            var channel: String
            var cut: Double?
            var weeks: Int?
            var levels: [String: Double]?
        }
    }

    /// Reads `yaml` and checks it against `scenario`.
    public static func load(yaml: String, file: String, scenario: Scenario) throws(ScenarioError) -> DecisionsFile {
        let root = try ScenarioLoader.parse(yaml: yaml, file: file)
        var structure = StructuralCheck(file: file)
        let checked = structure.check(root, as: .object(DecisionsSchema.root), path: "", near: nil)
        var issues = structure.issues
        let decoded: Decoded
        do {
            decoded = try YAMLDecoder().decode(Decoded.self, from: checked)
        } catch {
            throw ScenarioError([ScenarioIssue(file: file, line: nil, column: nil, path: "", message: "internal error: \(error)")])
        }
        func issue(_ path: String, _ message: String) {
            let mark = structure.marks[path] ?? structure.marks[String(path.prefix { $0 != "." })]
            issues.append(ScenarioIssue(file: file, line: mark?.line, column: mark?.column, path: path, message: message))
        }
        let actorIDs = scenario.actors.map(\.id)
        let intermediaryIDs = scenario.channelIntermediaries.map(\.id)
        var scripts = [[Int: [ScriptedDecider.Part]]](repeating: [:], count: scenario.actors.count)
        for (k, e) in decoded.decisions.enumerated() {
            let at = "decisions[\(k)]"
            guard !structure.brokenPaths.contains(where: { $0 == at || $0.hasPrefix(at + ".") }) else { continue }
            let before = issues.count
            let structural = structure.issues.contains { $0.path == at || $0.path.hasPrefix(at + ".") }
            let side = actorIDs.firstIndex(of: e.actor)
            if side == nil {
                issue("\(at).actor", "unknown actor \"\(e.actor)\"\(Suggestion.hint(for: e.actor, in: actorIDs)) (actors: \(actorIDs.joined(separator: ", ")))")
            }
            var week: Int?
            switch (e.week, e.date) {
            case (nil, nil): issue(at, "give the week or the date of the decision")
            case (.some, .some): issue("\(at).date", "give the week or the date, not both")
            case let (w?, nil):
                if w < scenario.weeks { week = w } else {
                    issue("\(at).week", "week \(w) is outside the horizon (weeks 0–\(scenario.weeks - 1))")
                }
            case let (nil, d?):
                let w = d.week(from: scenario.start)
                if d >= scenario.start, w < scenario.weeks { week = w } else {
                    issue("\(at).date", "\(d) is outside the horizon, \(scenario.start) – \(scenario.start.adding(weeks: scenario.weeks).adding(days: -1))")
                }
            }
            var parts: [ScriptedDecider.Part] = []
            if e.tariff != nil, e.tariffMove != nil { issue("\(at).tariff_move", "give a tariff level or a tariff move, not both") }
            if let t = e.tariff { parts.append(.tariff(.level(t / 100))) }
            if let m = e.tariffMove { parts.append(.tariff(m == "raise" ? .raise : .hold)) }
            if e.rungs != nil, e.liftRungs != nil { issue("\(at).lift_rungs", "climb or lift measures, not both") }
            if e.rungs != nil { parts.append(.rungs(.climb)) }
            if let n = e.liftRungs { parts.append(.rungs(.lift(count: n))) }
            if e.openBackchannel != nil, e.closeBackchannel == true { issue("\(at).close_backchannel", "open or close a backchannel, not both") }
            if let id = e.openBackchannel {
                if let m = intermediaryIDs.firstIndex(of: id) { parts.append(.channel(.open(intermediary: m))) } else {
                    issue("\(at).open_backchannel", "unknown intermediary \"\(id)\"\(Suggestion.hint(for: id, in: intermediaryIDs))"
                          + (intermediaryIDs.isEmpty ? " (the scenario has none)" : " (intermediaries: \(intermediaryIDs.joined(separator: ", ")))"))
                }
            }
            if e.closeBackchannel == true { parts.append(.channel(.close)) }
            if let o = e.offer {
                var levels: PerSide<Double>?
                if let given = o.levels {
                    for id in given.keys.sorted() where !actorIDs.contains(id) {
                        issue("\(at).offer.levels.\(id)", "unknown actor \"\(id)\"\(Suggestion.hint(for: id, in: actorIDs)) (actors: \(actorIDs.joined(separator: ", ")))")
                    }
                    if o.cut != nil { issue("\(at).offer.levels", "give a cut or levels, not both") }
                    if let a = given[actorIDs[0]], let b = given[actorIDs[1]] {
                        levels = PerSide(a / 100, b / 100)
                    } else {
                        issue("\(at).offer.levels", "give the level of both actors (\(actorIDs.joined(separator: ", ")))")
                    }
                }
                parts.append(.offer(Decision.Offer(channel: o.channel == "private" ? .private : .public, cut: o.cut, urgency: .infinity,
                                                   weeks: o.weeks, levels: levels)))
            }
            let accept = Set(e.accept ?? []), reject = Set(e.reject ?? [])
            if let both = accept.intersection(reject).sorted().first { issue("\(at).reject", "\(both) is both accepted and rejected") }
            if !accept.isEmpty || !reject.isEmpty {
                func answer(_ channel: String) -> Bool? { accept.contains(channel) ? true : (reject.contains(channel) ? false : nil) }
                parts.append(.accept(private: answer("private"), public: answer("public")))
            }
            switch e.signal {
            case "costly"?:
                if let cost = e.cost, cost > 0 { parts.append(.signal(.costly(cost: cost))) } else {
                    issue("\(at).cost", "a costly signal needs its cost, a positive number of pain units")
                }
                if e.signalChannel != nil { issue("\(at).signal_channel", "a costly signal is public; signal_channel is for cheap talk") }
            case "cheap_talk"?:
                parts.append(.signal(.cheapTalk(e.signalChannel == "private" ? .private : .public)))
                if e.cost != nil { issue("\(at).cost", "cheap talk costs nothing; cost is for a costly signal") }
            default:
                if e.signalChannel != nil { issue("\(at).signal_channel", "signal_channel needs signal: cheap_talk") }
                if e.cost != nil { issue("\(at).cost", "cost needs signal: costly") }
            }
            if let s = e.statement { parts.append(.statement(s == "hawkish" ? .hawkish : .conciliatory)) }
            if let g = e.giveIn { parts.append(g ? .giveIn : .holdOut) }
            if let q = e.comply {
                if e.giveIn != nil { issue("\(at).comply", "give either give_in or comply, not both") }
                else if !(q > 0) { issue("\(at).comply", "comply meets a share of the demand above 0 (to hold out, write give_in: false)") }
                else { parts.append(.comply(q)) }
            }
            if let t = e.truce.flatMap(Decision.TruceAnswer.init(rawValue:)) { parts.append(.truce(t)) }
            if let r = e.reescalate { parts.append(r ? .reescalate : .keepAgreement) }
            // Only the root cause: an entry already reported has no "no move" on top.
            if parts.isEmpty, e.closeBackchannel != true, e.openBackchannel == nil, issues.count == before, !structural {
                issue(at, "the decision makes no move (give a tariff, an offer, an answer, a signal, a statement, …)")
            }
            if let side, let week { scripts[side][week, default: []] += parts }
        }
        guard issues.isEmpty else { throw ScenarioError(issues) }
        return DecisionsFile(name: decoded.name, scripts: scripts, file: file)
    }
}

import Foundation

/// An event the umpire puts into an exercise (a market shock, a summit invitation): a scenario
/// event (docs/scenario-format.md, `events[]`) dated in a week not yet adjudicated, which the
/// replay plays from then on as if the scenario had always listed it.
///
/// Only kinds that nothing anticipates may be injected, and only on a fixed week: an election
/// is felt as it approaches, a tariff step can raise the cap on tariffs, and an event with a
/// weekly probability draws a random number every week from week 0, so each of those would
/// rewrite weeks already played. A test injects every kind allowed and checks that the weeks
/// before it are unchanged.
public struct InjectedEvent: Sendable, Equatable {
    /// The week it happens (0 = the scenario's start).
    public let week: Int
    /// The week of the turn the umpire injected it in (a rollback past that turn forgets it).
    public let during: Int
    /// The event, JSON text with sorted keys (what the store keeps).
    public let json: String

    public init(week: Int, during: Int, json: String) {
        self.week = week
        self.during = during
        self.json = json
    }

    /// For people: `market shock (bond sell-off): actor CHN, pain 3`.
    public var summary: String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)), let fields = object as? [String: Any] else { return json }
        var text = (fields["kind"] as? String ?? "event").replacingOccurrences(of: "_", with: " ")
        if let name = fields["name"] as? String { text += " (\(name))" }
        let rest = fields.keys.filter { !["kind", "name", "week"].contains($0) }.sorted().map { "\($0) \(fields[$0]!)" }
        return rest.isEmpty ? text : text + ": " + rest.joined(separator: ", ")
    }

    /// The kinds the umpire may inject.
    public static let kinds = ["market_shock", "summit", "deadline", "pause", "formal_channel", "export_control", "violation",
                               "protest_allowed", "protest_repressed", "justification"]

    /// The event from the umpire's JSON object, in the open turn's week `open` unless it names
    /// a later `week`; or the problem. Its fields are checked against the scenario by
    /// `Adjudicator.checked(injecting:)`.
    public static func entry(event: Data, open: Int, horizon: Int) -> Result<InjectedEvent, ExerciseError> {
        guard let object = try? JSONSerialization.jsonObject(with: event), var fields = object as? [String: Any] else {
            return .failure(.badRequest("an event is a JSON object of a scenario event's fields, e.g. {\"kind\": \"market_shock\", \"pain\": 2, \"actor\": \"CN\"}"))
        }
        guard let kind = fields["kind"] as? String else {
            return .failure(.badRequest("kind: required, one of \(kinds.joined(separator: ", "))"))
        }
        guard kinds.contains(kind) else {
            return .failure(.badRequest("kind: the umpire injects \(kinds.joined(separator: ", ")), not \"\(kind.prefix(40))\" (leaders move their own tariffs and signals; an election or a weekly chance would change weeks already played)"))
        }
        for key in ["date", "weekly_probability"] where fields[key] != nil {
            return .failure(.badRequest("\(key): an injected event happens in a week: give week (default the open turn's, \(open)) or nothing"))
        }
        let week: Int
        if let given = fields["week"] {
            // Kept as sent: the scenario's checks refuse a week that is not an integer (`true`).
            guard let w = (given as? NSNumber).flatMap({ Int(exactly: $0.doubleValue) }) else {
                return .failure(.badRequest("week: a whole number of weeks from the scenario's start"))
            }
            week = w
        } else {
            week = open
            fields["week"] = week
        }
        guard week >= open else { return .failure(.badRequest("week: \(week) has been played; an event goes in week \(open) or later")) }
        guard week < horizon else { return .failure(.badRequest("week: the scenario ends after week \(horizon - 1)")) }
        guard let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]),
              let text = String(data: data, encoding: .utf8) else {
            return .failure(.badRequest("the event cannot be written as JSON"))
        }
        return .success(InjectedEvent(week: week, during: open, json: text))
    }
}

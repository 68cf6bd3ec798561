import Foundation

/// One seat's decision for one week, as the decisions file writes an entry
/// (docs/decisions-format.md): a JSON object with `actor`, `week` and the moves. The server
/// sets `actor` and `week` itself; a player sends only the moves.
public struct SubmittedDecision: Sendable, Equatable {
    public let actor: String
    public let week: Int
    /// The entry, JSON text with sorted keys (what the store keeps).
    public let json: String

    public init(actor: String, week: Int, json: String) {
        self.actor = actor
        self.week = week
        self.json = json
    }

    /// The entry for `actor` in `week` from a player's moves (a JSON object's bytes), or the
    /// problem. The moves are checked against the scenario by `Adjudicator.problems`.
    public static func entry(moves: Data, actor: String, week: Int) -> Result<SubmittedDecision, ExerciseError> {
        guard let object = try? JSONSerialization.jsonObject(with: moves), var moves = object as? [String: Any] else {
            return .failure(.badRequest("a decision is a JSON object of moves, e.g. {\"tariff\": 84} (docs/decisions-format.md)"))
        }
        for key in ["actor", "week", "date"] where moves[key] != nil {
            return .failure(.badRequest("\(key): the server sets the actor and the week of a decision; send only the moves"))
        }
        moves["actor"] = actor
        moves["week"] = week
        guard let data = try? JSONSerialization.data(withJSONObject: moves, options: [.sortedKeys]),
              let text = String(data: data, encoding: .utf8) else {
            return .failure(.badRequest("the decision cannot be written as JSON"))
        }
        return .success(SubmittedDecision(actor: actor, week: week, json: text))
    }

    /// A decisions document of `entries` (JSON is YAML, so the decisions file's reader checks it).
    static func document(_ entries: [SubmittedDecision]) -> String {
        "{\"schema_version\": 1, \"name\": \"exercise\", \"decisions\": [\n" + entries.map(\.json).joined(separator: ",\n") + "\n]}"
    }
}

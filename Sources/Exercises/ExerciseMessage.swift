/// A message a seat posted in a room, in the turn (the week) it was posted.
public struct ExerciseMessage: Sendable, Equatable, Codable {
    public let id: Int64
    public let room: String
    /// The poster's role (`leader:USA`, `intermediary:…`, `umpire`).
    public let from: String
    public let week: Int
    public let text: String

    public init(id: Int64, room: String, from: String, week: Int, text: String) {
        self.id = id
        self.room = room
        self.from = from
        self.week = week
        self.text = text
    }
}

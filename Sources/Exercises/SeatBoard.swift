import Diplomacy

/// What one seat sees of an exercise, and nothing more: the public record (moves, statements,
/// events, published economic data, the board and the formal talks), the private rooms it is
/// part of, the engine events it learnt of in the week it learnt of them, and, for a leader,
/// its own state in full. Built from the replay and the stored messages by one pure function,
/// so a route cannot show a seat more than this.
public struct SeatBoard: Sendable, Equatable, Codable {
    public struct SideLine: Sendable, Equatable, Codable {
        public let actor: String
        /// Percent.
        public let tariff: Double
        /// Published: the welfare change official statistics report, the opposition in the polls.
        public let welfareChange: Double
        public let opposition: Double
        /// Own side only (a leader's own pain; the umpire sees both).
        public let pain: Double?

        enum CodingKeys: String, CodingKey {
            case actor, tariff, opposition, pain
            case welfareChange = "welfare_change"
        }
    }

    public struct WeekLine: Sendable, Equatable, Codable {
        public let week: Int
        public let date: String
        public let phase: String
        public let sides: [SideLine]
    }

    public struct EventLine: Sendable, Equatable, Codable {
        public let week: Int
        /// The week this seat learnt of it (later than `week` for what a leak exposed).
        public let learnt: Int
        public let kind: String
        public let text: String
    }

    public struct RoomLine: Sendable, Equatable, Codable {
        public let room: String
        public let writable: Bool
        public let messages: [ExerciseMessage]
    }

    public let seat: String
    /// Weeks adjudicated so far; the next decisions are for this week.
    public let week: Int
    public let weeks: [WeekLine]
    public let events: [EventLine]
    public let rooms: [RoomLine]
    /// Private messages a leak put on the public record.
    public let exposed: [ExerciseMessage]

    /// The board of `role` after `replay`, with the exercise's `messages` (all rooms).
    public static func build(role: ExerciseRole, access: SeatAccess, replay: Replay, messages: [ExerciseMessage]) -> SeatBoard {
        let side = role.actor.flatMap { replay.actors.firstIndex(of: $0) }
        let last = replay.weeks.count - 1
        let weeks = replay.weeks.map { w in
            WeekLine(week: w.week, date: w.date, phase: w.phase, sides: w.sides.enumerated().map { i, s in
                SideLine(actor: replay.actors[i], tariff: s.tariff, welfareChange: s.welfareChange, opposition: s.opposition,
                         pain: (role == .umpire || side == i) ? s.pain : nil)
            })
        }
        var events: [EventLine] = []
        for e in replay.events {
            let learnt: Int?
            switch (role, e.visibility) {
            case (.umpire, _): learnt = e.week
            case (_, .public): learnt = e.week
            case (.leader, _): learnt = side.flatMap { e.learned[$0] }
            default: learnt = nil
            }
            if let learnt, learnt <= last { events.append(EventLine(week: e.week, learnt: learnt, kind: e.kind.rawValue, text: e.text)) }
        }
        let exposed = Self.exposed(messages, leaks: replay.leaks, through: last)
        let rooms = access.readable(by: role).map { room in
            RoomLine(room: room.description, writable: access.canWrite(role, room),
                     messages: messages.filter { $0.room == room.description })
        }
        return SeatBoard(seat: role.description, week: replay.weeks.count, weeks: weeks, events: events, rooms: rooms, exposed: exposed)
    }

    /// The private messages a leak exposed: those of the leaked intermediary's rooms posted up
    /// to the week of the leak.
    static func exposed(_ messages: [ExerciseMessage], leaks: [(week: Int, intermediary: String)], through last: Int) -> [ExerciseMessage] {
        messages.filter { m in
            guard case let .private(k, _)? = Room(m.room) else { return false }
            return leaks.contains { $0.intermediary == k && $0.week <= last && m.week <= $0.week }
        }
    }
}

/// Who may read and write where in one exercise: the rule every route of the server asks, and
/// nothing else decides. The public board and the formal talks are read by every seat; a
/// private room only by its intermediary, its leader and the umpire, who adjudicates and so
/// sees everything but speaks only on the board. Observers read the public record only.
public struct SeatAccess: Sendable, Equatable {
    /// The scenario's actor ids and the ids of the intermediaries a backchannel can run through.
    public let actors: [String]
    public let intermediaries: [String]
    public let press: PressMode

    public init(actors: [String], intermediaries: [String], press: PressMode) {
        self.actors = actors
        self.intermediaries = intermediaries
        self.press = press
    }

    /// Every seat of the exercise: the leaders, the intermediaries, the umpire and one observer seat.
    public var seats: [ExerciseRole] {
        actors.map { .leader(actor: $0) } + intermediaries.map { .intermediary(id: $0) } + [.umpire, .observer]
    }

    /// Whether `role` belongs to this exercise (an intermediary or actor it does not have does not).
    public func has(_ role: ExerciseRole) -> Bool { seats.contains(role) }

    /// The rooms that exist under the press mode, public first.
    public var rooms: [Room] {
        guard press == .full else { return [.board, .formal] }
        return [.board, .formal] + intermediaries.flatMap { m in actors.map { Room.private(intermediary: m, actor: $0) } }
    }

    public func exists(_ room: Room) -> Bool { rooms.contains(room) }

    public func canRead(_ role: ExerciseRole, _ room: Room) -> Bool {
        guard has(role), exists(room) else { return false }
        switch room {
        case .board, .formal: return true
        case let .private(m, a): return role == .umpire || role == .intermediary(id: m) || role == .leader(actor: a)
        }
    }

    public func canWrite(_ role: ExerciseRole, _ room: Room) -> Bool {
        guard has(role), exists(room) else { return false }
        switch room {
        case .board:
            if role == .umpire { return true }
            return press != .none && role != .observer
        case .formal:
            return press != .none && role.actor != nil
        case let .private(m, a):
            return role == .intermediary(id: m) || role == .leader(actor: a)
        }
    }

    /// The rooms `role` reads, public first.
    public func readable(by role: ExerciseRole) -> [Room] { rooms.filter { canRead(role, $0) } }
}

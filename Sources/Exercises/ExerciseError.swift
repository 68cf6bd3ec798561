/// A request an exercise refuses, with a message a person can act on. The server maps each
/// case to its HTTP status (400, 403, 404, 409, 413, 429).
public enum ExerciseError: Error, Equatable, Sendable {
    /// Malformed or illegal input (a bad room name, a decision the scenario does not allow).
    case badRequest(String)
    /// The seat may not do this (read a room it is not in, decide for another actor).
    case forbidden(String)
    /// No such exercise or seat (an unknown or revoked token looks the same).
    case notFound(String)
    /// Not now (the exercise is paused or over, the turn was already adjudicated).
    case conflict(String)
    /// Too large (a message, a decision, an upload).
    case tooLarge(String)
    /// Too many requests from one seat.
    case tooMany(String)

    public var message: String {
        switch self {
        case let .badRequest(m), let .forbidden(m), let .notFound(m), let .conflict(m), let .tooLarge(m), let .tooMany(m): return m
        }
    }
}

/// Where a message is posted. The public board and the formal talks are on the record; a
/// private room joins one intermediary and one leader (a backchannel is the pair of rooms of
/// one intermediary: with each leader; the intermediary relays or does not).
/// Written as text: `board`, `formal`, `private:<intermediary>:<actor>`.
public enum Room: Hashable, Sendable, CustomStringConvertible {
    case board
    case formal
    case `private`(intermediary: String, actor: String)

    public var description: String {
        switch self {
        case .board: return "board"
        case .formal: return "formal"
        case let .private(intermediary, actor): return "private:\(intermediary):\(actor)"
        }
    }

    public init?(_ text: String) {
        switch text {
        case "board": self = .board
        case "formal": self = .formal
        default:
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0] == "private", !parts[1].isEmpty, !parts[2].isEmpty else { return nil }
            self = .private(intermediary: String(parts[1]), actor: String(parts[2]))
        }
    }

    /// On the public record: everyone reads it.
    public var isPublic: Bool {
        if case .private = self { return false }
        return true
    }
}

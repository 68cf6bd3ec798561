/// One player's action in one turn of a repeated two-player game.
///
/// In the trade engine, `.defect` is "escalate" (E) and `.cooperate` is "hold" (H).
public enum Move: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case cooperate = 0
    case defect = 1

    /// The other move (what implementation noise turns this move into).
    @inlinable
    public var flipped: Move { unsafeBitCast(rawValue ^ 1, to: Move.self) }

    /// "C" or "D", as axelrod prints actions.
    @inlinable
    public var symbol: Character { self == .cooperate ? "C" : "D" }

    public var description: String { String(symbol) }

    /// Parses "C" / "D" (also lower case).
    public init?(symbol: Character) {
        switch symbol {
        case "C", "c": self = .cooperate
        case "D", "d": self = .defect
        default: return nil
        }
    }

    /// Parses a string such as "CCDC" into moves; nil if any character is not C or D.
    public static func sequence(_ text: some StringProtocol) -> [Move]? {
        var result: [Move] = []
        result.reserveCapacity(text.count)
        for character in text {
            guard let move = Move(symbol: character) else { return nil }
            result.append(move)
        }
        return result
    }

    /// Renders moves as a "CCDC…" string.
    public static func string(_ moves: some Sequence<Move>) -> String {
        String(moves.lazy.map(\.symbol))
    }
}

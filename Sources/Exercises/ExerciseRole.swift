/// Who a seat of a live exercise is: a leader (one per actor), an intermediary (one per
/// go-between the scenario's backchannels can run through), the umpire, or an observer.
/// Written as text in the API and the store: `leader:USA`, `intermediary:john-thornton`,
/// `umpire`, `observer`.
public enum ExerciseRole: Hashable, Sendable, CustomStringConvertible {
    case leader(actor: String)
    case intermediary(id: String)
    case umpire
    case observer

    public var description: String {
        switch self {
        case let .leader(actor): return "leader:\(actor)"
        case let .intermediary(id): return "intermediary:\(id)"
        case .umpire: return "umpire"
        case .observer: return "observer"
        }
    }

    public init?(_ text: String) {
        switch text {
        case "umpire": self = .umpire
        case "observer": self = .observer
        default:
            if text.hasPrefix("leader:"), text.count > 7 {
                self = .leader(actor: String(text.dropFirst(7)))
            } else if text.hasPrefix("intermediary:"), text.count > 13 {
                self = .intermediary(id: String(text.dropFirst(13)))
            } else {
                return nil
            }
        }
    }

    /// The actor a leader seat plays, nil for every other seat.
    public var actor: String? {
        if case let .leader(actor) = self { return actor }
        return nil
    }
}

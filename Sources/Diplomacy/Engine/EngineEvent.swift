/// Something that happened in a run — a move, a statement, an offer, a contact, a leak, a deal,
/// a shock — with who saw it and when. The narrative of `--trace` is these events in order; an
/// actor's view of the run is the events it saw, in the week it learnt of each.
public struct EngineEvent: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case scheduled       // a scenario event: election, pause, deadline, summit, shock, signal…
        case statement       // a hawkish or conciliatory statement
        case channelOpened
        case channelClosed
        case leak
        case privateOffer    // a conditional offer left with the intermediary
        case dealArranged    // the intermediary holds both offers
        case repudiation
        case summitFailed
        case publicOffer
        case deal
        case capitulation
        case breakdown       // an agreement broke down, or a truce lapsed
        case talks           // formal talks opened
        case explanation     // an accidental escalation explained through the channel
        case move            // a tariff or measure changed
        case signal
        case refused         // a decision the engine could not carry out, with its reason
    }

    public enum Visibility: Sendable, Equatable {
        /// On the public record.
        case `public`
        /// Known to both leaderships (a contact through an intermediary), not to the public.
        case leaders
        /// Known to one side only (its own offer in escrow, a refusal).
        case side(Side)
    }

    public var week: Int
    public var kind: Kind
    public var visibility: Visibility
    /// The week each side learnt of it; nil if it never did.
    public var learned: [Int?]
    public var text: String

    public init(week: Int, kind: Kind, visibility: Visibility, text: String) {
        self.week = week
        self.kind = kind
        self.visibility = visibility
        self.text = text
        switch visibility {
        case .public, .leaders: learned = [week, week]
        case let .side(i): learned = i == 0 ? [week, nil] : [nil, week]
        }
    }

    /// Whether side `i` ever learnt of it.
    public func seen(by i: Side) -> Bool { learned[i] != nil }
}

/// The events of a run (a reference, so recording never needs exclusive access to the
/// simulation it describes). Kept only when asked for: ensembles build no strings.
final class EventLog: @unchecked Sendable {
    var events: [EngineEvent] = []

    /// A leak puts what was private on the record: side `i` learns of every private offer it
    /// had not seen, this week.
    func expose(_ kind: EngineEvent.Kind, to i: Side, week: Int) {
        for k in events.indices where events[k].kind == kind && events[k].learned[i] == nil {
            events[k].learned[i] = week
        }
    }
}

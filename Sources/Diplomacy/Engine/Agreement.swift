/// An agreement in force between the sides (docs/model.md §15): a truce (it has an expiry), a
/// lasting deal, or a settlement after one side complied. Its terms are already applied to the
/// tariffs; it remembers the measures before it, so a breakdown or a lapsed truce can restore them.
public struct Agreement: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A scheduled pause of the scenario (a truce agreed before or outside the run).
        case pause
        /// Joint de-escalation agreed in the run, on a channel.
        case deal(DealChannel)
        /// One side gave in (complied with the demand); the other lifted what it said it would.
        case settlement(by: Side)
    }

    public var kind: Kind
    /// The week it took effect.
    public var since: Int
    /// The week a truce expires (the sides then extend it, make it lasting, or let it lapse); nil: lasting.
    public var expiry: Int?
    /// Weeks one extension adds.
    public var duration: Int
    /// Whether tariffs return to `tariffsBefore` when the truce lapses.
    public var snapback: Bool
    /// Each side's tariff and measures beyond tariffs before the agreement (and before any truce it replaced).
    public var tariffsBefore: PerSide<Double>
    public var rungsBefore: PerSide<Int>
    public var extensions = 0

    public var isTruce: Bool { expiry != nil }
}

/// Where a run stands in a week.
public enum Phase: String, Sendable, Equatable, CaseIterable {
    /// Measures above peacetime and no agreement in force.
    case war
    /// A truce in force: an agreement that expires.
    case truce
    /// A lasting agreement in force (a deal, or a settlement after compliance).
    case deal
    /// No measures above peacetime and no agreement.
    case peace
}

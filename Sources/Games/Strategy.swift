/// Every strategy the module knows, one case per strategy. The raw value is the stable id.
///
/// Adding a strategy: add a case here, its metadata and move rule in its family's file under
/// `Strategies/`, a line in `Strategy.decide`, and its entry in `StrategyRegistry.all` (a test
/// fails if any of these is missing).
public enum StrategyKind: String, Sendable, Hashable, CaseIterable {
    case cooperator
    case defector
    case titForTat = "tit-for-tat"
    case grudger
    case titFor2Tats = "tit-for-2-tats"
    case suspiciousTitForTat = "suspicious-tit-for-tat"
    case winStayLoseShift = "win-stay-lose-shift"
    case alternator
    case goByMajority = "go-by-majority"
    case twoTitsForTat = "two-tits-for-tat"
    case bully
    case random
    case generousTitForTat = "generous-tit-for-tat"
    case contriteTitForTat = "contrite-tit-for-tat"

    /// The stable kebab-case id.
    public var id: String { rawValue }

    public var metadata: StrategyMetadata {
        switch self {
        case .cooperator: return .cooperator
        case .defector: return .defector
        case .titForTat: return .titForTat
        case .grudger: return .grudger
        case .titFor2Tats: return .titFor2Tats
        case .suspiciousTitForTat: return .suspiciousTitForTat
        case .winStayLoseShift: return .winStayLoseShift
        case .alternator: return .alternator
        case .goByMajority: return .goByMajority
        case .twoTitsForTat: return .twoTitsForTat
        case .bully: return .bully
        case .random: return .random
        case .generousTitForTat: return .generousTitForTat
        case .contriteTitForTat: return .contriteTitForTat
        }
    }
}

/// A strategy instance: which rule, its parameter, and what it has seen in the current match.
///
/// The state is a handful of counters and bit fields (no buffers, no allocation), so a value is
/// cheap to copy and a match runs without touching the heap. The primary API is incremental:
///
/// ```swift
/// var s = try StrategyRegistry.strategy("generous-tit-for-tat:0.2")
/// s.reset()                                   // new match
/// let intended = s.decide(using: &rng)        // this turn's move
/// // … noise may flip `intended` into `played`; the opponent's move may be misperceived …
/// s.observe(own: played, opponent: perceived, intended: intended)
/// ```
///
/// `own` is always the move actually played; `opponent` is the opponent's move as this player
/// perceives it. `intended` is optional: only Contrite Tit For Tat uses it (see
/// `ContriteTitForTat.swift`), and without it the played moves decide.
public struct Strategy: Sendable, Hashable, CustomStringConvertible {
    public let kind: StrategyKind
    /// The parameter (Random's p, GTFT's g); 0 for strategies without one.
    public let parameter: Double

    /// Turns observed in the current match.
    @usableFromInline var turn: Int = 0
    /// The opponent's defections in the current match.
    @usableFromInline var opponentDefections: Int = 0
    /// bit 0: the opponent's last move (1 = D); bit 1: the move before.
    @usableFromInline var recentOpponent: UInt8 = 0
    /// Own last played move (C before the first turn).
    @usableFromInline var lastOwn: Move = .cooperate
    /// Contrite Tit For Tat's standings: bit 0 own good, bit 1 opponent good.
    @usableFromInline var standing: UInt8 = Self.bothGood
    /// Contrite Tit For Tat: whether the last own move was an implementation error (C → D).
    @usableFromInline var lastOwnMoveWasErrorStorage: Bool = false

    @usableFromInline static let bothGood: UInt8 = 0b11

    /// A strategy without a parameter, or with its default parameter.
    public init(_ kind: StrategyKind) {
        self.kind = kind
        self.parameter = kind.metadata.defaultParameter ?? 0
    }

    /// A strategy with an explicit parameter (a probability in [0, 1]).
    public init(_ kind: StrategyKind, parameter: Double) throws(StrategyError) {
        let metadata = kind.metadata
        guard let name = metadata.parameterName else {
            throw .unexpectedParameter(id: kind.id, value: String(parameter))
        }
        guard parameter.isFinite, parameter >= 0, parameter <= 1 else {
            throw .invalidParameter(id: kind.id, name: name, value: String(parameter),
                                    reason: "must be a probability in [0, 1]")
        }
        self.kind = kind
        self.parameter = parameter
    }

    public var metadata: StrategyMetadata { kind.metadata }

    /// The canonical id: the plain id at the default parameter, else "id:parameter".
    public var id: String {
        guard let defaultValue = kind.metadata.defaultParameter, parameter != defaultValue else {
            return kind.id
        }
        return "\(kind.id):\(parameter)"
    }

    public var description: String { id }

    /// The number of turns observed since the last reset.
    public var turnsObserved: Int { turn }

    /// Contrite Tit For Tat only: whether it currently regards itself as in good standing.
    public var isInGoodStanding: Bool { standing & 0b01 != 0 }
    /// Contrite Tit For Tat only: whether it currently regards the opponent as in good standing.
    public var opponentIsInGoodStanding: Bool { standing & 0b10 != 0 }
    /// Contrite Tit For Tat only: whether its last move was a self-known implementation error.
    public var lastOwnMoveWasError: Bool { lastOwnMoveWasErrorStorage }

    /// Forgets the current match (call between matches and repetitions).
    @inlinable
    public mutating func reset() {
        turn = 0
        opponentDefections = 0
        recentOpponent = 0
        lastOwn = .cooperate
        standing = Self.bothGood
        lastOwnMoveWasErrorStorage = false
    }

    /// A copy with the same rule and parameter and no history.
    @inlinable
    public func fresh() -> Strategy {
        var copy = self
        copy.reset()
        return copy
    }

    /// This turn's (intended) move. Draws from `rng` only for stochastic strategies, and only
    /// when the rule calls for a draw (Random: every turn; GTFT: after an opponent D).
    @inlinable
    public mutating func decide<R: RandomNumberGenerator>(using rng: inout R) -> Move {
        switch kind {
        case .cooperator: return .cooperate
        case .defector: return .defect
        case .titForTat: return titForTatMove
        case .grudger: return grudgerMove
        case .titFor2Tats: return titFor2TatsMove
        case .suspiciousTitForTat: return suspiciousTitForTatMove
        case .winStayLoseShift: return winStayLoseShiftMove
        case .alternator: return alternatorMove
        case .goByMajority: return goByMajorityMove
        case .twoTitsForTat: return twoTitsForTatMove
        case .bully: return bullyMove
        case .random: return randomMove(using: &rng)
        case .generousTitForTat: return generousTitForTatMove(using: &rng)
        case .contriteTitForTat: return contriteTitForTatMove
        }
    }

    /// Records one finished turn. `own` is this player's move as played (after noise),
    /// `opponent` the opponent's move as perceived, `intended` what `decide` returned (if known).
    @inlinable
    public mutating func observe(own: Move, opponent: Move, intended: Move? = nil) {
        if kind == .contriteTitForTat {
            updateStanding(own: own, opponent: opponent, intended: intended)
        }
        turn &+= 1
        opponentDefections &+= Int(opponent.rawValue)
        recentOpponent = (recentOpponent << 1 | opponent.rawValue) & 0b11
        lastOwn = own
    }

    /// The history form: the move this strategy makes after the given histories (own moves as
    /// played, opponent moves as perceived), starting from a fresh copy. Does not change `self`.
    public func nextMove<R: RandomNumberGenerator>(
        own ownHistory: some Collection<Move>, opponent opponentHistory: some Collection<Move>,
        using rng: inout R
    ) -> Move {
        precondition(ownHistory.count == opponentHistory.count, "histories must have equal length")
        var copy = fresh()
        for (own, opponent) in zip(ownHistory, opponentHistory) {
            copy.observe(own: own, opponent: opponent)
        }
        return copy.decide(using: &rng)
    }

    // Shared views of the state for the rules.

    /// The opponent's previous move; C before the first turn.
    @inlinable
    var opponentLast: Move { unsafeBitCast(recentOpponent & 1, to: Move.self) }
}

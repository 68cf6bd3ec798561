/// How many past turns a strategy may look at (axelrod's `classifier["memory_depth"]`).
public enum MemoryDepth: Sendable, Hashable, CustomStringConvertible {
    case finite(Int)
    case infinite

    public var description: String {
        switch self {
        case .finite(let depth): return String(depth)
        case .infinite: return "∞"
        }
    }

    /// The depth as an Int, or nil when unbounded.
    public var turns: Int? {
        if case .finite(let depth) = self { return depth }
        return nil
    }
}

/// A strategy's typed classifier. `id` is the stable kebab-case identity; `displayName` is for
/// people and never used to look anything up.
public struct StrategyMetadata: Sendable, Hashable {
    public let id: String
    public let displayName: String
    public let memoryDepth: MemoryDepth
    public let stochastic: Bool
    /// The name of the strategy's parameter (e.g. "p", "g"), if it takes one.
    public let parameterName: String?
    /// The parameter's default, if it takes one.
    public let defaultParameter: Double?
    /// One line on what the strategy does.
    public let summary: String

    public init(id: String, displayName: String, memoryDepth: MemoryDepth, stochastic: Bool,
                parameterName: String? = nil, defaultParameter: Double? = nil, summary: String) {
        self.id = id
        self.displayName = displayName
        self.memoryDepth = memoryDepth
        self.stochastic = stochastic
        self.parameterName = parameterName
        self.defaultParameter = defaultParameter
        self.summary = summary
    }
}

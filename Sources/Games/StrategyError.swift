/// Why a strategy specification such as "random:0.3" was rejected.
public enum StrategyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The id is not in the registry; `suggestion` is the nearest valid id by edit distance.
    case unknownID(String, suggestion: String?, valid: [String])
    /// A strategy without a parameter was given one.
    case unexpectedParameter(id: String, value: String)
    /// The parameter is not a number, or out of range.
    case invalidParameter(id: String, name: String, value: String, reason: String)

    public var description: String {
        switch self {
        case let .unknownID(id, suggestion, valid):
            var text = "unknown strategy \"\(id)\""
            if let suggestion { text += " (did you mean \"\(suggestion)\"?)" }
            return text + "; valid ids: " + valid.joined(separator: ", ")
        case let .unexpectedParameter(id, value):
            return "strategy \"\(id)\" takes no parameter (got \"\(value)\")"
        case let .invalidParameter(id, name, value, reason):
            return "strategy \"\(id)\": parameter \(name) = \"\(value)\" \(reason)"
        }
    }
}

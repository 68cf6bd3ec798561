import Trade

/// A data file that cannot be used, with the file name, the place (line, or field path) and
/// what is wrong, in the one diagnostic format: `world.csv:14: trade: negative value -3.2`.
public struct TradeDataError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int?
    public let message: String
    /// The model-level error behind this one, if any.
    public let underlying: TradeError?

    public init(file: String, line: Int? = nil, message: String, underlying: TradeError? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.underlying = underlying
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// Bad input that is not a scenario (a calibration file, an option value, a questions file
/// that cannot be read): the command line exits 65.
public struct BadInput: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A failure that is ours, not the user's (no convergence, a missing bundled file): exit 70.
public struct InternalFailure: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A bad option value found while setting a study up (a shard spec, say): the command line
/// reports it as a usage error, exit 64.
public struct UsageError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

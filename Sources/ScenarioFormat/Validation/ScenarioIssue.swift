/// One problem in a scenario, located as precisely as the input allows.
public struct ScenarioIssue: Sendable, Equatable, CustomStringConvertible {
    /// The file name as the user gave it, or `--set` for a command-line override.
    public var file: String
    public var line: Int?
    public var column: Int?
    /// The field path, e.g. `actors[1].strategy.kind` (empty for the whole document).
    public var path: String
    public var message: String

    public init(file: String, line: Int?, column: Int?, path: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// `FILE:LINE:COL: path: message`, the format editors and compilers use.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return path.isEmpty ? "\(location): \(message)" : "\(location): \(path): \(message)"
    }
}

/// A scenario that could not be read; carries every problem found, not just the first.
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
    public var issues: [ScenarioIssue]

    public init(_ issues: [ScenarioIssue]) { self.issues = issues }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}

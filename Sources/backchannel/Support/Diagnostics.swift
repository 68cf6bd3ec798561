import Foundation
import ScenarioFormat

/// Exit statuses of the command line (BSD sysexits).
enum ExitStatus: Int32 {
    case ok = 0
    case usage = 64
    case badInput = 65
    case internalError = 70
}

/// Bad input that is not a scenario (a calibration file, an option value): exit 65.
struct BadInput: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

/// A failure that is ours, not the user's: exit 70.
struct InternalFailure: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

/// Diagnostics go to stderr; results go to stdout.
enum Diagnostics {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    static func report(_ error: ScenarioError) {
        let count = error.issues.count
        let text = error.issues.map { "\($0)\n" }.joined() + "\(count) problem\(count == 1 ? "" : "s") found\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}

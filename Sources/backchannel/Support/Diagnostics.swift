import Foundation
import ScenarioFormat

/// Exit statuses of the command line (BSD sysexits).
enum ExitStatus: Int32 {
    case ok = 0
    case usage = 64
    case badInput = 65
    case internalError = 70
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

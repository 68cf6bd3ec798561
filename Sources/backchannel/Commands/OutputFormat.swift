import ArgumentParser
import Foundation

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}

/// The number of cores available to this process.
var availableCores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

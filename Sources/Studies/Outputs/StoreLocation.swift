import ArgumentParser
import Foundation
import Store
import Studies

/// Where the run store is: `--store FILE`, else the `BACKCHANNEL_STORE` environment variable
/// (empty means off).
enum StoreLocation {
    static let environmentVariable = "BACKCHANNEL_STORE"

    static func path(_ option: String?) -> String? {
        let path = option ?? ProcessInfo.processInfo.environment[environmentVariable]
        return path.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Opens the store; a corrupt or foreign file is bad input (exit 65).
    static func open(_ path: String, create: Bool) throws -> RunStore {
        do { return try RunStore(path: path, create: create) } catch { throw BadInput(error.description) }
    }

    static func required(_ option: String?) throws -> String {
        guard let path = path(option) else {
            throw ValidationError("no run store: pass --store FILE or set \(environmentVariable)")
        }
        return path
    }
}

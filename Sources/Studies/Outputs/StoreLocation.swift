import Foundation
import Store

/// Where the run store is: `--store FILE`, else the `BACKCHANNEL_STORE` environment variable
/// (empty means off).
public enum StoreLocation {
    public static let environmentVariable = "BACKCHANNEL_STORE"

    public static func path(_ option: String?) -> String? {
        let path = option ?? ProcessInfo.processInfo.environment[environmentVariable]
        return path.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Opens the store; a corrupt or foreign file is bad input (exit 65).
    public static func open(_ path: String, create: Bool) throws -> RunStore {
        do { return try RunStore(path: path, create: create) } catch { throw BadInput(error.description) }
    }

    public static func required(_ option: String?) throws -> String {
        guard let path = path(option) else {
            throw UsageError("no run store: pass --store FILE or set \(environmentVariable)")
        }
        return path
    }
}

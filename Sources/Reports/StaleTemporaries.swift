import Foundation

/// The hidden temporary files output writers use (`.NAME.PID.tmp` next to `NAME`), and the
/// cleaning of those left behind by a process that was killed (`kill -9`) before it could
/// remove them: a temporary whose PID is no longer alive is stale.
public enum StaleTemporaries {
    /// `.NAME.PID.tmp` in the directory of `final`.
    public static func temporary(for final: URL, pid: Int32 = getpid()) -> URL {
        final.deletingLastPathComponent().appendingPathComponent(".\(final.lastPathComponent).\(pid).tmp")
    }

    /// Removes `.NAME.PID.tmp` files for `final` whose process is gone; returns the names removed
    /// (sorted). Files of live processes (a concurrent writer) and other files are left alone.
    @discardableResult
    public static func clean(for final: URL) -> [String] {
        let directory = final.deletingLastPathComponent()
        let prefix = ".\(final.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        var removed: [String] = []
        for name in names.sorted() where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let middle = name.dropFirst(prefix.count).dropLast(".tmp".count)
            guard let pid = Int32(middle), pid > 0, pid != getpid(), !isAlive(pid) else { continue }
            if unlink(directory.appendingPathComponent(name).path) == 0 { removed.append(name) }
        }
        return removed
    }

    /// Whether a process with this id exists (EPERM: it exists, owned by someone else).
    public static func isAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}

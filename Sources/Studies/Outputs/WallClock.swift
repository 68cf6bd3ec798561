import Foundation

/// The CLI's clock (the core has none): when a run was recorded.
public enum WallClock {
    /// Now, as ISO 8601 UTC with seconds: `2026-05-01T12:34:56Z`.
    public static func isoNow() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }
}

import Foundation

/// The scenarios that ship with Backchannel, as resources of this module.
public enum BundledScenarios {
    /// The scenario `run` uses when none is named.
    public static let defaultName = "us-china-2025"

    static var directory: URL? { Bundle.module.url(forResource: "scenarios", withExtension: nil) }

    /// Names (file names without `.yaml`), sorted.
    public static var names: [String] {
        guard let directory,
              let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The YAML text of a bundled scenario, or nil if there is none by that name.
    public static func text(named name: String) -> String? {
        guard let url = directory?.appendingPathComponent("\(name).yaml") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    /// A commented starter scenario for `backchannel new`.
    public static func starter(name: String, file: String) -> String {
        guard let url = Bundle.module.url(forResource: "starter", withExtension: "yaml"),
              let template = try? String(contentsOf: url, encoding: .utf8) else { return "" }
        return template.replacingOccurrences(of: "__NAME__", with: name).replacingOccurrences(of: "__FILE__", with: file)
    }
}

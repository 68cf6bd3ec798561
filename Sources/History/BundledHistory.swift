import Foundation

/// Historical data that ships with Backchannel: the episode library (scenarios, questions and
/// sourced dossiers of historical trade conflicts, `history/`), the posterior fitted on it, and
/// the backchannel cases.
public enum BundledHistory {
    /// Bundled hindcast files by name (`hindcast QUESTIONS` accepts these names).
    public static let questionFiles = ["us-china-2018-2020"]

    /// The YAML text of a bundled questions file, or nil (they live in the episode library).
    public static func questions(named name: String) -> String? {
        guard questionFiles.contains(name), let folder = libraryFolder else { return nil }
        return try? String(contentsOfFile: "\(folder)/questions/\(name).yaml", encoding: .utf8)
    }

    /// The bundled default posterior (`estimate history`'s output, shipped with the project).
    public static var posteriorJSON: String? {
        guard let url = Bundle.module.url(forResource: "posterior", withExtension: "json") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    /// The folder of the bundled episode library (`history`): questions/, scenarios/ and the dossiers.
    public static var libraryFolder: String? {
        Bundle.module.url(forResource: "history", withExtension: nil)?.path
    }

    /// The text of the bundled `backchannel_cases.csv`.
    public static var casesCSV: String? {
        guard let url = Bundle.module.url(forResource: "backchannel_cases", withExtension: "csv") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}

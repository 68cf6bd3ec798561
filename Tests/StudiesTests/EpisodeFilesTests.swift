import Foundation
import Studies
import Testing

/// The bundled episode library (Sources/History/Resources/history) stays valid as the format
/// changes: every scenario validates and every questions file resolves its scenario.
@Suite struct EpisodeFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/History/Resources/history")

    static func files(_ folder: String) -> [String] {
        let dir = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { dir.appendingPathComponent($0).path }
    }

    @Test func everyEpisodeScenarioValidates() throws {
        let files = Self.files("scenarios")
        #expect(files.count >= 3)
        for file in files { _ = try PreparedScenario.load(try ScenarioSource.resolve(file)) }
    }

    @Test func everyEpisodeQuestionsFileResolves() throws {
        let files = Self.files("questions")
        #expect(files.count >= 3)
        for file in files {
            let study = try HindcastStudy(questions: file)
            #expect(!study.hindcast.questions.isEmpty, "\(file)")
        }
    }
}

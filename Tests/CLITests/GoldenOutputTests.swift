import Foundation
import Testing

/// The binary's outputs, byte for byte, against the committed golden files
/// (`Golden/manifest.tsv`; regenerate with `scripts/golden.sh` only in a commit that says why).
/// A refactor must change none of them, whatever the thread count.
@Suite struct GoldenOutputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var threaded: Bool
        var arguments: [String]
        var testDescription: String { name }
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let cases: [Case] = {
        guard let text = try? String(contentsOf: directory.appendingPathComponent("manifest.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t").map(String.init)
            return Case(name: fields[0], threaded: fields[1] == "threads", arguments: fields[2].split(separator: " ").map(String.init))
        }
    }()

    @Test func manifestIsReadable() {
        #expect(Self.cases.count >= 25)
    }

    @Test(arguments: cases)
    func outputMatchesGolden(_ c: Case) throws {
        let expected = try Data(contentsOf: Self.directory.appendingPathComponent("\(c.name).out"))
        for threads in c.threaded ? ["1", "2"] : [nil] {
            let dir = try BinaryRunner.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            let file = dir.appendingPathComponent("out.file").path
            let writesFile = c.arguments.contains { $0.contains("{out}") }
            let arguments = c.arguments.map {
                $0.replacingOccurrences(of: "{out}", with: file).replacingOccurrences(of: "{golden}", with: Self.directory.path)
            } + (threads.map { ["--threads", $0] } ?? [])
            let r = try BinaryRunner.run(arguments, in: dir)
            #expect(r.status == 0, "\(c.name): \(r.stderr)")
            let actual = writesFile ? try Data(contentsOf: URL(fileURLWithPath: file)) : Data(r.stdout.utf8)
            if actual != expected {
                let mismatch = zip(actual, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(actual.count, expected.count)
                Issue.record("\(c.name) (threads \(threads ?? "default")): \(actual.count) bytes vs golden \(expected.count), first difference at byte \(mismatch)")
            }
        }
    }
}

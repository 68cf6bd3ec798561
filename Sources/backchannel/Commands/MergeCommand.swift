import ArgumentParser
import Experiments
import Foundation
import Studies

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the partial results of a sharded sweep into the CSV one machine would write.",
        discussion: """
        Checks that every partial belongs to the same sweep (same scenario, points, seed, runs,
        outcomes and version) and that together they cover every point and replicate exactly once.

        Example:
          backchannel merge part-*.json --out sweep.csv
        """
    )

    @Argument(help: "Partial result files written by sweep --shard.")
    var partials: [String]

    @Option(help: "Output CSV file.")
    var out: String

    @Flag(help: "Overwrite an existing output file.")
    var force = false

    func validate() throws {
        if partials.isEmpty { throw ValidationError("give the partial files to merge") }
    }

    func run() throws {
        let staged = StagedFiles(force: force), outURL = URL(fileURLWithPath: out)
        try staged.stage(outURL)
        var read: [(name: String, partial: SweepPartial)] = []
        for file in partials {
            guard let data = FileManager.default.contents(atPath: file) else { throw BadInput("\(file): cannot read the file") }
            do {
                read.append((file, try JSONDecoder().decode(SweepPartial.self, from: data)))
            } catch {
                throw BadInput("\(file): not a sweep partial result (\(error))")
            }
        }
        switch SweepPartial.merge(read) {
        case let .failure(error): throw BadInput("cannot merge:\n  " + error.problems.joined(separator: "\n  "))
        case let .success(text):
            try staged.write(Data(text.utf8), to: outURL)
            try staged.commit()
            Diagnostics.note("wrote \(out): \(read.count) partials, \(read.reduce(0) { $0 + $1.partial.rows.count }) rows")
        }
    }
}

import Experiments
import Reports

/// The CLI's run sink: streams each block of runs to `runs.csv` (if asked) and remembers what
/// picking a representative run needs. `Ensemble.run` calls the sink one block at a time, in run
/// order, never concurrently, which is what makes the unchecked Sendable sound.
final class RunCollector: @unchecked Sendable {
    private let csv: RunsCSVWriter?
    private(set) var finder: RepresentativeRunFinder
    private(set) var error: (any Error)?

    init(weeks: Int, csv: RunsCSVWriter?) throws {
        self.csv = csv
        finder = RepresentativeRunFinder(weeks: weeks)
        try csv?.writeHeader()
    }

    func receive(_ block: [RunRecord]) {
        for record in block { finder.observe(record) }
        guard error == nil, let csv else { return }
        do { try csv.write(block) } catch { self.error = error }
    }

    var sink: RunSink { { [self] block in receive(block) } }
}

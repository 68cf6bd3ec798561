import Foundation
import Experiments
import Reports

/// The run sink of `run`: streams each block of runs to `runs.csv` (if asked) and remembers what
/// picking a representative run needs. `Ensemble.run` calls the sink one block at a time, in run
/// order, never concurrently, which is what makes the unchecked Sendable sound.
public final class RunCollector: @unchecked Sendable {
    private let csv: RunsCSVWriter?
    public private(set) var finder: RepresentativeRunFinder
    public private(set) var error: (any Error)?

    public init(weeks: Int, csv: RunsCSVWriter?) throws {
        self.csv = csv
        finder = RepresentativeRunFinder(weeks: weeks)
        try csv?.writeHeader()
    }

    /// A block with its CSV rows already formatted (on the worker thread that ran it).
    public struct Prepared: Sendable {
        var records: [RunRecord]
        var rows: Result<Data, any Error>?
    }

    /// Runs on the worker threads, in parallel: formats the block's rows.
    public func prepare(_ block: [RunRecord]) -> Prepared {
        Prepared(records: block, rows: csv.map { csv in Result { try csv.render(block) } })
    }

    /// Runs once per block, in run order.
    public func receive(_ block: Prepared) {
        for record in block.records { finder.observe(record) }
        guard error == nil, let csv, let rows = block.rows else { return }
        do { try csv.append(rows.get()) } catch { self.error = error }
    }
}

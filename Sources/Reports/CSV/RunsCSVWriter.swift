import Diplomacy
import Experiments
import Foundation

/// `runs.csv`: one row per run, streamed block by block in run order (a run sink), so the file
/// grows with the runs but memory does not. Columns: run index, seed, outcome, end week and
/// date, deal channel, who capitulated, milestone weeks, peak tariffs, cumulative welfare loss,
/// audience costs per side (sides in id order), leaks, repudiations.
/// `render` reads only immutable state and may run on any thread; `write`/`append` touch the
/// file and are called one at a time, in run order (the ensemble's sink guarantees it).
public final class RunsCSVWriter: @unchecked Sendable {
    let handle: FileHandle
    let start: CivilDate
    let ids: [String]
    /// Side index (scenario order) of each id in `ids` order.
    let order: [Int]

    public init(handle: FileHandle, setup: EngineSetup) {
        self.handle = handle
        start = setup.scenario.start
        let scenarioIDs = setup.sides.map(\.id)
        ids = scenarioIDs.sorted()
        order = ids.map { id in scenarioIDs.firstIndex(of: id)! }
    }

    public static func header(sides: [String]) -> [String] {
        let ids = sides.sorted()
        var h = ["run", "seed", "outcome", "end_week", "end_date", "deal_channel", "capitulated_by",
                 "talks_week", "backchannel_week", "leak_week"]
        h += ids.flatMap { a in ids.filter { $0 != a }.map { "peak_tariff_\(a)_\($0)_pct" } }
        h += ids.map { "welfare_loss_cumulative_\($0)" }
        h += ids.map { "audience_cost_\($0)" }
        h += ["leaks", "repudiations"]
        return h
    }

    public func writeHeader() throws {
        try append(CSVText.data([Self.header(sides: ids)]))
    }

    public func write(_ block: [RunRecord]) throws {
        guard !block.isEmpty else { return }
        try append(render(block))
    }

    /// The rows of a block as CSV bytes; safe to call from any thread (it touches no file),
    /// so ensembles can format blocks in parallel and append them in order.
    public func render(_ block: [RunRecord]) throws -> Data {
        try CSVText.data(block.map(row))
    }


    func row(_ r: RunRecord) -> [String] {
        let o = r.outcome, m = o.milestones, n = CSVText.number
        func week(_ w: Int?) -> String { w.map(String.init) ?? "" }
        var outcome = "stalemate", channel = "", capitulated = ""
        switch o.ending {
        case let .deal(c)?: outcome = "deal"; channel = c.rawValue
        case let .capitulation(by)?: outcome = "capitulation"; capitulated = order.firstIndex(of: by).map { ids[$0] } ?? ""
        case nil: break
        }
        let ended = o.ending != nil ? m.end : nil
        var row = [String(r.index), String(r.seed.value), outcome, week(ended),
                   ended.map { start.adding(weeks: $0).description } ?? "", channel, capitulated,
                   week(m.talks), week(m.backchannelOpen), week(m.leak)]
        row += order.map { n(100 * o.peakTariffs[$0]) }
        row += order.map { n(o.cumulativeWelfareLoss[$0]) }
        row += order.map { n(o.audienceCostPaid[$0]) }
        row += [String(o.leaks), String(o.repudiations)]
        return row
    }

    /// Appends bytes from `render` (or the header) to the file.
    public func append(_ data: Data) throws {
        do { try handle.write(contentsOf: data) } catch { throw ReportError("cannot write runs.csv: \(error.localizedDescription)") }
    }
}

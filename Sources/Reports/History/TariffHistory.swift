import CSV
import Diplomacy
import Foundation

/// The real US–China tariff history (PIIE trade-weighted averages, Chad Bown), bundled from
/// `shared/data/history/tariffs_us_china.csv`, as a step function per imposer.
///
/// A level holds from the date a source states it until the imposer's next change of level
/// (`impose`, `increase`, `decrease`, `exclusion`): if that row states a new average, the step
/// goes on at that level; if not, the level is unknown from then on and the line has a gap
/// until the next stated average. Nothing is interpolated or guessed.
public struct TariffHistory: Sendable, Equatable {
    /// A known level over `[from, to)` (`to` nil: until the end of the file's coverage).
    public struct Segment: Sendable, Equatable {
        public var from: CivilDate
        public var to: CivilDate?
        public var levels: [(date: CivilDate, pct: Double)]

        public static func == (a: Segment, b: Segment) -> Bool {
            a.from == b.from && a.to == b.to && a.levels.elementsEqual(b.levels) { $0.date == $1.date && $0.pct == $1.pct }
        }
    }

    /// Known segments per imposer id, in date order.
    public var segments: [String: [Segment]]
    /// The last date the file covers.
    public var coveredUntil: CivilDate?
    public var source: String

    static let levelChanges: Set<String> = ["impose", "increase", "decrease", "exclusion"]

    public init(csv text: String, source: String = "tariffs_us_china.csv") throws {
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        struct Row { var date: CivilDate; var imposer: String; var average: Double?; var change: String; var order: Int }
        var rows: [Row] = []
        while reader.next() != nil {
            guard let date = reader["date"].flatMap(CivilDate.init(iso:)), let imposer = reader["imposer"] else { continue }
            let average = reader["average_tariff_pct"].flatMap { Double($0) }
            rows.append(Row(date: date, imposer: imposer, average: average, change: reader["change"] ?? "", order: rows.count))
        }
        rows.sort { ($0.date, $0.order) < ($1.date, $1.order) }
        var segments: [String: [Segment]] = [:]
        var open: [String: Segment] = [:]
        for row in rows {
            if let pct = row.average {
                if var s = open[row.imposer] {
                    s.levels.append((row.date, pct))
                    open[row.imposer] = s
                } else {
                    open[row.imposer] = Segment(from: row.date, to: nil, levels: [(row.date, pct)])
                }
            } else if Self.levelChanges.contains(row.change), var s = open.removeValue(forKey: row.imposer) {
                s.to = row.date
                segments[row.imposer, default: []].append(s)
            }
        }
        for imposer in open.keys.sorted() { segments[imposer, default: []].append(open[imposer]!) }
        self.segments = segments
        coveredUntil = rows.last?.date
        self.source = source
    }

    /// The bundled copy of the history file.
    public static func bundled() throws -> TariffHistory {
        guard let url = Bundle.module.url(forResource: "tariffs_us_china", withExtension: "csv") else {
            throw ReportError("the bundled tariff history is missing")
        }
        return try TariffHistory(csv: String(contentsOf: url, encoding: .utf8))
    }

    /// The known levels of `imposer` over weeks [0, weeks] of a scenario starting on `start`,
    /// as step-line segments in (weeks since start, percent); empty if nothing overlaps.
    public func overlay(imposer: String, start: CivilDate, weeks: Int) -> [[ChartPoint]] {
        let end = Double(weeks)
        var out: [[ChartPoint]] = []
        for segment in segments[imposer] ?? [] {
            let segmentEnd = segment.to ?? coveredUntil.map { $0 > segment.from ? $0 : segment.from } ?? segment.from
            let x0 = DateAxis.x(of: segment.from, start: start), x1 = DateAxis.x(of: segmentEnd, start: start)
            guard x1 > 0, x0 < end else { continue }
            var changes = segment.levels.map { ChartPoint(x: DateAxis.x(of: $0.date, start: start), y: $0.pct) }
            // Clip to the scenario's span: the level in force at the start, none after the end.
            if let lastBefore = changes.lastIndex(where: { $0.x <= 0 }) {
                changes = [ChartPoint(x: 0, y: changes[lastBefore].y)] + changes[(lastBefore + 1)...]
            }
            changes = changes.filter { $0.x < end }
            guard !changes.isEmpty else { continue }
            out.append(LineChart.steps(changes, end: min(x1, end)))
        }
        return out
    }
}

/// A failure to build a report or an output file.
public struct ReportError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

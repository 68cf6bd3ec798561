import Diplomacy

/// How a run ended, as one of a fixed list of kinds (for picking a representative run).
public enum OutcomeKind: Int, Sendable, CaseIterable, Comparable {
    case dealBackchannel, dealFormal, dealSummit, capitulationFirst, capitulationSecond, stalemate

    public init(_ ending: Ending?) {
        switch ending {
        case .deal(.backchannel)?: self = .dealBackchannel
        case .deal(.formal)?: self = .dealFormal
        case .deal(.summit)?: self = .dealSummit
        case let .capitulation(by)?: self = by == 0 ? .capitulationFirst : .capitulationSecond
        case nil: self = .stalemate
        }
    }

    public static func < (a: OutcomeKind, b: OutcomeKind) -> Bool { a.rawValue < b.rawValue }
}

/// Picks the run that best represents an ensemble: among runs of the modal outcome kind (deal
/// by channel, capitulation by side, stalemate), the one whose end week is closest to that
/// kind's median end week; ties go to the lowest run index. Observes runs in index order (a
/// run sink) and keeps only counts and the first run index per (kind, week): memory O(weeks).
public struct RepresentativeRunFinder: Sendable {
    public let weeks: Int
    /// Per kind, per end week (index `weeks` = did not end): run count and first run index.
    private var counts: [[Int]]
    private var first: [[Int?]]

    public init(weeks: Int) {
        self.weeks = weeks
        counts = [[Int]](repeating: [Int](repeating: 0, count: weeks + 1), count: OutcomeKind.allCases.count)
        first = [[Int?]](repeating: [Int?](repeating: nil, count: weeks + 1), count: OutcomeKind.allCases.count)
    }

    public mutating func observe(_ record: RunRecord) {
        let kind = OutcomeKind(record.outcome.ending).rawValue
        let week = kind == OutcomeKind.stalemate.rawValue ? weeks : min(record.outcome.milestones.end ?? weeks, weeks)
        counts[kind][week] += 1
        if first[kind][week].map({ record.index < $0 }) ?? true { first[kind][week] = record.index }
    }

    /// The chosen run index and its kind; nil if no run was observed.
    public func pick() -> (run: Int, kind: OutcomeKind)? {
        let totals = counts.map { $0.reduce(0, +) }
        guard let best = totals.indices.max(by: { totals[$0] < totals[$1] || (totals[$0] == totals[$1] && $0 > $1) }),
              totals[best] > 0 else { return nil }
        // Nearest-rank median end week of that kind.
        let need = max(1, (totals[best] + 1) / 2)
        var seen = 0, median = weeks
        for w in 0...weeks {
            seen += counts[best][w]
            if seen >= need { median = w; break }
        }
        var chosen: (distance: Int, run: Int)?
        for w in 0...weeks {
            guard let run = first[best][w] else { continue }
            let d = abs(w - median)
            if chosen.map({ d < $0.distance || (d == $0.distance && run < $0.run) }) ?? true { chosen = (d, run) }
        }
        return chosen.map { ($0.run, OutcomeKind(rawValue: best)!) }
    }
}

import Diplomacy

/// X-axis ticks for a weekly series starting on `start`: the first day of a month every 1, 2,
/// 3, 6, 12 or 24 months, whichever gives at most `maxTicks`. x is in weeks since `start`.
public enum DateAxis {
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public static func ticks(start: CivilDate, weeks: Int, maxTicks: Int = 9) -> [(value: Double, label: String)] {
        let end = start.adding(weeks: weeks)
        var months: [CivilDate] = []
        var y = start.year, m = start.month
        if start.day != 1 { m += 1; if m > 12 { m = 1; y += 1 } }
        while let d = CivilDate(year: y, month: m, day: 1), d <= end {
            months.append(d)
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        let every = [1, 2, 3, 6, 12, 24, 60].first { (months.count + $0 - 1) / $0 <= maxTicks } ?? 120
        // Keep months aligned to the calendar (quarters start in Jan/Apr/Jul/Oct, …).
        let chosen = months.filter { every >= 12 ? ($0.month == 1 && $0.year % (every / 12) == 0) : ($0.month - 1) % every == 0 }
        return chosen.map { d in
            (Double(d.daysSinceEpoch - start.daysSinceEpoch) / 7, "\(monthNames[d.month - 1]) \(d.year)")
        }
    }

    /// x (weeks since start) of a date.
    public static func x(of date: CivilDate, start: CivilDate) -> Double {
        Double(date.daysSinceEpoch - start.daysSinceEpoch) / 7
    }
}

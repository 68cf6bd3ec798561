import Diplomacy
import Testing
@testable import Reports

@Suite struct TariffHistoryTests {
    let csv = """
    date,imposer,target,measure,average_tariff_pct,change
    2025-01-06,A,B,start,20,snapshot
    2025-01-20,A,B,raise,30,increase
    2025-02-03,A,B,"raise, no average",,increase
    2025-02-17,A,B,threat,,threat
    2025-03-03,A,B,cut,10,decrease
    2025-03-10,B,A,snapshot,5,snapshot
    """

    @Test func stepFunctionWithGapsWhereTheLevelIsUnknown() throws {
        let h = try TariffHistory(csv: csv)
        let start = CivilDate(iso: "2025-01-06")!
        // A: 20 from week 0, 30 from week 2, unknown from week 4 (a change without an average),
        // 10 from week 8 until the file's last date (week 9).
        let a = h.overlay(imposer: "A", start: start, weeks: 12)
        #expect(a == [
            [ChartPoint(x: 0, y: 20), ChartPoint(x: 2, y: 20), ChartPoint(x: 2, y: 30), ChartPoint(x: 4, y: 30)],
            [ChartPoint(x: 8, y: 10), ChartPoint(x: 9, y: 10)],
        ])
        // Starting mid-segment: the level in force at the start.
        let late = h.overlay(imposer: "A", start: CivilDate(iso: "2025-01-27")!, weeks: 1)
        #expect(late == [[ChartPoint(x: 0, y: 30), ChartPoint(x: 1, y: 30)]])
        // No overlap.
        #expect(h.overlay(imposer: "A", start: CivilDate(iso: "1969-01-01")!, weeks: 52).isEmpty)
        #expect(h.overlay(imposer: "C", start: start, weeks: 52).isEmpty)
    }

    @Test func bundledHistoryOverlapsApril2025() throws {
        let h = try TariffHistory.bundled()
        let usa = h.overlay(imposer: "USA", start: CivilDate(iso: "2025-04-10")!, weeks: 52)
        #expect(usa.first?.first == ChartPoint(x: 0, y: 134.7))
        #expect(usa.flatMap { $0 }.contains { $0.y == 51.1 })
        let chn = h.overlay(imposer: "CHN", start: CivilDate(iso: "2025-04-10")!, weeks: 52)
        #expect(chn.count == 1)
        #expect(chn[0].first?.y == 32.6)
        #expect(h.overlay(imposer: "USA", start: CivilDate(iso: "1969-01-02")!, weeks: 52).isEmpty)
    }
}

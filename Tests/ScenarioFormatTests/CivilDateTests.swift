import Testing
import Diplomacy

@Suite struct CivilDateTests {
    @Test func epochAndKnownDates() {
        #expect(CivilDate(iso: "1970-01-01")!.daysSinceEpoch == 0)
        #expect(CivilDate(iso: "2000-03-01")!.daysSinceEpoch == 11_017)
        #expect(CivilDate(daysSinceEpoch: 20_188).description == "2025-04-10")
    }

    @Test func roundTripsOverFourCenturies() {
        for days in stride(from: -200_000, through: 200_000, by: 37) {
            let date = CivilDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            #expect(CivilDate(iso: date.description) == date)
        }
    }

    @Test func rejectsImpossibleDates() {
        #expect(CivilDate(iso: "2025-02-29") == nil)
        #expect(CivilDate(iso: "2024-02-29") != nil)
        #expect(CivilDate(iso: "1900-02-29") == nil)
        #expect(CivilDate(iso: "2000-02-29") != nil)
        #expect(CivilDate(iso: "2025-4-10") == nil)
        #expect(CivilDate(iso: "2025-13-01") == nil)
    }

    @Test func weekIndexing() {
        let start = CivilDate(iso: "2025-04-10")!
        #expect(CivilDate(iso: "2025-04-16")!.week(from: start) == 0)
        #expect(CivilDate(iso: "2025-04-17")!.week(from: start) == 1)
        #expect(CivilDate(iso: "2025-04-09")!.week(from: start) == -1)
        #expect(start.adding(weeks: 5).week(from: start) == 5)
    }
}

import Experiments
import History
import Testing

@Suite struct CasesTests {
    /// The bundled cases: the rule favours BC01, BC07, BC08, BC12, BC13 and BC15 (all three
    /// conditions high), of which all but BC13 succeeded; 10 of the 18 cases succeeded.
    @Test func openingRuleOnTheBundledCases() throws {
        let cases = try CasesCSV.read(try #require(BundledHistory.casesCSV), file: "backchannel_cases.csv")
        #expect(cases.count == 18)
        #expect(cases.filter(\.ruleFavoursOpening).map(\.id) == ["BC01", "BC07", "BC08", "BC12", "BC13", "BC15"])
        let r = OpeningRuleReport(cases)
        #expect((r.favoured, r.favouredSuccesses, r.cases, r.successes) == (6, 5, 18, 10))
    }

    @Test func badScoreIsReportedWithItsRecord() {
        let text = "case_id,name,outcome_class,determination,domestic_opposition,anticipated_receptivity\nX1,Test,success,high,hgh,high\n"
        #expect(throws: CasesCSV.ReadError.self) { try CasesCSV.read(text, file: "c.csv") }
        do { _ = try CasesCSV.read(text, file: "c.csv") } catch { #expect(error.description.contains("c.csv:2: domestic_opposition: \"hgh\"")) }
    }
}

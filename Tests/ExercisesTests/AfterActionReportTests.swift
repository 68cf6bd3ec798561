import Foundation
import Randomness
import Reports
import Studies
import Testing
@testable import Exercises

struct AfterActionReportTests {
    /// A decision's row shows its week as played and the same history with the rules in its
    /// place; every event appears with each leader's week of learning it.
    @Test func decisionsAreSetAgainstTheRulesAndEventsAgainstWhoLearntThem() throws {
        let a = try Adjudicator(source: ScenarioSource.resolve("us-china-2025"), seed: Seed(11), posterior: nil)
        let decision = try SubmittedDecision.entry(moves: Data(#"{"tariff": 30}"#.utf8), actor: "CHN", week: 2).get()
        let messages = [ExerciseMessage(id: 1, room: "private:john-thornton:CHN", from: "leader:CHN", week: 1, text: "<b>quietly</b>")]
        let html = try AfterActionReport.html(name: "test", adjudicator: a, decisions: [decision], messages: messages,
                                              seats: [.init(role: "leader:CHN", player: "p")], weeks: 4, forecastRuns: 50)
        let start = try #require(html.range(of: "<tr><td>2</td><td>CHN</td>"))
        let row = html[start.upperBound...].prefix { $0 != "\n" }.split(separator: "</tr>")[0]
        let cells = row.components(separatedBy: "</td><td>")
        #expect(cells.count == 3)
        #expect(cells[1].hasPrefix("tariff 30%"))
        #expect(!cells[2].hasPrefix("tariff 30%"))
        // Every event of the replay is listed; a person's text is escaped.
        let replay = try a.replay([decision], weeks: 4)
        for e in replay.events { #expect(html.contains(Markup.escape(e.text))) }
        #expect(html.contains("&lt;b&gt;quietly&lt;/b&gt;") && !html.contains("<b>quietly</b>"))
        #expect(html.contains("only if relayed or leaked"))
    }
}

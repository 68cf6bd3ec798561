import Games
import Testing

/// One-line traces against scripted opponents (axelrod's `versus_test`), one or more per strategy.
/// Expected strings are written from the definitions in docs/model.md §11, not produced by the code.
@Suite("Traces against scripted opponents")
struct StrategyTraceTests {
    @Test func cooperator() { #expect(trace("cooperator", against: "DDCDC") == "CCCCC") }
    @Test func defector() { #expect(trace("defector", against: "CCDCC") == "DDDDD") }
    @Test func titForTat() { #expect(trace("tit-for-tat", against: "DDCCDC") == "CDDCCD") }
    @Test func suspiciousTitForTat() { #expect(trace("suspicious-tit-for-tat", against: "CCDCD") == "DCCDC") }
    @Test func grudger() { #expect(trace("grudger", against: "CCDCCCC") == "CCCDDDD") }
    @Test func titFor2Tats() { #expect(trace("tit-for-2-tats", against: "DCDDDCDC") == "CCCCDDCC") }
    @Test func twoTitsForTat() { #expect(trace("two-tits-for-tat", against: "DCCCDDCCC") == "CDDCCDDDC") }
    @Test func winStayLoseShift() { #expect(trace("win-stay-lose-shift", against: "CDDDCCD") == "CCDCDDD") }
    @Test func winStayLoseShiftAgainstDefector() {
        #expect(trace("win-stay-lose-shift", against: "DDDDDD") == "CDCDCD")
    }
    @Test func alternator() { #expect(trace("alternator", against: "DDDDD") == "CDCDC") }
    @Test func alternatorShiftsPhaseAfterError() {
        #expect(trace("alternator", against: "CCCCCC", errors: [2]) == "CDDCDC")
    }
    @Test func goByMajority() { #expect(trace("go-by-majority", against: "DCDDCCCD") == "CDCDDDCC") }
    @Test func bully() { #expect(trace("bully", against: "CDDCCD") == "DDCCDD") }
    @Test func randomExtremes() {
        #expect(trace("random:0", against: "CCCC") == "DDDD")
        #expect(trace("random:1", against: "DDDD") == "CCCC")
    }
    @Test func generousTitForTatExtremes() {
        #expect(trace("generous-tit-for-tat:0", against: "DDCCDC") == "CDDCCD")  // = TFT
        #expect(trace("generous-tit-for-tat:1", against: "DDCCDC") == "CCCCCC")
    }
    @Test func contriteTitForTatIsTitForTatWithoutErrors() {
        #expect(trace("contrite-tit-for-tat", against: "DDCCDCDDDC") == "CDDCCDCDDD")
    }
    @Test func contriteTitForTatAcceptsRetaliationForItsError() {
        // Its turn-3 C is flipped to D; the opponent retaliates at turn 4; CTFT does not answer.
        #expect(trace("contrite-tit-for-tat", against: "CCCDCC", errors: [2]) == "CCDCCC")
        #expect(trace("tit-for-tat", against: "CCCDCC", errors: [2]) == "CCDCDC")
    }
    @Test func contriteTitForTatStillPunishesUnprovokedDefection() {
        #expect(trace("contrite-tit-for-tat", against: "CCDCDC") == "CCCDCD")
    }
}

import Experiments
import Foundation
import Testing

@Suite struct ForecastScoreTests {
    /// Forecasts 0.9, 0.2, 0.6, 1.0 of outcomes yes, no, no, no:
    /// Brier = (0.01 + 0.04 + 0.36 + 1) / 4 = 0.3525;
    /// log = (ln 0.9 + ln 0.8 + ln 0.4 + ln 0.01) / 4 (the 1.0 clipped to 0.99, so 1 − p = 0.01)
    ///     = (−0.1053605 − 0.2231436 − 0.9162907 − 4.6051702) / 4 = −1.4624913.
    @Test func brierAndLogScoreOnAHandComputedExample() {
        let s = ForecastScore(forecasts: [0.9, 0.2, 0.6, 1.0], outcomes: [true, false, false, false])
        #expect(abs(s.brier - 0.3525) < 1e-12)
        #expect(abs(s.log - (-1.4624913)) < 1e-6)
    }

    @Test func fiftyPercentReference() {
        let s = ForecastScore(forecasts: [0.5, 0.5, 0.5], outcomes: [true, false, true])
        #expect(s.brier == 0.25)
        #expect(abs(s.log - log(0.5)) < 1e-12)
    }

    /// Bins of width 0.2; 1.0 falls in the last bin.
    @Test func reliabilityTable() {
        let bins = ForecastScore.reliability(forecasts: [0.05, 0.1, 0.9, 1.0, 0.5], outcomes: [false, true, true, true, false], bins: 5)
        #expect(bins.map(\.count) == [2, 1, 2])
        #expect(bins[0].observed == 0.5)
        #expect(abs(bins[0].meanForecast - 0.075) < 1e-12)
        #expect(bins[2].low == 0.8 && bins[2].high == 1.0 && bins[2].observed == 1)
    }
}

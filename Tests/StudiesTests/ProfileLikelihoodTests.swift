import Foundation
import Testing
@testable import Studies

/// The estimator's objective (docs/model.md §16): each episode's log-likelihood after the
/// recalibration that fits the fitted episodes best at the point.
struct ProfileLikelihoodTests {
    /// Twelve questions in two episodes, half of them yes.
    static let outcomes: [[Bool]] = [[true, false, true, false, true, false], [false, true, false, true, false, true]]
    static let none: [[Bool]] = outcomes.map { $0.map { _ in false } }

    static func total(_ values: [Double]) -> Double { values.reduce(0, +) }

    /// Shares that rank every yes above every no but are far too low score worse raw than a
    /// shrug at 50%, and better once recalibrated: the profile rewards telling yes from no.
    @Test func theProfileRewardsDiscriminationNotRawLevels() {
        let sharp = Self.outcomes.map { $0.map { $0 ? 0.05 : 0.01 } }
        let shrug = Self.outcomes.map { $0.map { _ in 0.5 } }
        let raw = { (f: [[Double]]) in Self.total(zip(f, Self.outcomes).map { logLikelihood($0, $1) }) }
        let profile = { (f: [[Double]]) in
            Self.total(profileLogLikelihoods(f, outcomes: Self.outcomes, settled: Self.none, episodes: [0, 1]))
        }
        #expect(raw(sharp) < raw(shrug))
        #expect(profile(sharp) > profile(shrug))
        // Recalibrating can only help: the identity is among the maps it chooses from.
        #expect(profile(sharp) > raw(sharp))
    }

    /// A settled answer is scored on its own forecast, not recalibrated, and is not fitted:
    /// moving it moves its episode's value by exactly the difference of the raw log scores.
    @Test func settledAnswersStayRaw() {
        let forecasts = Self.outcomes.map { $0.map { $0 ? 0.7 : 0.3 } }
        var settled = Self.none
        settled[0][0] = true
        var certain = forecasts
        certain[0][0] = 1
        let a = profileLogLikelihoods(certain, outcomes: Self.outcomes, settled: settled, episodes: [0, 1])
        let b = profileLogLikelihoods(forecasts, outcomes: Self.outcomes, settled: settled, episodes: [0, 1])
        #expect(abs((a[0] - b[0]) - (Foundation.log(0.99) - Foundation.log(0.7))) < 1e-12)
        #expect(a[1] == b[1])
        // Unsettled, the same question is recalibrated, and the difference is another.
        let c = profileLogLikelihoods(certain, outcomes: Self.outcomes, settled: Self.none, episodes: [0, 1])
        let d = profileLogLikelihoods(forecasts, outcomes: Self.outcomes, settled: Self.none, episodes: [0, 1])
        #expect(abs((c[0] - d[0]) - (Foundation.log(0.99) - Foundation.log(0.7))) > 1e-3)
    }

    /// Only the fitted episodes are read: another episode's outcomes change nothing.
    @Test func onlyTheFittedEpisodesAreRead() {
        let forecasts = Self.outcomes.map { $0.map { $0 ? 0.6 : 0.4 } }
        var flipped = Self.outcomes
        flipped[1] = flipped[1].map { !$0 }
        let a = profileLogLikelihoods(forecasts, outcomes: Self.outcomes, settled: Self.none, episodes: [0])
        let b = profileLogLikelihoods(forecasts, outcomes: flipped, settled: Self.none, episodes: [0])
        #expect(a == b)
        let both = profileLogLikelihoods(forecasts, outcomes: flipped, settled: Self.none, episodes: [0, 1])
        #expect(both[0] != a[0])
    }
}

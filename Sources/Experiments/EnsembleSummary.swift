import Diplomacy
import Randomness

/// The result of `backchannel run` (the JSON contract in docs/commands.md, `run`). Probabilities in
/// `by_week` are cumulative ("by this week"). Quantiles are exact on the runs' values
/// (nearest rank: the smallest value with at least q·N runs at or below it).
public struct EnsembleSummary: Codable, Sendable, Equatable {
    public var scenario: String
    public var scenarioHash: String
    public var seed: UInt64
    public var runs: Int
    public var weeks: Int
    public var version: String
    public var economy: String
    public var diplomacyMode: String
    public var outcomes: Outcomes
    public var dealChannel: [String: Double]
    public var weeksToEnd: Quantiles?
    public var leaks: Leaks
    public var repudiationsMean: Double
    public var audienceCostPaid: [String: Double]
    public var welfareLossCumulative: [String: Double]
    public var peakTariffPct: [String: Quantiles]
    public var process: Process
    public var byWeek: [Week]
    public var questions: [QuestionAnswer]

    /// The war after its first ending: how many agreements, truces and breakdowns a run has on
    /// average, how often one breaks down, where runs stand at the horizon.
    public struct Process: Codable, Sendable, Equatable {
        public var agreementsMean: Double
        public var trucesMean: Double
        public var breakdownsMean: Double
        public var pBreakdown: Double
        /// Breakdowns per run by what set them off (docs/model.md §15): lapse, step, bluster,
        /// shock, nationalism, spillover, violation, chance.
        public var breakdownsByTrigger: [String: Double]
        /// The week of the first joint de-escalation (a deal or a truce), among runs that had one.
        public var weeksToFirstDeal: Quantiles?
        /// P[phase at the horizon]: war, truce, deal, peace.
        public var atHorizon: [String: Double]
        enum CodingKeys: String, CodingKey {
            case agreementsMean = "agreements_mean", trucesMean = "truces_mean", breakdownsMean = "breakdowns_mean"
            case pBreakdown = "p_breakdown", breakdownsByTrigger = "breakdowns_by_trigger", weeksToFirstDeal = "weeks_to_first_deal", atHorizon = "at_horizon"
        }
    }

    public struct Outcomes: Codable, Sendable, Equatable {
        public var deal: Double
        public var capitulation: [String: Double]
        public var stalemate: Double
    }

    public struct Quantiles: Codable, Sendable, Equatable {
        public var mean: Double
        public var p10: Double
        public var p50: Double
        public var p90: Double
    }

    public struct Leaks: Codable, Sendable, Equatable {
        public var pAny: Double
        public var mean: Double
        enum CodingKeys: String, CodingKey { case pAny = "p_any", mean }
    }

    public struct Week: Codable, Sendable, Equatable {
        public var week: Int
        public var date: String
        public var pTalks: Double
        public var pFormalTalks: Double
        public var pBackchannelOpen: Double
        public var pSummit: Double
        public var pLeak: Double
        public var pDeal: Double
        public var pEnded: Double
        public var tariffPct: [String: Quantiles]
        public var welfareChangePct: [String: Double]
        public var pain: [String: Double]
        public var painCumulative: [String: Double]
        /// P[phase this week] (not cumulative): war, truce, deal, peace.
        public var phase: [String: Double]

        enum CodingKeys: String, CodingKey {
            case week, date, pain, phase
            case pTalks = "p_talks", pFormalTalks = "p_formal_talks", pBackchannelOpen = "p_backchannel_open"
            case pSummit = "p_summit", pLeak = "p_leak", pDeal = "p_deal", pEnded = "p_ended"
            case tariffPct = "tariff_pct", welfareChangePct = "welfare_change_pct", painCumulative = "pain_cumulative"
        }
    }

    /// A question's forecast. `probability` is the share of runs answering yes, kept off exactly
    /// 0 and 1 by half a run (an ensemble of n runs cannot tell p = 0 from p < 1/n) unless the
    /// scenario itself settles the answer (`settled`); `yes_runs` is the raw count.
    public struct QuestionAnswer: Codable, Sendable, Equatable {
        public var id: String
        /// The forecast: the share of runs, recalibrated when a posterior's calibration applies.
        public var probability: Double
        /// The share of runs that answered yes (kept half a run off 0 and 1 unless settled).
        public var shareOfRuns: Double
        public var yesRuns: Int
        public var settled: Bool
        public var text: String?
        enum CodingKeys: String, CodingKey { case id, probability, text, settled; case yesRuns = "yes_runs", shareOfRuns = "share_of_runs" }

        public init(id: String, probability: Double, shareOfRuns: Double, yesRuns: Int, settled: Bool, text: String?) {
            self.id = id
            self.probability = probability
            self.shareOfRuns = shareOfRuns
            self.yesRuns = yesRuns
            self.settled = settled
            self.text = text
        }

        /// Summaries stored before the recalibration have no `share_of_runs`: it was the probability.
        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            probability = try c.decode(Double.self, forKey: .probability)
            shareOfRuns = try c.decodeIfPresent(Double.self, forKey: .shareOfRuns) ?? probability
            yesRuns = try c.decode(Int.self, forKey: .yesRuns)
            settled = try c.decode(Bool.self, forKey: .settled)
            text = try c.decodeIfPresent(String.self, forKey: .text)
        }
    }

    /// The same summary with its question forecasts recalibrated (settled answers stay 0 or 1).
    public func calibrated(by calibration: LogisticCalibration?) -> EnsembleSummary {
        guard let calibration else { return self }
        var copy = self
        for k in copy.questions.indices where !copy.questions[k].settled {
            copy.questions[k].probability = calibration.apply(copy.questions[k].shareOfRuns)
        }
        return copy
    }

    enum CodingKeys: String, CodingKey {
        case scenario, seed, runs, weeks, version, economy, outcomes, leaks, questions, process
        case scenarioHash = "scenario_hash", diplomacyMode = "diplomacy_mode", dealChannel = "deal_channel"
        case weeksToEnd = "weeks_to_end", repudiationsMean = "repudiations_mean", audienceCostPaid = "audience_cost_paid"
        case welfareLossCumulative = "welfare_loss_cumulative", peakTariffPct = "peak_tariff_pct", byWeek = "by_week"
    }

    public init(scenarioName: String, scenarioHash: String, seed: Seed, setup: EngineSetup, _ acc: EnsembleAccumulator) {
        let s = setup.scenario
        let n = Double(max(1, acc.runs))
        let ids = setup.sides.map(\.id)
        func perSide(_ values: [Double]) -> [String: Double] {
            Dictionary(uniqueKeysWithValues: zip(ids, values))
        }
        scenario = scenarioName
        self.scenarioHash = scenarioHash
        self.seed = seed.value
        runs = acc.runs
        weeks = acc.weeks
        version = BackchannelVersion.current
        economy = s.economy.model.rawValue
        diplomacyMode = s.diplomacy.mode.rawValue
        outcomes = Outcomes(deal: Double(acc.deals) / n, capitulation: perSide(acc.capitulations.map { Double($0) / n }),
                            stalemate: Double(acc.stalemates) / n)
        dealChannel = Dictionary(uniqueKeysWithValues: DealChannel.allCases.map { ($0.rawValue, Double(acc.dealsByChannel[$0] ?? 0) / n) })
        var ended = ValueCounts()
        for w in 0..<acc.weeks where acc.endWeek[w] > 0 { ended.add(Double(w), count: acc.endWeek[w]) }
        weeksToEnd = Self.quantiles(ended, scale: 1)
        leaks = Leaks(pAny: Double(acc.runsWithLeak) / n, mean: Double(acc.totalLeaks) / n)
        repudiationsMean = Double(acc.repudiations) / n
        audienceCostPaid = perSide(acc.audienceCostSum.map { $0 / n })
        welfareLossCumulative = perSide(acc.welfareLossSum.map { $0 / n })
        peakTariffPct = Dictionary(uniqueKeysWithValues: (0..<2).compactMap { i in
            Self.quantiles(acc.peakTariffCounts[i], scale: 100).map { ("\(ids[i]):\(ids[1 - i])", $0) }
        })
        func phases(_ counts: [Int]) -> [String: Double] {
            Dictionary(uniqueKeysWithValues: Phase.allCases.map { ($0.rawValue, Double(counts[$0.index]) / n) })
        }
        var firstDeals = ValueCounts()
        for w in 0..<acc.weeks where acc.firstDealWeek[w] > 0 { firstDeals.add(Double(w), count: acc.firstDealWeek[w]) }
        process = Process(agreementsMean: Double(acc.agreementsTotal) / n, trucesMean: Double(acc.trucesTotal) / n,
                          breakdownsMean: Double(acc.breakdownsTotal) / n, pBreakdown: Double(acc.runsWithBreakdown) / n,
                          breakdownsByTrigger: Dictionary(uniqueKeysWithValues: BreakdownTrigger.allCases.map {
                              ($0.rawValue, Double(acc.breakdownTriggers[$0.index]) / n) }),
                          weeksToFirstDeal: Self.quantiles(firstDeals, scale: 1), atHorizon: phases(acc.finalPhase))
        var cumulative = [Int](repeating: 0, count: 7)
        byWeek = (0..<acc.weeks).map { w in
            for (k, hist) in [acc.talksWeek, acc.formalWeek, acc.backchannelWeek, acc.summitWeek, acc.leakWeek, acc.dealWeek, acc.endWeek].enumerated() {
                cumulative[k] += hist[w]
            }
            let p = cumulative.map { Double($0) / n }
            return Week(
                week: w, date: s.date(ofWeek: w).description,
                pTalks: p[0], pFormalTalks: p[1], pBackchannelOpen: p[2], pSummit: p[3], pLeak: p[4], pDeal: p[5], pEnded: p[6],
                tariffPct: Dictionary(uniqueKeysWithValues: (0..<2).compactMap { i in
                    Self.quantiles(acc.tariffCounts[i][w], scale: 100).map { ("\(ids[i]):\(ids[1 - i])", $0) }
                }),
                welfareChangePct: perSide((0..<2).map { acc.welfareSum[$0][w] / n }),
                pain: perSide((0..<2).map { acc.painSum[$0][w] / n }),
                painCumulative: perSide((0..<2).map { acc.painStockSum[$0][w] / n }),
                phase: phases(acc.phaseCounts[w]))
        }
        let settled = QuestionTracker(scenario: s).settled
        questions = s.outputs.questions.indices.map { k in
            let q = s.outputs.questions[k], yes = acc.questionYes[k]
            let p: Double
            if let answer = settled[k] {
                p = answer ? 1 : 0
            } else {
                p = min(1 - 0.5 / n, max(0.5 / n, Double(yes) / n))
            }
            return QuestionAnswer(id: q.id, probability: p, shareOfRuns: p, yesRuns: yes, settled: settled[k] != nil, text: q.text)
        }
    }

    /// Exact mean and nearest-rank quantiles of a value → count table (values sorted, so the
    /// result does not depend on the order they were met).
    static func quantiles(_ counts: ValueCounts, scale: Double) -> Quantiles? {
        let sorted = counts.sorted.map { ($0.value, $0.count) }
        let total = sorted.reduce(0) { $0 + $1.1 }
        guard total > 0 else { return nil }
        var sum = 0.0
        for (value, count) in sorted { sum += value * Double(count) }
        func rank(_ q: Double) -> Double {
            let need = max(1, Int((q * Double(total)).rounded(.up)))
            var seen = 0
            for (value, count) in sorted {
                seen += count
                if seen >= need { return value }
            }
            return sorted.last!.0
        }
        return Quantiles(mean: scale * sum / Double(total), p10: scale * rank(0.1), p50: scale * rank(0.5), p90: scale * rank(0.9))
    }
}

/// Decoding in an extension keeps the memberwise initialiser.
extension EnsembleSummary.Process {
    /// Summaries stored before breakdowns had triggers read with none.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        agreementsMean = try c.decode(Double.self, forKey: .agreementsMean)
        trucesMean = try c.decode(Double.self, forKey: .trucesMean)
        breakdownsMean = try c.decode(Double.self, forKey: .breakdownsMean)
        pBreakdown = try c.decode(Double.self, forKey: .pBreakdown)
        breakdownsByTrigger = try c.decodeIfPresent([String: Double].self, forKey: .breakdownsByTrigger) ?? [:]
        weeksToFirstDeal = try c.decodeIfPresent(EnsembleSummary.Quantiles.self, forKey: .weeksToFirstDeal)
        atHorizon = try c.decode([String: Double].self, forKey: .atHorizon)
    }
}

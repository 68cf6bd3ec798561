import Diplomacy

/// Collects, for one block of runs, everything the ensemble summary needs. Integer counts
/// merge in any order; floating sums are merged in block order, so the result is identical
/// for any thread count.
public struct EnsembleAccumulator: Sendable {
    public let weeks: Int
    public private(set) var runs = 0
    /// Runs whose milestone happened in week w (index `weeks` = never), per milestone.
    var talksWeek: [Int], formalWeek: [Int], backchannelWeek: [Int], summitWeek: [Int], leakWeek: [Int], dealWeek: [Int]
    var endWeek: [Int]
    /// Per side and week: exact counts of each tariff level.
    var tariffCounts: [[ValueCounts]]
    /// Per week and side: sums of welfare change, pain and cumulative pain.
    var welfareSum: [[Double]], painSum: [[Double]], painStockSum: [[Double]]
    var deals = 0, capitulations = [0, 0], stalemates = 0
    var dealsByChannel: [DealChannel: Int] = [:]
    var runsWithLeak = 0, totalLeaks = 0, repudiations = 0
    var audienceCostSum = [0.0, 0.0]
    var welfareLossSum = [0.0, 0.0]
    var peakTariffCounts = [ValueCounts(), ValueCounts()]
    /// Per week: runs in each phase (`Phase.allCases` order).
    var phaseCounts: [[Int]]
    /// Runs' totals of agreements, truces and breakdowns; runs with any breakdown; runs in each
    /// phase at the horizon; the week of the first joint de-escalation (index `weeks` = never).
    var agreementsTotal = 0, trucesTotal = 0, breakdownsTotal = 0, runsWithBreakdown = 0
    /// Breakdowns by what set them off (``BreakdownTrigger`` order).
    var breakdownTriggers = [Int](repeating: 0, count: BreakdownTrigger.allCases.count)
    var finalPhase = [Int](repeating: 0, count: Phase.allCases.count)
    var firstDealWeek: [Int]
    /// Yes answers per forecast question.
    var questionYes: [Int]

    public init(weeks: Int, questions: Int) {
        self.weeks = weeks
        let never = [Int](repeating: 0, count: weeks + 1)
        talksWeek = never; formalWeek = never; backchannelWeek = never; summitWeek = never; leakWeek = never
        dealWeek = never; endWeek = never; firstDealWeek = never
        phaseCounts = [[Int]](repeating: [Int](repeating: 0, count: Phase.allCases.count), count: weeks)
        tariffCounts = [[ValueCounts]](repeating: [ValueCounts](repeating: ValueCounts(), count: weeks), count: 2)
        welfareSum = [[Double]](repeating: [Double](repeating: 0, count: weeks), count: 2)
        painSum = welfareSum
        painStockSum = welfareSum
        questionYes = [Int](repeating: 0, count: questions)
    }

    /// Records week `w` of a run (after its step).
    mutating func recordWeek(_ w: Int, _ sides: [SideState], phase: Phase) {
        phaseCounts[w][phase.index] += 1
        for i in 0..<2 {
            let side = sides[i]
            tariffCounts[i][w].add(side.tariff)
            welfareSum[i][w] += side.welfareChange
            painSum[i][w] += side.pain
            painStockSum[i][w] += side.painStock
        }
    }

    /// Records the end of a run.
    mutating func recordRun(_ outcome: RunOutcome, answers: [Bool]) {
        runs += 1
        let m = outcome.milestones
        func slot(_ week: Int?) -> Int { week.map { min($0, weeks) } ?? weeks }
        talksWeek[slot(m.talks)] += 1
        formalWeek[slot(m.formalTalks)] += 1
        backchannelWeek[slot(m.backchannelOpen)] += 1
        summitWeek[slot(m.summit)] += 1
        leakWeek[slot(m.leak)] += 1
        endWeek[slot(m.end)] += 1
        switch outcome.ending {
        case let .deal(channel)?:
            deals += 1
            dealsByChannel[channel, default: 0] += 1
            dealWeek[slot(m.end)] += 1
        case let .capitulation(by)?:
            capitulations[by] += 1
            dealWeek[weeks] += 1
        case nil:
            stalemates += 1
            dealWeek[weeks] += 1
        }
        firstDealWeek[slot(m.firstDeal)] += 1
        agreementsTotal += outcome.agreements
        trucesTotal += outcome.truces
        breakdownsTotal += outcome.breakdowns
        if outcome.breakdowns > 0 { runsWithBreakdown += 1 }
        for k in breakdownTriggers.indices { breakdownTriggers[k] += outcome.breakdownsByTrigger[k] }
        finalPhase[outcome.finalPhase.index] += 1
        if outcome.leaks > 0 { runsWithLeak += 1 }
        totalLeaks += outcome.leaks
        repudiations += outcome.repudiations
        for i in 0..<2 {
            audienceCostSum[i] += outcome.audienceCostPaid[i]
            welfareLossSum[i] += outcome.cumulativeWelfareLoss[i]
            peakTariffCounts[i].add(outcome.peakTariffs[i])
        }
        for (q, yes) in answers.enumerated() where yes { questionYes[q] += 1 }
    }

    /// Adds a later block (call in block order).
    public mutating func merge(_ b: EnsembleAccumulator) {
        precondition(b.weeks == weeks)
        runs += b.runs
        func add(_ x: inout [Int], _ y: [Int]) { for k in x.indices { x[k] += y[k] } }
        add(&talksWeek, b.talksWeek); add(&formalWeek, b.formalWeek); add(&backchannelWeek, b.backchannelWeek)
        add(&summitWeek, b.summitWeek); add(&leakWeek, b.leakWeek); add(&dealWeek, b.dealWeek); add(&endWeek, b.endWeek)
        add(&firstDealWeek, b.firstDealWeek); add(&finalPhase, b.finalPhase); add(&breakdownTriggers, b.breakdownTriggers)
        for w in 0..<weeks { add(&phaseCounts[w], b.phaseCounts[w]) }
        agreementsTotal += b.agreementsTotal
        trucesTotal += b.trucesTotal
        breakdownsTotal += b.breakdownsTotal
        runsWithBreakdown += b.runsWithBreakdown
        for i in 0..<2 {
            for w in 0..<weeks {
                tariffCounts[i][w].merge(b.tariffCounts[i][w])
                welfareSum[i][w] += b.welfareSum[i][w]
                painSum[i][w] += b.painSum[i][w]
                painStockSum[i][w] += b.painStockSum[i][w]
            }
            capitulations[i] += b.capitulations[i]
            audienceCostSum[i] += b.audienceCostSum[i]
            welfareLossSum[i] += b.welfareLossSum[i]
            peakTariffCounts[i].merge(b.peakTariffCounts[i])
        }
        deals += b.deals
        stalemates += b.stalemates
        dealsByChannel.merge(b.dealsByChannel, uniquingKeysWith: +)
        runsWithLeak += b.runsWithLeak
        totalLeaks += b.totalLeaks
        repudiations += b.repudiations
        add(&questionYes, b.questionYes)
    }
}

extension Phase {
    /// Position in `Phase.allCases`.
    var index: Int {
        switch self {
        case .war: return 0
        case .truce: return 1
        case .deal: return 2
        case .peace: return 3
        }
    }
}

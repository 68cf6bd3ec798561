extension Simulation {
    /// Step 3 (ENGINE §3.2): constituency stances move with pain and nationalism; a
    /// probabilistic Condorcet election over {0, sq/2, sq, sq+Δ} gives pressure Q and
    /// opposition O; the same contest of deal against status quo gives ratifiability.
    mutating func updatePolitics() {
        for i in 0..<2 {
            let s = setup.sides[i]
            let span = max(1e-12, setup.maxTariff - s.baselineTariff)
            let sq = min(100, max(0, 100 * (sides[i].tariff - s.baselineTariff) / span))
            let deal = sq * (1 - setup.parameters.audience.dealCut)
            var stances: [Double] = []
            stances.reserveCapacity(s.constituencies.count)
            for k in s.constituencies {
                let stock: Double
                switch k.exposedTo {
                case .economy: stock = sides[i].painStock
                case .exports: stock = sides[i].painStock + sides[i].exportPainStock
                case .imports: stock = sides[i].painStock + sides[i].importPainStock
                }
                stances.append(min(100, max(0, k.stance - k.pain * stock + k.nationalism * sides[i].nationalism)))
            }
            let options = [0, sq / 2, sq, min(100, sq + setup.parameters.politics.escalationOption)]
            let election = CondorcetElection(constituencies: s.constituencies, stances: stances, options: options)
            sides[i].pressure = election.probability[0] + election.probability[1]
            sides[i].opposition = election.prefer(2, over: 0)
            sides[i].dealSupport = CondorcetElection.prefer(deal, over: sq, constituencies: s.constituencies, stances: stances)
        }
    }
}

/// KTAB's probabilistic Condorcet election (ENGINE §3.2, THEORY §14).
struct CondorcetElection {
    let probability: [Double]
    private let pairwise: [[Double]]

    init(constituencies: [Constituency], stances: [Double], options: [Double]) {
        let n = options.count
        var p = [[Double]](repeating: [Double](repeating: 0.5, count: n), count: n)
        for a in 0..<n {
            for b in 0..<n where a != b {
                p[a][b] = Self.prefer(options[a], over: options[b], constituencies: constituencies, stances: stances)
            }
        }
        var weights = (0..<n).map { a in (0..<n).reduce(1.0) { a == $1 ? $0 : $0 * p[a][$1] } }
        let total = weights.reduce(0, +)
        if total > 0 { weights = weights.map { $0 / total } } else { weights = [Double](repeating: 1 / Double(n), count: n) }
        probability = weights
        pairwise = p
    }

    func prefer(_ a: Int, over b: Int) -> Double { pairwise[a][b] }

    /// P[a ≻ b] = S[a:b] / (S[a:b] + S[b:a]) with S[a:b] = Σ_k (c_k s_k (u_k(a) − u_k(b)))⁺.
    static func prefer(_ a: Double, over b: Double, constituencies: [Constituency], stances: [Double]) -> Double {
        var forA = 0.0, forB = 0.0
        for (k, c) in constituencies.enumerated() {
            let v = c.capability * c.salience * ((1 - abs(stances[k] - a) / 100) - (1 - abs(stances[k] - b) / 100))
            if v > 0 { forA += v } else { forB -= v }
        }
        return forA + forB > 0 ? forA / (forA + forB) : 0.5
    }
}

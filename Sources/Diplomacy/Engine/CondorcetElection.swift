/// KTAB's probabilistic Condorcet election (docs/model.md §3).
struct CondorcetElection {
    let probability: [Double]
    private let pairwise: [[Double]]

    /// Q = p(0) + p(sq/2), O = P[sq ≻ 0] and P[deal ≻ sq] for one side this week, with stances
    /// x_k = clip(x_k0 − β_k·Π_k + η_k·N, 0, 100). Allocation-free: it runs twice a week per run.
    static func evaluate(constituencies: [Constituency], stocks: (economy: Double, exports: Double, imports: Double),
                         nationalism: Double, statusQuo sq: Double, escalation: Double, deal: Double)
        -> (pressure: Double, opposition: Double, dealSupport: Double) {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: constituencies.count) { stances in
            for (k, c) in constituencies.enumerated() {
                let stock: Double
                switch c.exposedTo {
                case .economy: stock = stocks.economy
                case .exports: stock = stocks.exports
                case .imports: stock = stocks.imports
                }
                stances[k] = min(100, max(0, c.stance - c.pain * stock + c.nationalism * nationalism))
            }
            let stancesView = UnsafeBufferPointer(stances)
            let options = (0.0, sq / 2, sq, min(100, sq + escalation))
            func option(_ a: Int) -> Double {
                switch a { case 0: return options.0; case 1: return options.1; case 2: return options.2; default: return options.3 }
            }
            // p(a) ∝ Π_{b≠a} P[a≻b]. Each pair is summed once: the sums for b over a are those for
            // a over b swapped (every term changes sign exactly), so both orders are bit-identical
            // to summing them apart.
            var p = (0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5)
            func set(_ a: Int, _ b: Int, _ v: Double) {
                switch a * 4 + b {
                case 1: p.0 = v; case 2: p.1 = v; case 3: p.2 = v
                case 4: p.3 = v; case 6: p.4 = v; case 7: p.5 = v
                case 8: p.6 = v; case 9: p.7 = v; case 11: p.8 = v
                case 12: p.9 = v; case 13: p.10 = v; default: p.11 = v
                }
            }
            func get(_ a: Int, _ b: Int) -> Double {
                switch a * 4 + b {
                case 1: return p.0; case 2: return p.1; case 3: return p.2
                case 4: return p.3; case 6: return p.4; case 7: return p.5
                case 8: return p.6; case 9: return p.7; case 11: return p.8
                case 12: return p.9; case 13: return p.10; default: return p.11
                }
            }
            for a in 0..<4 {
                for b in (a + 1)..<4 {
                    let (forA, forB) = sums(option(a), over: option(b), constituencies: constituencies, stances: stancesView)
                    set(a, b, forA + forB > 0 ? forA / (forA + forB) : 0.5)
                    set(b, a, forB + forA > 0 ? forB / (forB + forA) : 0.5)
                }
            }
            var weights = (1.0, 1.0, 1.0, 1.0)
            for a in 0..<4 {
                var product = 1.0
                for b in 0..<4 where a != b { product *= get(a, b) }
                switch a { case 0: weights.0 = product; case 1: weights.1 = product; case 2: weights.2 = product; default: weights.3 = product }
            }
            let total = weights.0 + weights.1 + weights.2 + weights.3
            let pressure = total > 0 ? (weights.0 + weights.1) / total : 0.5
            let opposition = get(2, 0)
            let support = prefer(deal, over: sq, constituencies: constituencies, stances: stancesView)
            return (pressure, opposition, support)
        }
    }

    /// P[a ≻ b] = S[a:b] / (S[a:b] + S[b:a]) with S[a:b] = Σ_k (c_k s_k (u_k(a) − u_k(b)))⁺.
    static func prefer(_ a: Double, over b: Double, constituencies: [Constituency], stances: UnsafeBufferPointer<Double>) -> Double {
        let (forA, forB) = sums(a, over: b, constituencies: constituencies, stances: stances)
        return forA + forB > 0 ? forA / (forA + forB) : 0.5
    }

    /// (S[a:b], S[b:a]).
    @inline(__always)
    static func sums(_ a: Double, over b: Double, constituencies: [Constituency], stances: UnsafeBufferPointer<Double>) -> (Double, Double) {
        var forA = 0.0, forB = 0.0
        for (k, c) in constituencies.enumerated() {
            let v = c.capability * c.salience * ((1 - abs(stances[k] - a) / 100) - (1 - abs(stances[k] - b) / 100))
            if v > 0 { forA += v } else { forB -= v }
        }
        return (forA, forB)
    }

    /// The full election over any options (for inspection and tests; the engine uses
    /// `evaluate`, which computes the same quantities without allocating).
    init(constituencies: [Constituency], stances: [Double], options: [Double]) {
        let n = options.count
        var p = [[Double]](repeating: [Double](repeating: 0.5, count: n), count: n)
        stances.withUnsafeBufferPointer { view in
            for a in 0..<n {
                for b in 0..<n where a != b {
                    p[a][b] = Self.prefer(options[a], over: options[b], constituencies: constituencies, stances: view)
                }
            }
        }
        var weights = (0..<n).map { a in (0..<n).reduce(1.0) { a == $1 ? $0 : $0 * p[a][$1] } }
        let total = weights.reduce(0, +)
        if total > 0 { weights = weights.map { $0 / total } } else { weights = [Double](repeating: 1 / Double(n), count: n) }
        probability = weights
        pairwise = p
    }

    func prefer(_ a: Int, over b: Int) -> Double { pairwise[a][b] }
}

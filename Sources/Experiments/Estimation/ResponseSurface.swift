/// A full quadratic response surface on the unit cube [0, 1]^k, fitted by least squares:
/// y ≈ b0 + Σ b_i x_i + Σ_{i≤j} b_ij x_i x_j. Coefficients are linear in the outputs, so the
/// surface of a sum of outputs is the sum of their surfaces: each episode's log-likelihood is
/// fitted once and any weighted sum of episodes (a fold, an episode's weight) is a sum of
/// coefficient vectors.
public struct ResponseSurface: Sendable, Equatable {
    public let factors: Int
    public var coefficients: [Double]

    /// Number of coefficients of a quadratic in k variables.
    public static func terms(_ k: Int) -> Int { 1 + k + k * (k + 1) / 2 }

    /// The regressors of x: 1, x_i, then x_i·x_j for i ≤ j.
    public static func basis(_ x: [Double]) -> [Double] {
        var b = [1.0] + x
        for i in x.indices { for j in i..<x.count { b.append(x[i] * x[j]) } }
        return b
    }

    public init(factors: Int, coefficients: [Double]) {
        precondition(coefficients.count == Self.terms(factors))
        self.factors = factors
        self.coefficients = coefficients
    }

    /// Least squares of `outputs` at `points` (a tiny ridge keeps a thin design solvable).
    public init(points: [[Double]], outputs: [Double]) {
        precondition(points.count == outputs.count && !points.isEmpty)
        let k = points[0].count, m = Self.terms(k)
        var a = [[Double]](repeating: [Double](repeating: 0, count: m), count: m)
        var rhs = [Double](repeating: 0, count: m)
        for (x, y) in zip(points, outputs) {
            let b = Self.basis(x)
            for r in 0..<m {
                rhs[r] += b[r] * y
                for c in 0..<m { a[r][c] += b[r] * b[c] }
            }
        }
        for r in 1..<m { a[r][r] += 1e-9 * Double(points.count) }
        self.init(factors: k, coefficients: Self.solve(a, rhs))
    }

    /// The log-density of independent normal priors (up to a constant): −½ Σ ((x_i − c_i)/w)².
    public static func gaussianPrior(centre c: [Double], width w: Double) -> ResponseSurface {
        let k = c.count
        var coefficients = [Double](repeating: 0, count: terms(k))
        var quadratic = 1 + k
        for i in 0..<k {
            coefficients[0] -= c[i] * c[i] / (2 * w * w)
            coefficients[1 + i] += c[i] / (w * w)
            coefficients[quadratic] -= 1 / (2 * w * w)  // the x_i·x_i term comes first among i's pairs
            quadratic += k - i
        }
        return ResponseSurface(factors: k, coefficients: coefficients)
    }

    public func value(_ x: [Double]) -> Double {
        zip(Self.basis(x), coefficients).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// ∇ at x.
    public func gradient(_ x: [Double]) -> [Double] {
        var g = Array(coefficients[1...factors])
        var t = 1 + factors
        for i in 0..<factors {
            for j in i..<factors {
                if i == j { g[i] += 2 * coefficients[t] * x[i] } else { g[i] += coefficients[t] * x[j]; g[j] += coefficients[t] * x[i] }
                t += 1
            }
        }
        return g
    }

    /// ∇² (constant for a quadratic).
    public var hessian: [[Double]] {
        var h = [[Double]](repeating: [Double](repeating: 0, count: factors), count: factors)
        var t = 1 + factors
        for i in 0..<factors {
            for j in i..<factors {
                if i == j { h[i][i] = 2 * coefficients[t] } else { h[i][j] = coefficients[t]; h[j][i] = coefficients[t] }
                t += 1
            }
        }
        return h
    }

    public static func + (a: ResponseSurface, b: ResponseSurface) -> ResponseSurface {
        ResponseSurface(factors: a.factors, coefficients: zip(a.coefficients, b.coefficients).map(+))
    }

    public func scaled(_ w: Double) -> ResponseSurface {
        ResponseSurface(factors: factors, coefficients: coefficients.map { $0 * w })
    }

    /// The point of the cube where the surface is highest: the best node of a grid with
    /// `resolution` steps per axis, then coordinate refinement by halving steps (a quadratic
    /// on a box has no other local trap along an axis). Ties go to the first node, so the
    /// result is deterministic.
    public func maximum(resolution: Int = 8, in box: Box? = nil) -> [Double] {
        let k = factors
        let box = box ?? Box(lower: [Double](repeating: 0, count: k), upper: [Double](repeating: 1, count: k))
        var best = box.centre, bestValue = -Double.infinity
        var index = [Int](repeating: 0, count: k)
        let nodes = Int(pow(Double(resolution + 1), Double(k)))
        for _ in 0..<nodes {
            let x = box.point(index.map { Double($0) / Double(resolution) })
            let v = value(x)
            if v > bestValue { bestValue = v; best = x }
            for d in 0..<k {
                index[d] += 1
                if index[d] <= resolution { break }
                index[d] = 0
            }
        }
        var step = 1.0 / Double(resolution)
        for _ in 0..<30 {
            step /= 2
            var improved = true
            while improved {
                improved = false
                for d in 0..<k {
                    for s in [-step, step] {
                        var x = best
                        x[d] = min(box.upper[d], max(box.lower[d], x[d] + s * (box.upper[d] - box.lower[d])))
                        let v = value(x)
                        if v > bestValue + 1e-15 { bestValue = v; best = x; improved = true }
                    }
                }
            }
        }
        return best
    }

    /// A box inside the unit cube.
    public struct Box: Sendable, Equatable {
        public var lower: [Double]
        public var upper: [Double]
        public init(lower: [Double], upper: [Double]) {
            self.lower = lower
            self.upper = upper
        }
        /// The box of half-width h around x, cut to the unit cube.
        public init(around x: [Double], halfWidth h: Double) {
            lower = x.map { max(0, $0 - h) }
            upper = x.map { min(1, $0 + h) }
        }
        public var centre: [Double] { zip(lower, upper).map { ($0 + $1) / 2 } }
        /// x ∈ [0, 1]^k mapped into the box.
        public func point(_ x: [Double]) -> [Double] { (0..<x.count).map { lower[$0] + x[$0] * (upper[$0] - lower[$0]) } }
    }

    /// Solves a·x = b by Gaussian elimination with partial pivoting (m is small: ≤ 45 here).
    static func solve(_ a: [[Double]], _ b: [Double]) -> [Double] {
        var a = a, b = b
        let n = b.count
        for col in 0..<n {
            let pivot = (col..<n).max { abs(a[$0][col]) < abs(a[$1][col]) }!
            a.swapAt(col, pivot)
            b.swapAt(col, pivot)
            let p = a[col][col]
            guard abs(p) > 1e-300 else { continue }
            for r in (col + 1)..<n {
                let f = a[r][col] / p
                if f == 0 { continue }
                for c in col..<n { a[r][c] -= f * a[col][c] }
                b[r] -= f * b[col]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for r in stride(from: n - 1, through: 0, by: -1) {
            var s = b[r]
            for c in (r + 1)..<n { s -= a[r][c] * x[c] }
            x[r] = abs(a[r][r]) > 1e-300 ? s / a[r][r] : 0
        }
        return x
    }
}

import Foundation

/// Dense linear solves written out by hand on flat row-major storage (no LAPACK in the core).
enum LinearSolve {
    /// Solves `A·x = b` in place by Gaussian elimination with partial pivoting: `a` (n×n,
    /// row-major) is destroyed and `b` is overwritten with `x`. Returns false if the matrix is
    /// singular to working precision (a pivot below `n·ulp·1e-3` of the largest diagonal or
    /// last-row entry, the scale of the hat-algebra Jacobians) or holds non-finite values.
    /// Allocates nothing.
    static func solveInPlace(_ a: UnsafeMutablePointer<Double>, _ b: UnsafeMutablePointer<Double>, n: Int) -> Bool {
        var scale = 0.0
        for k in 0..<n {
            scale = max(scale, abs(a[k * n + k]), abs(a[(n - 1) * n + k]))
        }
        guard scale.isFinite, scale > 0 else { return false }
        let tiny = scale * Double.ulpOfOne * Double(n) * 1e-3
        for k in 0..<n {
            // pivot: the largest |a[i][k]| for i >= k
            var p = k
            var best = abs(a[k * n + k])
            for i in (k + 1)..<n {
                let v = abs(a[i * n + k])
                if v > best { best = v; p = i }
            }
            guard best > tiny, best.isFinite else { return false }
            if p != k {
                let rk = a + k * n, rp = a + p * n
                for c in k..<n { let tmp = rk[c]; rk[c] = rp[c]; rp[c] = tmp }
                let tb = b[k]; b[k] = b[p]; b[p] = tb
            }
            let rowK = UnsafeMutableBufferPointer(start: a + k * n, count: n)
            let inv = 1.0 / rowK[k]
            let bk = b[k]
            for i in (k + 1)..<n {
                let rowI = UnsafeMutableBufferPointer(start: a + i * n, count: n)
                let f = rowI[k] * inv
                if f != 0 {
                    for c in (k + 1)..<n { rowI[c] -= f * rowK[c] }
                    b[i] -= f * bk
                }
            }
        }
        for k in stride(from: n - 1, through: 0, by: -1) {
            let row = a + k * n
            var s = b[k]
            for c in (k + 1)..<n { s -= row[c] * b[c] }
            b[k] = s / row[k]
            if !b[k].isFinite { return false }
        }
        return true
    }
}

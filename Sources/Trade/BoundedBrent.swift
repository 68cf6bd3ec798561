/// Bounded Brent minimisation of a scalar function: golden-section steps with parabolic
/// interpolation, the algorithm of SciPy's `minimize_scalar(method="bounded")` (`fminbound`),
/// transcribed so that results match the reference implementation step for step.
enum BoundedBrent {
    struct Result { var x: Double; var fx: Double; var evaluations: Int }

    static func minimize(
        lower: Double, upper: Double, xatol: Double = 1e-5, maxEvaluations: Int = 500,
        _ f: (Double) throws -> Double
    ) rethrows -> Result {
        let sqrtEps = (2.2e-16).squareRoot()
        let goldenMean = 0.5 * (3.0 - 5.0.squareRoot())
        var a = lower, b = upper
        var fulc = a + goldenMean * (b - a)
        var nfc = fulc, xf = fulc
        var rat = 0.0, e = 0.0
        var x = xf
        var fx = try f(x)
        var num = 1
        var fu = Double.infinity
        var ffulc = fx, fnfc = fx
        var xm = 0.5 * (a + b)
        var tol1 = sqrtEps * abs(xf) + xatol / 3.0
        var tol2 = 2.0 * tol1
        func sign(_ v: Double) -> Double { v > 0 ? 1 : (v < 0 ? -1 : 0) }

        while abs(xf - xm) > (tol2 - 0.5 * (b - a)) {
            var golden = true
            if abs(e) > tol1 {
                golden = false
                var r = (xf - nfc) * (fx - ffulc)
                var q = (xf - fulc) * (fx - fnfc)
                var p = (xf - fulc) * q - (xf - nfc) * r
                q = 2.0 * (q - r)
                if q > 0 { p = -p }
                q = abs(q)
                r = e
                e = rat
                if abs(p) < abs(0.5 * q * r) && p > q * (a - xf) && p < q * (b - xf) {
                    rat = (p + 0.0) / q
                    x = xf + rat
                    if (x - a) < tol2 || (b - x) < tol2 {
                        let si = sign(xm - xf) + ((xm - xf) == 0 ? 1 : 0)
                        rat = tol1 * si
                    }
                } else {
                    golden = true
                }
            }
            if golden {
                e = xf >= xm ? a - xf : b - xf
                rat = goldenMean * e
            }
            let si = sign(rat) + (rat == 0 ? 1 : 0)
            x = xf + si * max(abs(rat), tol1)
            fu = try f(x)
            num += 1
            if fu <= fx {
                if x >= xf { a = xf } else { b = xf }
                fulc = nfc; ffulc = fnfc
                nfc = xf; fnfc = fx
                xf = x; fx = fu
            } else {
                if x < xf { a = x } else { b = x }
                if fu <= fnfc || nfc == xf {
                    fulc = nfc; ffulc = fnfc
                    nfc = x; fnfc = fu
                } else if fu <= ffulc || fulc == xf || fulc == nfc {
                    fulc = x; ffulc = fu
                }
            }
            xm = 0.5 * (a + b)
            tol1 = sqrtEps * abs(xf) + xatol / 3.0
            tol2 = 2.0 * tol1
            if num >= maxEvaluations { break }
        }
        return Result(x: xf, fx: fx, evaluations: num)
    }
}

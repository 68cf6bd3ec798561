import RealModule

/// One damped tâtonnement step of the fixed-point solver (docs/model.md §10.5, after Alvarez &
/// Lucas): ŵ_i ← ŵ_i (demand_i / (ŵ_i Y_i))^κ, done in log wages, then the common shift that
/// restores the normalisation Σ Y_i ŵ_i = Σ Y_i. Shared by the one- and multi-sector solvers.
enum Tatonnement {
    static func step(logWages x: UnsafeMutableBufferPointer<Double>, wages w: UnsafeBufferPointer<Double>,
                     demand: UnsafeBufferPointer<Double>, output y: UnsafeBufferPointer<Double>,
                     damping kappa: Double, worldOutput sumY: Double) {
        var sw = 0.0
        for i in x.indices {
            x[i] += kappa * Double.log(demand[i] / (w[i] * y[i]))
            sw += y[i] * Double.exp(x[i])
        }
        let shift = Double.log(sumY / sw)
        for i in x.indices { x[i] += shift }
    }
}

/// Everything that can be wrong with the input of the trade model, or with a solve.
///
/// Messages name the region (or index) and the offending value, so that the CLI can print them
/// as they are. `notConverged` is the only case that is not the user's fault (exit code 70).
public enum TradeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The flow matrix is not N×N for the N regions given.
    case notSquare(rows: Int, columns: Int)
    /// The region list does not match the size of a matrix or vector.
    case sizeMismatch(what: String, expected: Int, found: Int)
    /// Fewer than two regions, or a duplicated / empty region name.
    case invalidRegions(String)
    /// A flow is negative or not finite.
    case invalidFlow(exporter: String, importer: String, value: Double)
    /// A region sells nothing (zero output) or buys nothing (zero expenditure).
    case degenerateRegion(region: String, reason: String)
    /// A region name that is not in the calibration.
    case unknownRegion(String)
    /// A tariff that is negative, not finite, or on a region's own goods.
    case invalidTariff(importer: String, exporter: String, value: Double, reason: String)
    /// A trade-cost change that is not positive and finite.
    case invalidTradeCost(exporter: String, importer: String, value: Double)
    /// The trade elasticity must be in `TradeWorld.elasticityRange`.
    case invalidElasticity(Double)
    /// Given or counterfactual deficits that do not fit the flows (or do not sum to zero).
    case inconsistentDeficits(String)
    /// A multi-sector input with the wrong shape.
    case invalidSectors(String)
    /// The solver stopped without meeting the tolerance (after Newton and the fixed point).
    case notConverged(residual: Double, iterations: Int)
    /// With deficits fixed in levels there is no equilibrium: the tariffs shrink trade so much
    /// that `region` cannot pay its fixed surplus (`−deficit`) out of its whole income.
    case deficitsNotFinanceable(region: String, deficit: Double)
    /// The Gauss–Seidel iteration for Nash tariffs did not settle.
    case nashNotConverged(change: Double, rounds: Int)
    /// The solver met its tolerance but a result is not finite and positive (never printed).
    case nonFiniteSolution(String)

    /// True for failures of the numerics rather than of the input (CLI exit code 70).
    public var isNonConvergence: Bool {
        switch self {
        case .notConverged, .nashNotConverged, .nonFiniteSolution: return true
        default: return false
        }
    }

    public var description: String {
        switch self {
        case let .notSquare(rows, columns):
            return "flow matrix is not square: \(rows) rows and \(columns) columns"
        case let .sizeMismatch(what, expected, found):
            return "\(what): expected \(expected) entries (one per region), found \(found)"
        case let .invalidRegions(reason):
            return "regions: \(reason)"
        case let .invalidFlow(exporter, importer, value):
            let kind = value.isFinite ? "negative" : "non-finite"
            return "flow \(exporter)->\(importer): \(kind) value \(value)"
        case let .degenerateRegion(region, reason):
            return "region \(region): \(reason)"
        case let .unknownRegion(name):
            return "unknown region \"\(name)\""
        case let .invalidTariff(importer, exporter, value, reason):
            return "tariff \(importer):\(exporter) (imposed by \(importer) on goods from \(exporter)) = \(value): \(reason)"
        case let .invalidTradeCost(exporter, importer, value):
            return "trade-cost change \(exporter)->\(importer) = \(value): must be positive and finite"
        case let .invalidElasticity(value):
            let r = TradeWorld.elasticityRange
            func plain(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v) }
            return "elasticity \(value): must be in [\(plain(r.lowerBound)), \(plain(r.upperBound))] "
                + "(the range where the solver is tested to give finite, accurate equilibria)"
        case let .inconsistentDeficits(reason):
            return "inconsistent deficits: \(reason)"
        case let .invalidSectors(reason):
            return "sectors: \(reason)"
        case let .notConverged(residual, iterations):
            return "solver did not converge: residual \(residual) after \(iterations) iterations (tolerance 1e-12)"
        case let .deficitsNotFinanceable(region, deficit):
            return "inconsistent deficits: no equilibrium keeps the deficits fixed in levels under these tariffs: "
                + "\(region)'s whole income cannot cover its fixed trade surplus of \(-deficit) (its expenditure "
                + "ŵY + D′ would reach zero); lower the tariffs or use purged deficits"
        case let .nonFiniteSolution(what):
            return "the solution is not finite (\(what)): the model broke down for these inputs; nothing was printed"
        case let .nashNotConverged(change, rounds):
            return "Nash iteration did not converge: tariffs still changed by \(change) after \(rounds) rounds (tolerance 1e-6)"
        }
    }
}

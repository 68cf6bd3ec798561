import Reports
import Trade
import TradeData

/// `trade`: one tariff counterfactual of the Armington model (exact hat algebra), optionally
/// a best-response tariff and the Nash tariffs of a pair.
public struct TradeStudy: Sendable {
    /// `importer` imposes `percent` % on goods from `exporter` (a level, not an increment).
    public struct Setting: Sendable {
        public var importer: String
        public var exporter: String
        public var percent: Double
        public init(importer: String, exporter: String, percent: Double) {
            self.importer = importer
            self.exporter = exporter
            self.percent = percent
        }
    }

    public var calibration: String
    public var tariffs: [Setting]
    /// nil: the calibration's default, else 4.
    public var elasticity: Double?
    public var deficits: DeficitTreatment
    /// (importer, exporter)
    public var bestResponse: (String, String)?
    /// (a, b)
    public var nash: (String, String)?

    public init(calibration: String, tariffs: [Setting], elasticity: Double?, deficits: DeficitTreatment,
                bestResponse: (String, String)?, nash: (String, String)?) {
        self.calibration = calibration
        self.tariffs = tariffs
        self.elasticity = elasticity
        self.deficits = deficits
        self.bestResponse = bestResponse
        self.nash = nash
    }

    /// Bad calibrations, regions and tariffs are `BadInput`; no convergence is an `InternalFailure`.
    public func run() throws -> TradeReport {
        do {
            return try report()
        } catch let error as TradeDataError {
            throw error.underlying?.isNonConvergence == true ? InternalFailure(error.description) as Error : BadInput(error.description)
        } catch let error as TradeError {
            throw error.isNonConvergence ? InternalFailure(error.description) as Error : BadInput(error.description)
        }
    }

    func report() throws -> TradeReport {
        let calib = try CalibrationLoader.resolve(calibration)
        let world = try TradeWorld(baseline: calib.baseline, elasticity: elasticity ?? calib.defaultElasticity ?? 4, deficits: deficits)
        let t = try world.tariffs(setting: tariffs.map { ($0.importer, $0.exporter, $0.percent / 100) })
        var report = TradeReport(calibration: calib.name, world: world, counterfactual: try world.solve(tariffs: t),
                                 setTariffs: tariffs.map { ($0.importer, $0.exporter) })
        if let (imp, exp) = bestResponse {
            report.bestResponse = try world.bestResponse(importer: world.index(of: imp), exporter: world.index(of: exp), tariffs: t)
        }
        if let (a, b) = nash {
            report.nash = try world.nashTariffs(world.index(of: a), world.index(of: b), tariffs: t)
        }
        return report
    }
}

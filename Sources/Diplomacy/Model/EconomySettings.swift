import Trade

/// How economic pain is computed (docs/model.md §2).
public struct EconomySettings: Sendable, Equatable, Codable {
    public var model: EconomyModel
    /// `ge`: a bundled calibration name (`calib_2024`) or a path to a calibration JSON/CSV.
    public var calibration: String
    /// ε: trade elasticity of the Armington model.
    public var elasticity: Double
    /// `ge`: how trade deficits are treated in counterfactuals.
    public var deficits: DeficitTreatment
    /// `ge`: political pain per percentage point of welfare loss. The default 8 is calibrated on
    /// the 2018–2020 episode (`scripts/calibrate_2018.py`); 2025 is kept out of sample.
    public var painPerWelfarePoint: Double
    /// `ge`: political pain per percent of lost exports to the other actor, for exposed groups.
    public var painPerExportPoint: Double
    /// `ge`: L0, the welfare loss (percentage points) beyond which pain grows ever more slowly:
    /// pain = κ_W·L0·ln(1 + loss/L0), so one political pain scale serves large and small open
    /// economies (docs/model.md §2); 0: linear.
    public var painSaturation: Double
    /// `stylized`: the closed form of docs/model.md §2.
    public var stylized: StylizedEconomy

    enum CodingKeys: String, CodingKey {
        case model, calibration, elasticity, deficits, stylized
        case painPerWelfarePoint = "pain_per_welfare_point"
        case painPerExportPoint = "pain_per_export_point"
        case painSaturation = "pain_saturation"
    }

    public init(model: EconomyModel = .stylized, calibration: String = "calib_2024", elasticity: Double = 4,
                deficits: DeficitTreatment = .fixed, painPerWelfarePoint: Double = 8, painPerExportPoint: Double = 0.02,
                painSaturation: Double = 2, stylized: StylizedEconomy = StylizedEconomy()) {
        self.model = model
        self.calibration = calibration
        self.elasticity = elasticity
        self.deficits = deficits
        self.painPerWelfarePoint = painPerWelfarePoint
        self.painPerExportPoint = painPerExportPoint
        self.painSaturation = painSaturation
        self.stylized = stylized
    }
}

public enum EconomyModel: String, Sendable, Equatable, Codable, CaseIterable {
    /// The closed form of docs/model.md §2, on which the invariants of §9 are stated.
    case stylized
    /// Welfare and flows from the Armington GE model for the current tariff state.
    case ge
}


/// pain_i = max(0, e·d_j + m·d_i² − g·d_i) with d = τ − τ0 (docs/model.md §2).
public struct StylizedEconomy: Sendable, Equatable, Codable {
    /// e: pain per unit of the other side's tariff increase.
    public var exposure: Double
    /// m: convex cost of one's own tariff (consumer and input costs).
    public var selfHarm: Double
    /// g: terms-of-trade gain of one's own tariff.
    public var termsGain: Double

    enum CodingKeys: String, CodingKey {
        case exposure
        case selfHarm = "self_harm"
        case termsGain = "terms_gain"
    }

    public init(exposure: Double = 1, selfHarm: Double = 0.5, termsGain: Double = 0.2) {
        self.exposure = exposure
        self.selfHarm = selfHarm
        self.termsGain = termsGain
    }
}

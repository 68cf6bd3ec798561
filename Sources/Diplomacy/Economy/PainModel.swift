/// Economic pain of a tariff state, for both sides (before market shocks).
public struct EconomyReading: Sendable, Equatable {
    /// Pain from the economy as a whole (enters the political cost).
    public var pain: (Double, Double)
    /// Extra pain felt by export- and import-exposed constituencies.
    public var exportPain: (Double, Double)
    public var importPain: (Double, Double)
    /// Welfare change: % vs peace under `ge`; minus the raw closed form under `stylized`.
    public var welfareChange: (Double, Double)

    public static func == (a: EconomyReading, b: EconomyReading) -> Bool {
        a.pain == b.pain && a.exportPain == b.exportPain && a.importPain == b.importPain && a.welfareChange == b.welfareChange
    }
}

/// Turns tariffs into pain. One instance per thread: implementations may cache.
public protocol PainModel {
    /// `tariffs.0` is side 0's tariff on side 1, as fractions.
    mutating func reading(tariffs: (Double, Double)) -> EconomyReading
}

/// docs/model.md §2: pain_i = max(0, e·d_j + m·d_i² − g·d_i), d = τ − τ0.
public struct StylizedPain: PainModel, Sendable {
    let sides: [SideSetup]

    public init(setup: EngineSetup) { sides = setup.sides }

    public func reading(tariffs: (Double, Double)) -> EconomyReading {
        let d0 = tariffs.0 - sides[0].baselineTariff
        let d1 = tariffs.1 - sides[1].baselineTariff
        func raw(_ s: SideSetup, own: Double, other: Double) -> Double {
            s.exposure * other + s.selfHarm * own * own - s.termsGain * own
        }
        let r0 = raw(sides[0], own: d0, other: d1)
        let r1 = raw(sides[1], own: d1, other: d0)
        return EconomyReading(
            pain: (max(0, r0), max(0, r1)),
            exportPain: (max(0, sides[0].exposure * d1), max(0, sides[1].exposure * d0)),
            importPain: (max(0, sides[0].selfHarm * d0 * d0), max(0, sides[1].selfHarm * d1 * d1)),
            welfareChange: (-r0, -r1))
    }
}

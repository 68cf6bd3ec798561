import RealModule

/// The audience-cost and readiness equations of docs/model.md §4 and §6 for one side, from
/// what that side knows of itself: its parameters, its state (beliefs included) and the leak
/// risk its intermediary reports. The engine and the rule decider both use these, so the
/// rules a leader follows and the costs the engine charges can never drift apart.
public enum PoliticalCost {
    /// α_i^eff: base audience cost, raised by nationalism and an approaching election, halved
    /// for a lame duck, lowered by a justification (docs/model.md §4, §8).
    @inline(__always)
    public static func effectiveAudience(_ s: SideSetup, _ state: SideState, _ p: EngineParameters) -> Double {
        var alpha = s.audience * (1 + s.nationalismWeight * state.nationalism) * state.electionMultiplier
        if state.lameDuck { alpha *= p.events.lameDuck }
        if state.justified { alpha *= 1 - p.audience.justification }
        return alpha
    }

    /// AC_i(k) = φ_i α_i^eff K_i k.
    @inline(__always)
    public static func audienceCost(_ s: SideSetup, _ state: SideState, _ p: EngineParameters, _ k: Double) -> Double {
        s.face * effectiveAudience(s, state, p) * state.commitment * k
    }

    /// F_i: the cost of being seen to ask first; less at talks already under way, where an
    /// offer is the expected next step rather than a climb-down out of the blue.
    @inline(__always)
    public static func firstMoveCost(_ s: SideSetup, _ state: SideState, _ p: EngineParameters) -> Double {
        audienceCost(s, state, p, p.audience.firstMove) * (state.talksUnderWay ? 1 - p.process.talksRelief : 1)
    }

    /// AC^deal_i on a channel; `leakRisk` is ℓ_cum, the chance a private deal agreed now leaks
    /// before it is announced (docs/model.md §4).
    public static func dealAudienceCost(_ s: SideSetup, _ state: SideState, _ p: EngineParameters, leakRisk: Double,
                                        private isPrivate: Bool, first: Bool) -> Double {
        let a = p.audience
        let visible = audienceCost(s, state, p, a.dealCut * (1 - a.reciprocity))
        let lopsided = audienceCost(s, state, p, a.lopsidedness * max(0, 0.5 - state.share))
        let firstCost = first ? firstMoveCost(s, state, p) : 0
        if isPrivate {
            return visible + leakRisk * (1 + a.leakPenalty) * (lopsided + firstCost)
        }
        return visible + lopsided + firstCost
    }

    /// c_i − h_ij·((1 − s_i)V_i + AC^deal_i(ch, first)): positive when a deal now beats waiting.
    public static func dealMargin(_ s: SideSetup, _ state: SideState, _ p: EngineParameters, leakRisk: Double,
                                  private isPrivate: Bool, first: Bool) -> Double {
        state.cost - state.hazard * ((1 - state.share) * s.resolve
            + dealAudienceCost(s, state, p, leakRisk: leakRisk, private: isPrivate, first: first))
    }

    /// ready_i(ch, first) ⇔ a positive margin, a deal ratifiable at home, and for a first offer
    /// R_i ≥ θ_offer (docs/model.md §6).
    public static func ready(_ s: SideSetup, _ state: SideState, _ p: EngineParameters, leakRisk: Double,
                             private isPrivate: Bool, first: Bool) -> Bool {
        if first, state.receptivity < s.thresholds.offer { return false }
        if state.dealSupport < p.politics.ratification { return false }
        return dealMargin(s, state, p, leakRisk: leakRisk, private: isPrivate, first: first) > 0
    }

    /// c_i − h_ij·(V_i + AC_i(1)): positive when backing down in public beats waiting.
    public static func capitulationMargin(_ s: SideSetup, _ state: SideState, _ p: EngineParameters) -> Double {
        state.cost - state.hazard * (s.resolve + audienceCost(s, state, p, 1))
    }

    /// The Diplomat's rule (docs/model.md §6): determined, facing strong opposition, expecting a
    /// receptive answer.
    public static func gateOpen(_ s: SideSetup, _ state: SideState) -> Bool {
        let t = s.thresholds
        return s.determination >= t.determination && state.opposition >= t.opposition && state.receptivity >= t.receptivity
    }
}

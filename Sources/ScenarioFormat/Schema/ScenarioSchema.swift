import Diplomacy
import Trade

/// The scenario format, version 1. Units and ranges here are the documentation:
/// `backchannel schema` prints them as JSON Schema and docs/scenario-format.md mirrors them.
public enum ScenarioSchema {
    public static let version = 1

    static let share = 0.0...1.0
    static let unbounded = 0.0...1e9
    static let percent = 0.0...10_000.0

    static func ids<T: RawRepresentable & CaseIterable>(_: T.Type) -> [String] where T.RawValue == String {
        T.allCases.map(\.rawValue)
    }

    public static let root = ObjectSchema("Backchannel scenario", "A two-state trade war and the diplomacy that may end it.", [
        .required("schema_version", .integer(min: 1, max: 1, unit: ""), "Format version; must be 1."),
        .required("name", .string, "Title shown in reports."),
        .optional("description", .string, "A paragraph for people."),
        .required("start", .date, "Date of week 0 (ISO YYYY-MM-DD)."),
        .optional("war_started", .date, "When the war began, if before start: commitment (audience costs) starts from that history."),
        .required("weeks", .integer(min: 1, max: 520, unit: "weeks"), "Horizon of every run."),
        .optional("economy", .object(economy), default: .empty, "How economic pain is computed."),
        .required("actors", .list(.object(actor), key: "id"), "Exactly two states."),
        .optional("intermediaries", .list(.object(intermediary), key: "id"), default: .empty, "Who can carry a backchannel."),
        .optional("diplomacy", .object(diplomacy), default: .empty, "Which channels may be used."),
        .optional("events", .list(.object(event), key: "name"), default: .empty, "Scheduled and stochastic events."),
        .optional("parameters", .object(parameters), default: .empty, "Constants of the engine's equations (docs/model.md §2–§8)."),
        .optional("levels", .object(LevelScales.schema), default: .empty, "What the qualitative levels of judgement fields stand for (docs/model.md §16)."),
        .optional("outputs", .object(outputs), default: .empty, "Forecast questions answered by every run."),
        .optional("sources", .list(.object(source), key: "title"), default: .empty, "Citations for the figures used."),
    ])

    static let economy = ObjectSchema("Economy", "How economic pain is computed.", [
        .optional("model", .choice(ids(EconomyModel.self)), default: .string("stylized"),
                  "`ge`: Armington general equilibrium; `stylized`: the closed form of docs/model.md §2."),
        .optional("calibration", .string, default: .string("calib_2024"), "`ge`: bundled calibration name or path to a calibration JSON/CSV."),
        .number("elasticity", 4, 0.5...20, "", "ε: trade elasticity (Armington σ − 1)."),
        .optional("deficits", .choice(ids(DeficitTreatment.self)), default: .string("fixed"), "`ge`: trade deficits fixed (DEK) or purged (Ossa)."),
        .number("pain_per_welfare_point", 8, unbounded, "pain/pp", "`ge`: political pain per percentage point of welfare loss (calibrated on 2018–2020)."),
        .number("pain_per_export_point", 0.02, unbounded, "pain/%", "`ge`: pain per percent of lost exports to the other actor, for export-exposed groups."),
        .number("pain_saturation", 2, 0...1e6, "pp", "`ge`: L0 of pain = κ_W·L0·ln(1 + loss/L0): large losses are felt less than in proportion (0 = linear)."),
        .optional("stylized", .object(stylized), default: .empty, "`stylized`: coefficients of docs/model.md §2."),
    ])

    static let stylized = ObjectSchema("Stylized economy", "pain = max(0, e·d_other + m·d_own² − g·d_own), d = τ − τ0 in fractions.", [
        .number("exposure", 1, unbounded, "pain/unit tariff", "e: pain from the other side's tariff increase."),
        .number("self_harm", 0.5, unbounded, "pain/unit² tariff", "m: convex cost of one's own tariff."),
        .number("terms_gain", 0.2, unbounded, "pain/unit tariff", "g: terms-of-trade gain of one's own tariff."),
    ])

    static let actor = ObjectSchema("Actor", "A state: leader, constituencies, retaliation rule, tariffs.", [
        .required("id", .string, "Stable identifier, e.g. USA."),
        .required("name", .string, "Display name."),
        .optional("region", .string, "Region of the trade calibration (default: the id)."),
        .required("leader", .object(leader), "The leader."),
        .optional("strategy", .object(strategy), default: .empty, "Retaliation rule on perceived moves."),
        .required("tariffs", .actorMap(.number(min: 0, max: 10_000, unit: "%")), "Tariff levels in percent on each other actor's goods."),
        .required("constituencies", .list(.object(constituency), key: "name"), "Domestic groups (at least one)."),
        .optional("stylized", .object(stylized), "`stylized` economy: this actor's own coefficients (default: economy.stylized)."),
        .optional("rungs", .list(.object(rung), key: "name"), default: .empty,
                  "Escalation beyond tariffs (export controls …), climbed one per escalation once the tariff is at its cap."),
        .optional("demand", .object(demand), "A coercer's demand (not trade): the other side's giving in meets it."),
        .optional("measures", .list(.object(measure), key: "name"), default: .empty,
                  "The war's tariff measures on the other actor with their coverage: part of `tariffs`, which stays the trade-weighted average."),
        .optional("members", .list(.string, key: nil), default: .empty,
                  "A union of states (the EU): the calibration regions it stands for, merged into one region under `ge` (docs/model.md §10.9)."),
    ])

    static let measure = ObjectSchema("Measure", "One tariff measure of the war; it adds coverage × rate to the average tariff (docs/model.md §15).", [
        .required("name", .string, "What it is, e.g. Section 301 list 4A."),
        .required("rate", .number(min: 0, max: 10_000, unit: "%"), "The added rate on the goods it covers."),
        .required("coverage", .number(min: 0, max: 1, unit: ""), "Share of the other actor's exports to this actor it covers."),
        .optional("products", .string, "The product group it covers, in words."),
    ])

    static let demand = ObjectSchema("Demand", "What a coercer's measures are for, and what it lifts when the demand is met.", [
        .required("text", .string, "The demand in words, e.g. release the detained pastor."),
        .number("lifts", 1, share, "", "Share of its measures it lifts when the other side complies (below 1: it breaks its word, at a cost in trust)."),
    ])

    static let rung = ObjectSchema("Rung", "A measure beyond tariffs: pain to the other side while in force.", [
        .required("name", .string, "What it is, e.g. rare-earth export controls."),
        .required("pain", .number(min: 0, max: 1e6, unit: "pain/week"), "Weekly pain inflicted on the other side."),
        .number("self_pain", 0, unbounded, "pain/week", "Weekly pain to the imposer itself."),
        .optional("in_force", .boolean, default: .boolean(false), "Already in force at week 0 (list these first)."),
    ])

    static let leader = ObjectSchema("Leader", "What makes backing down costly and a backchannel likely.", [
        .required("name", .string, "Name."),
        .level("resolve", 40, unbounded, "pain", "V: value of prevailing."),
        .level("face", 1, 0...10, "", "φ: face sensitivity (multiplies audience costs)."),
        .level("determination", 0.7, share, "", "D: determination to improve ties."),
        .level("bluster", 0.3, share, "1/week", "Weekly probability of a hawkish public statement."),
        .level("leak", 0.01, share, "1/week", "λ: weekly probability the leader leaks an open backchannel."),
        .number("nationalism", 0, 0...10, "", "a_N: weight of nationalism on audience costs."),
        .number("audience", 1, 0...100, "", "α: base audience-cost multiplier."),
        .number("pain_weight", 0.25, unbounded, "", "π0: political cost per unit of pain."),
        .optional("thresholds", .object(thresholds), default: .empty, "Thresholds of the opening rule."),
    ])

    static let thresholds = ObjectSchema("Thresholds", "The Diplomat's rule and the first-offer test (docs/model.md §6).", [
        .number("determination", 0.5, share, "", "θ_D"),
        .number("opposition", 0.4, share, "", "θ_O"),
        .number("receptivity", 0.3, share, "", "θ_R"),
        .number("offer", 0.5, share, "", "θ_offer"),
    ])

    static let strategy = ObjectSchema("Strategy", "Retaliation rule applied to perceived moves (escalate = D, hold = C).", [
        .optional("kind", .string, default: .string("tit-for-tat"), "A strategy id, e.g. tit-for-tat, generous-tit-for-tat, grudger."),
        .number("perception_noise", 0, share, "", "ε_perc: probability of misreading the other's move."),
        .number("implementation_noise", 0, share, "", "ε_impl: probability an intended hold becomes an escalation."),
        .optional("generosity", .number(min: 0, max: 1, unit: ""), "g of generous tit-for-tat (default 1/3)."),
    ])

    static let constituency = ObjectSchema("Constituency", "A domestic group in the probabilistic Condorcet election (docs/model.md §3).", [
        .required("name", .string, "Name."),
        .required("capability", .number(min: 0, max: 1e9, unit: ""), "c_k: political capability."),
        .required("salience", .level(scale: "salience", min: 0, max: 1, unit: ""), "s_k: salience of the issue."),
        .required("stance", .level(scale: "stance", min: 0, max: 100, unit: "0–100"), "x_k0: stance, 100 = maximal confrontation."),
        .number("pain", 0.5, unbounded, "points/pain", "β_k: stance lost per unit of cumulative pain."),
        .number("nationalism", 0, unbounded, "points/unit", "η_k: stance gained per unit of nationalism."),
        .optional("exposed_to", .choice(ids(Exposure.self)), default: .string("economy"), "Which loss the group feels."),
    ])

    static let intermediary = ObjectSchema("Intermediary", "A go-between who can carry a backchannel.", [
        .required("id", .string, "Stable kebab-case identifier."),
        .required("name", .string, "Name."),
        .optional("role", .string, "Who they are."),
        .required("access", .actorMap(.level(scale: "access", min: 0, max: 1, unit: "")), "Access to each actor's leadership, 0–1."),
        .level("leak_rate", 0.005, share, "1/week", "ℓ_m: weekly probability the channel leaks through them."),
        .optional("latency", .integer(min: 0, max: 52, unit: "weeks"), default: .integer(1), "L: weeks from escrow to joint announcement."),
        .number("credibility", 0.8, share, "", "κ_m: weight on its messages."),
        .number("escrow", 0.9, share, "", "δ_m: share of \"who asked first\" it hides."),
        .level("authority", 1, share, "", "a_m: probability the principal honours its deal."),
    ])

    static let diplomacy = ObjectSchema("Diplomacy", "Which channels may be used.", [
        .optional("mode", .choice(ids(DiplomacyMode.self)), default: .string("gate"),
                  "no-talks, public (formal only), backchannel (forced), gate (The Diplomat's rule)."),
        .optional("formal", .object(formalChannel), "Who carries the formal talks, with their reach and authority (default: full)."),
        .optional("unnamed", .object(unnamedIntermediary), default: .empty,
                  "The go-between nobody can name yet, who can carry a backchannel when `intermediaries` is empty (access 0: none)."),
    ])

    static let unnamedIntermediary = ObjectSchema("Unnamed go-between", "A backchannel through someone not yet known (docs/model.md §6); used only when no intermediary is named.", [
        .level("access", 0.3, share, "", "Access to each leadership (the same for both; 0 rules a backchannel out)."),
        .level("leak_rate", 0.007, share, "1/week", "Weekly probability the channel leaks through it."),
        .level("authority", 0.6, share, "", "Probability the principals honour a deal it arranged."),
    ])

    static let formalChannel = ObjectSchema("Formal channel", "Envoys or ministers who carry the formal talks (docs/model.md §15).", [
        .required("name", .string, "Who, e.g. Treasury Secretary and Vice-Premier."),
        .level("access", 1, share, "", "Scales the weekly chance formal talks open."),
        .level("authority", 1, share, "", "Chance the principals honour a deal agreed at the table."),
    ])

    static let scheduled = ["week", "date"]
    static let event = ObjectSchema("Event", "A scheduled or stochastic event (docs/model.md §8).", [
        .required("kind", .choice(ids(EventKind.self)), "What happens."),
        .optional("name", .string, "Label for reports."),
        .optional("week", .integer(min: 0, max: 520, unit: "week"), "Week it happens (0 = start)."),
        .optional("date", .date, "Date it happens (the week containing it)."),
        .optional("actor", .string, "The actor concerned (id)."),
        .optional("snapback", .boolean, "Deadline: suspended tariffs return if no deal."),
        .optional("duration", .integer(min: 1, max: 520, unit: "weeks"), "Pause, suspension, export control: weeks until it ends (export control: default the horizon)."),
        .optional("cut", .number(min: 0, max: 1, unit: ""), "Pause, suspension: share of war tariffs suspended."),
        .optional("weekly_probability", .number(min: 0, max: 1, unit: "1/week"), "Market shock, export control, violation: weekly probability (instead of a week or date)."),
        .optional("pain", .number(min: 0, max: 1e6, unit: "pain"), "Market shock: pain in the week it hits; export control: pain a week to the other side while in force."),
        .optional("cost", .number(min: 0, max: 1e6, unit: "pain"), "Costly signal: its cost to the sender."),
        .optional("channel", .choice(ids(SignalChannel.self)), "Cheap talk: public or private."),
        .optional("level", .number(min: 0, max: 10_000, unit: "%"), "Tariff: the level `actor` sets on the other actor (with `measure`: that measure's rate)."),
        .optional("measure", .string, "Tariff: the name of one of `actor`'s measures whose rate the step sets."),
        .optional("conditional", .boolean, "Tariff: a threatened step, called off if an agreement is in force (default true)."),
        .optional("access", .level(scale: "access", min: 0, max: 1, unit: ""), "Formal channel: its new reach (scales the weekly chance formal talks open)."),
        .optional("authority", .level(scale: "authority", min: 0, max: 1, unit: ""), "Formal channel: its new authority (chance the principals honour a deal agreed at the table)."),
    ], variants: .init(discriminator: "kind", rules: [
        "election": .init(exactlyOne: [scheduled], required: ["actor"], allowed: []),
        "deadline": .init(exactlyOne: [scheduled], required: [], allowed: ["snapback"]),
        "pause": .init(exactlyOne: [scheduled], required: ["duration"], allowed: ["cut", "snapback"]),
        "summit": .init(exactlyOne: [scheduled], required: [], allowed: []),
        "market_shock": .init(exactlyOne: [["week", "date", "weekly_probability"]], required: ["pain"], allowed: ["actor"]),
        "costly_signal": .init(exactlyOne: [scheduled], required: ["actor", "cost"], allowed: []),
        "cheap_talk": .init(exactlyOne: [scheduled], required: ["actor", "channel"], allowed: []),
        "protest_repressed": .init(exactlyOne: [scheduled], required: ["actor"], allowed: []),
        "protest_allowed": .init(exactlyOne: [scheduled], required: ["actor"], allowed: []),
        "justification": .init(exactlyOne: [scheduled], required: ["actor"], allowed: []),
        "tariff": .init(exactlyOne: [scheduled], required: ["actor", "level"], allowed: ["conditional", "measure"]),
        "suspension": .init(exactlyOne: [scheduled], required: ["actor", "duration"], allowed: ["cut"]),
        "export_control": .init(exactlyOne: [["week", "date", "weekly_probability"]], required: ["actor"], allowed: ["pain", "duration"]),
        "violation": .init(exactlyOne: [["week", "date", "weekly_probability"]], required: ["actor"], allowed: []),
        "formal_channel": .init(exactlyOne: [scheduled], required: [], allowed: ["access", "authority"]),
    ]))

    static let outputs = ObjectSchema("Outputs", "Forecast questions answered by every run.", [
        .optional("questions", .list(.object(question), key: "id"), default: .empty, "Dated binary questions."),
    ])

    static let question = ObjectSchema("Question", "A dated binary question (definitions: docs/commands.md, `run`).", [
        .required("id", .string, "Stable identifier."),
        .required("kind", .choice(ids(QuestionKind.self)), "What is asked."),
        .optional("text", .string, "The question in words."),
        .optional("channel", .choice(ids(QuestionChannel.self)), "talks: which channel counts (default any)."),
        .optional("by", .date, "Resolved yes if it happened in or before the week containing this date."),
        .optional("date", .date, "Tariff questions and truce_in_force: the week containing this date."),
        .optional("from", .date, "tariff_max_above, reescalation: window start."),
        .optional("to", .date, "tariff_max_above, reescalation: window end."),
        .optional("actor", .string, "Tariff questions: the imposing actor; capitulation: who gives in (default either)."),
        .optional("level", .number(min: 0, max: 10_000, unit: "%"), "Tariff questions: the level in percent."),
        .optional("measure", .string, "Tariff questions: ask about this measure of `actor` (its rate), not the average tariff."),
    ], variants: .init(discriminator: "kind", rules: [
        "talks": .init(exactlyOne: [], required: ["by"], allowed: ["channel"]),
        "summit": .init(exactlyOne: [], required: ["by"], allowed: []),
        "deal": .init(exactlyOne: [], required: ["by"], allowed: []),
        "leak": .init(exactlyOne: [], required: ["by"], allowed: []),
        "capitulation": .init(exactlyOne: [], required: ["by"], allowed: ["actor"]),
        "tariff_above": .init(exactlyOne: [], required: ["actor", "level", "date"], allowed: ["measure"]),
        "tariff_below": .init(exactlyOne: [], required: ["actor", "level", "date"], allowed: ["measure"]),
        "tariff_max_above": .init(exactlyOne: [], required: ["actor", "level", "from", "to"], allowed: ["measure"]),
        "truce_in_force": .init(exactlyOne: [], required: ["date"], allowed: []),
        "deal_in_force": .init(exactlyOne: [], required: ["date"], allowed: []),
        "reescalation": .init(exactlyOne: [], required: ["from", "to"], allowed: []),
    ]))

    static let source = ObjectSchema("Source", "A citation.", [
        .required("title", .string, "What it is (author, title, date)."),
        .optional("url", .string, "Where to find it."),
        .optional("note", .string, "What it supports."),
    ])

    static let parameters = ObjectSchema("Parameters", "Constants of the engine's equations (docs/model.md §2–§8), with their defaults.", [
        .optional("tariffs", .object(tariffParameters), default: .empty, "Tariff grid (percent)."),
        .optional("pain", .object(painParameters), default: .empty, "Pain memory and cost."),
        .optional("politics", .object(politicsParameters), default: .empty, "Domestic politics."),
        .optional("audience", .object(audienceParameters), default: .empty, "Audience costs and nationalism."),
        .optional("beliefs", .object(beliefParameters), default: .empty, "Beliefs and signals."),
        .optional("leaks", .object(leakParameters), default: .empty, "Leaks."),
        .optional("events", .object(eventParameters), default: .empty, "Elections."),
        .optional("process", .object(processParameters), default: .empty, "Agreements, breakdowns, trust and arranged summits."),
        .optional("judgement", .object(judgementParameters), default: .empty, "How uncertain the judgement values are (docs/model.md §16)."),
    ])

    static let judgementParameters = ObjectSchema("Judgement", "The scenario author's uncertainty about the leaders' judgement values (docs/model.md §16).", [
        .number("noise", 0, 0...3, "", "σ_J: each run draws each leader's resolve and face ×exp(σ_J·z), and determination, bluster and leak on the logit scale +σ_J·z (0 = as written)."),
    ])

    static let tariffParameters = ObjectSchema("Tariff grid", "τ0, τ_max and the escalation step (docs/model.md §2).", [
        .number("baseline", 10, percent, "%", "τ0: peacetime tariff."),
        .number("maximum", 150, percent, "%", "τ_max: cap on escalation."),
        .number("step", 25, 0.01...10_000, "%", "One escalation step."),
        .number("review", 1, 0.001...1, "1/week", "Weekly probability a leader reviews its tariff (tranche pace)."),
        .optional("in_kind", .boolean, default: .boolean(true), "A raise answers the other's increases point for point (the step only when there is nothing to match)."),
    ])

    static let painParameters = ObjectSchema("Pain", "docs/model.md §2 and §4.", [
        .number("memory", 0.95, share, "", "ρ_Π: weekly persistence of cumulative pain."),
        .number("accumulation", 1, unbounded, "", "ξ: how much accumulated pain raises its cost."),
        .number("reference", 20, 1e-9...1e9, "pain", "Π_ref."),
        .number("shock_decay", 0.7, share, "", "Weekly persistence of a market shock."),
        .number("adaptation", 0.5, share, "", "a: share of a held measure's pain that fades as trade diverts and firms adjust."),
        .number("adaptation_weeks", 52, 1...1e6, "weeks", "τ_a: time constant of that adjustment."),
    ])

    static let politicsParameters = ObjectSchema("Politics", "docs/model.md §3.", [
        .number("ratification", 0, share, "", "θ_rat: PCE share a deal needs over the status quo (0 = no ratification test)."),
        .number("escalation_option", 20, 0...100, "points", "Escalation option = status quo + this."),
    ])

    static let audienceParameters = ObjectSchema("Audience costs", "docs/model.md §4.", [
        .number("commitment_decay", 0.02, share, "1/week", "κ"),
        .number("commitment_war", 2, unbounded, "", "γ_pub"),
        .number("commitment_statement", 4, unbounded, "", "γ_stmt"),
        .number("first_move", 0.75, unbounded, "", "μ_first"),
        .number("contact", 0.1, unbounded, "", "μ_contact"),
        .number("deal_cut", 0.9, share, "", "f: share of war tariffs a deal removes."),
        .number("reciprocity", 0.7, share, "", "r"),
        .number("lopsidedness", 1, unbounded, "", "χ"),
        .number("leak_penalty", 0.25, unbounded, "", "ψ"),
        .number("nationalism_memory", 0.9, share, "", "ρ_N"),
        .number("nationalism_escalation", 0.3, unbounded, "", "ζ_esc"),
        .number("nationalism_statement", 0.2, unbounded, "", "ζ_stmt"),
        .number("nationalism_leak", 0.5, unbounded, "", "ζ_leak"),
        .number("justification", 0.5, share, "", "j: share of audience cost removed by a justification."),
    ])

    static let beliefParameters = ObjectSchema("Beliefs", "docs/model.md §5.", [
        .number("hazard", 0.05, share, "1/week", "h0"),
        .number("cost_reference", 2, 1e-9...1e9, "pain", "c_ref"),
        .number("hazard_elasticity", 0.5, 0...10, "", "θ_h"),
        .number("half_life", 8, 1e-9...1e9, "weeks", "t_half"),
        .number("first_offer_jump", 0.5, unbounded, "", "ω"),
        .number("receptivity", 0.35, share, "", "R0"),
        .number("receptivity_update", 0.3, share, "", "ρ_R"),
        .number("receptivity_slope", 4, unbounded, "", "k_R"),
        .number("receptivity_midpoint", 0.6, unbounded, "", "z_R"),
        .number("escalation_penalty", 0.2, share, "", "w_esc"),
        .number("public_cheap_talk", 1.2, 1e-9...1e9, "LR", "Likelihood ratio of public cheap talk."),
        .number("private_cheap_talk", 1.1, 1e-9...1e9, "LR", "Likelihood ratio of private cheap talk."),
        .number("protest_repressed", 2, 1e-9...1e9, "LR", "Likelihood ratio of repressing nationalist protest."),
    ])

    static let leakParameters = ObjectSchema("Leaks", "docs/model.md §6 (leaks).", [
        .number("spoiler", 0.01, share, "1/week", "ℓ_sp: leak probability per unit of opposition."),
    ])

    static let eventParameters = ObjectSchema("Event effects", "docs/model.md §8.", [
        .number("election_boost", 1, unbounded, "", "b"),
        .number("election_window", 8, 1e-9...1e9, "weeks", "w"),
        .number("post_election_commitment", 0.5, share, "", "Commitment kept after an election."),
        .number("lame_duck", 0.5, unbounded, "", "Audience-cost multiplier of a lame duck."),
    ])

    static let processParameters = ObjectSchema("Process", "docs/model.md §15: the war after its first ending.", [
        .number("breakdown", 0.005, share, "1/week", "λ0: weekly chance a side re-escalates under an agreement."),
        .number("bluster_breakdown", 2, unbounded, "", "β_B: λ × (1 + β_B·bluster)."),
        .number("trust_growth", 0.02, share, "1/week", "γ_T: weekly growth of trust while an agreement holds."),
        .number("trust_loss", 0.5, share, "", "Share of trust lost when an agreement breaks down."),
        .number("deadline_weeks", 13, 0...520, "weeks", "Weeks of breakdown hazard a truce's expiry concentrates."),
        .optional("truce_weeks", .integer(min: 0, max: 520, unit: "weeks"), default: .integer(13),
                  "Length of the truce the rules offer while trust is below lasting_trust (0 = deals are lasting)."),
        .number("lasting_trust", 0.3, share, "", "Trust from which the rules offer, or make a truce into, a lasting deal."),
        .optional("summit_after", .integer(min: 0, max: 520, unit: "weeks"), default: .integer(6),
                  "Weeks an open backchannel runs before it arranges a leaders' meeting, both sides receptive (0 = never)."),
        .number("talks", 0.1, share, "1/week", "Weekly chance formal talks (ministers, envoys) open while the war goes on."),
        .number("grievance_memory", 0.9, share, "", "ρ_G: weekly persistence of a side's grievances (spillover, perceived violations)."),
        .number("spillover", 1, 0...100, "", "g_S: grievance a side takes from the other's export control (breakdown hazard × (1 + G))."),
        .number("violation", 3, 0...100, "", "g_V: grievance a side takes from a perceived violation of the agreement by the other."),
        .number("talks_relief", 0.5, share, "", "Share of the first-move cost spared for an offer made at talks under way."),
        .optional("standoff_weeks", .integer(min: 0, max: 5200, unit: "weeks"), default: .integer(26),
                  "A war older than this at the start (war_started) is a standoff: the rules remember a hold, not an escalation."),
        .number("initial_trust", 0, 0...0.99, "", "T at week 0: trust the sides bring from earlier rounds."),
    ])
}

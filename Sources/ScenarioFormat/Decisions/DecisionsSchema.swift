/// The format of a decisions file (`run --decisions`): dated decisions for some seats, played
/// in place of the rules' choice in those weeks; every other choice stays the rules'.
import Diplomacy

public enum DecisionsSchema {
    public static let root = ObjectSchema("Decisions", "Dated decisions for some seats of a scenario.", [
        .required("schema_version", .integer(min: 1, max: 1, unit: ""), "Format version; must be 1."),
        .optional("name", .string, "Title, e.g. \"China moves first\"."),
        .optional("description", .string, "A paragraph for people."),
        .required("decisions", .list(.object(entry), key: nil), "The decisions, in any order."),
    ])

    static let channels = ["private", "public"]

    static func ids<T: RawRepresentable & CaseIterable>(_: T.Type) -> [String] where T.RawValue == String {
        T.allCases.map(\.rawValue)
    }

    static let entry = ObjectSchema("Decision", "What one seat does in one week (give `week` or `date`, and at least one move).", [
        .required("actor", .string, "The actor whose seat decides (its id)."),
        .optional("week", .integer(min: 0, max: 520, unit: "week"), "The week (0 = the scenario's start)."),
        .optional("date", .date, "A date; the decision is taken in the week containing it."),
        .optional("tariff", .number(min: 0, max: 10_000, unit: "%"), "Set the tariff on the other actor to this level."),
        .optional("tariff_move", .choice(["raise", "hold"]), "Raise one step (or climb the next measure at the cap), or hold."),
        .optional("rungs", .choice(["climb"]), "Put the next measure beyond tariffs in force."),
        .optional("lift_rungs", .integer(min: 1, max: 1000, unit: "measures"), "Lift this many measures beyond tariffs."),
        .optional("open_backchannel", .string, "Open a backchannel through this intermediary (its id)."),
        .optional("close_backchannel", .boolean, "Close the open backchannel."),
        .optional("offer", .object(offer), "Offer joint de-escalation."),
        .optional("accept", .list(.choice(channels), key: nil), "Accept a deal on these channels (public also covers a summit)."),
        .optional("reject", .list(.choice(channels), key: nil), "Refuse a deal on these channels this week."),
        .optional("signal", .choice(["cheap_talk", "costly"]), "Send a signal to the other side."),
        .optional("signal_channel", .choice(channels), "Cheap talk: in public or through the open backchannel (default public)."),
        .optional("cost", .number(min: 0, max: 1e6, unit: "pain"), "Costly signal: its cost to the sender."),
        .optional("statement", .choice(["hawkish", "conciliatory"]), "A public statement."),
        .optional("give_in", .boolean, "true: back down in public (comply with the other's demand), the tariff returns to its peacetime level; false: hold out this week whatever the rules would do."),
        .optional("comply", .number(min: 0, max: 1, unit: ""), "Comply in part: meet this share (above 0) of the other's demand; the war tariff comes down by that share and the other lifts that share of what it promised (1 = give_in: true)."),
        .optional("truce", .choice(ids(Decision.TruceAnswer.self)), "A truce expiring this week: extend it, make it lasting (both must), or let it lapse."),
        .optional("reescalate", .boolean, "true: break the agreement in force, restoring this side's measures from before it; false: keep it this week whatever the rules would do."),
        .optional("note", .string, "Why (for people; shown nowhere else)."),
    ])

    static let offer = ObjectSchema("Offer", "An offer of joint de-escalation.", [
        .required("channel", .choice(channels), "private (through the open backchannel) or public."),
        .optional("cut", .number(min: 0.01, max: 1, unit: ""), "Share of each side's war tariff removed (default: the model's deal_cut)."),
        .optional("weeks", .integer(min: 1, max: 520, unit: "weeks"), "A truce of this many weeks (default: a lasting deal)."),
        .optional("levels", .actorMap(.number(min: 0, max: 10_000, unit: "%")),
                  "Asymmetric terms instead of a cut: the tariff each actor comes down to (never above today's, nor below peacetime)."),
    ])
}

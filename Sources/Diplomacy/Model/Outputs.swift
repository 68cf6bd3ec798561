/// What every run reports beyond the standard outcomes.
public struct Outputs: Sendable, Equatable, Codable {
    public var questions: [Question]

    public init(questions: [Question] = []) { self.questions = questions }
}

/// A dated binary forecast question answered by every run (definitions: docs/commands.md, `run`).
public struct Question: Sendable, Equatable, Codable {
    public var id: String
    public var kind: QuestionKind
    /// `talks`: which channel counts.
    public var channel: QuestionChannel?
    /// Event questions: resolved yes if it happened in or before the week containing this date.
    public var by: CivilDate?
    /// `tariff_above`/`tariff_below`: the date whose week's level counts. (Not `on`, which
    /// YAML 1.1 tools read as the boolean true.)
    public var date: CivilDate?
    /// `tariff_max_above`: the window.
    public var from: CivilDate?
    public var to: CivilDate?
    /// Tariff questions: the imposing actor (its tariff on the other actor).
    public var actor: String?
    /// Tariff questions: the level in percent.
    public var level: Double?
    /// Tariff questions: one of `actor`'s measures, whose rate is asked about instead of the average.
    public var measure: String?
    /// Optional text for people.
    public var text: String?

    public init(id: String, kind: QuestionKind, channel: QuestionChannel? = nil, by: CivilDate? = nil, date: CivilDate? = nil,
                from: CivilDate? = nil, to: CivilDate? = nil, actor: String? = nil, level: Double? = nil, measure: String? = nil, text: String? = nil) {
        self.id = id
        self.kind = kind
        self.channel = channel
        self.by = by
        self.date = date
        self.from = from
        self.to = to
        self.actor = actor
        self.level = level
        self.measure = measure
        self.text = text
    }
}

public enum QuestionKind: String, Sendable, Equatable, Codable, CaseIterable {
    case talks
    case summit
    case deal
    case leak
    case capitulation
    case tariffAbove = "tariff_above"
    case tariffBelow = "tariff_below"
    case tariffMaxAbove = "tariff_max_above"
    /// A truce (an agreement that expires) in force in the week of `date`.
    case truceInForce = "truce_in_force"
    /// A lasting deal or settlement in force in the week of `date`.
    case dealInForce = "deal_in_force"
    /// An agreement breaks down (a side re-escalates, a truce lapses) between `from` and `to`.
    case reescalation
}

public enum QuestionChannel: String, Sendable, Equatable, Codable, CaseIterable {
    case any
    case formal
    case backchannel
}

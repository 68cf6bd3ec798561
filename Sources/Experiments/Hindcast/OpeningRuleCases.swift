/// A historical backchannel case with the three conditions The Diplomat's opening rule scores.
public struct HistoricalCase: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    /// `success`, `partial` or `failure`.
    public var outcomeClass: String
    public var determination: String
    public var domesticOpposition: String
    public var anticipatedReceptivity: String

    public init(id: String, name: String, outcomeClass: String, determination: String, domesticOpposition: String,
                anticipatedReceptivity: String) {
        self.id = id
        self.name = name
        self.outcomeClass = outcomeClass
        self.determination = determination
        self.domesticOpposition = domesticOpposition
        self.anticipatedReceptivity = anticipatedReceptivity
    }

    /// The Diplomat's rule: open a backchannel when the leader's determination, the domestic
    /// opposition (the reason for secrecy) and the anticipated receptivity are all high.
    public var ruleFavoursOpening: Bool {
        [determination, domesticOpposition, anticipatedReceptivity].allSatisfy { $0 == "high" }
    }

    public var succeeded: Bool { outcomeClass == "success" }

    enum CodingKeys: String, CodingKey {
        case id, name, determination
        case outcomeClass = "outcome_class", domesticOpposition = "domestic_opposition"
        case anticipatedReceptivity = "anticipated_receptivity"
    }
}

/// How often the cases the rule favours succeeded, against the base rate of all cases.
public struct OpeningRuleReport: Sendable, Equatable, Codable {
    public var cases: Int
    public var successes: Int
    public var favoured: Int
    public var favouredSuccesses: Int
    public var notFavoured: Int
    public var notFavouredSuccesses: Int

    public init(_ cases: [HistoricalCase]) {
        self.cases = cases.count
        successes = cases.filter(\.succeeded).count
        let f = cases.filter(\.ruleFavoursOpening)
        favoured = f.count
        favouredSuccesses = f.filter(\.succeeded).count
        notFavoured = cases.count - favoured
        notFavouredSuccesses = successes - favouredSuccesses
    }

    public var baseRate: Double { cases == 0 ? 0 : Double(successes) / Double(cases) }
    public var favouredRate: Double { favoured == 0 ? 0 : Double(favouredSuccesses) / Double(favoured) }
    public var notFavouredRate: Double { notFavoured == 0 ? 0 : Double(notFavouredSuccesses) / Double(notFavoured) }

    enum CodingKeys: String, CodingKey {
        case cases, successes, favoured
        case favouredSuccesses = "favoured_successes", notFavoured = "not_favoured", notFavouredSuccesses = "not_favoured_successes"
    }
}

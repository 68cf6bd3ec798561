/// A checked scenario: the only input the engine accepts.
///
/// It is produced by the ScenarioFormat module from a YAML file (decode, then validate) and is
/// guaranteed to hold resolved ids, values in range and exactly two actors. Field names mirror
/// the file's snake_case keys (see docs/scenario-format.md).
public struct Scenario: Sendable, Equatable, Codable {
    public var schemaVersion: Int
    public var name: String
    public var description: String?
    public var start: CivilDate
    /// When the war began, if before `start`: the commitment stock (audience costs) starts from
    /// what that history would have built up (nil: the war starts with the scenario).
    public var warStarted: CivilDate?
    public var weeks: Int
    public var economy: EconomySettings
    public var actors: [Actor]
    public var intermediaries: [Intermediary]
    public var diplomacy: DiplomacySettings
    public var events: [Event]
    public var parameters: EngineParameters
    public var outputs: Outputs
    public var sources: [Source]

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case warStarted = "war_started"
        case name, description, start, weeks, economy, actors, intermediaries, diplomacy, events, parameters, outputs, sources
    }

    public init(
        schemaVersion: Int = 1, name: String, description: String? = nil, start: CivilDate, warStarted: CivilDate? = nil, weeks: Int,
        economy: EconomySettings = EconomySettings(), actors: [Actor], intermediaries: [Intermediary] = [],
        diplomacy: DiplomacySettings = DiplomacySettings(), events: [Event] = [],
        parameters: EngineParameters = EngineParameters(), outputs: Outputs = Outputs(), sources: [Source] = []
    ) {
        self.schemaVersion = schemaVersion
        self.name = name
        self.description = description
        self.start = start
        self.warStarted = warStarted
        self.weeks = weeks
        self.economy = economy
        self.actors = actors
        self.intermediaries = intermediaries
        self.diplomacy = diplomacy
        self.events = events
        self.parameters = parameters
        self.outputs = outputs
        self.sources = sources
    }

    /// The date on which week `week` begins.
    public func date(ofWeek week: Int) -> CivilDate { start.adding(weeks: week) }

    /// The index of the actor with this id, if any.
    public func actorIndex(_ id: String) -> Int? { actors.firstIndex { $0.id == id } }

    /// The intermediaries a backchannel can go through: those named, or else the unnamed
    /// go-between (unless its access is 0).
    public var channelIntermediaries: [Intermediary] {
        if !intermediaries.isEmpty || !(diplomacy.unnamed.access > 0) { return intermediaries }
        return [diplomacy.unnamed.intermediary(between: actors.map(\.id))]
    }
    /// The tariff (percent) actor `side` imposes on the other at week 0: its own, else τ0.
    public func startingTariff(_ side: Int) -> Double {
        actors[side].tariffs[actors[1 - side].id] ?? parameters.tariffs.baseline
    }

    /// What a tariff question about `side` starts from, in percent: the rate of its measure of
    /// that name, or its average tariff.
    public func startingLevel(_ side: Int, measure: String?) -> Double {
        guard let k = measureIndex(side, named: measure) else { return startingTariff(side) }
        return actors[side].measures[k].rate
    }

    /// The index of actor `side`'s measure of this name, if any.
    public func measureIndex(_ side: Int, named name: String?) -> Int? {
        name.flatMap { name in actors[side].measures.firstIndex { $0.name == name } }
    }
}

/// A citation for the figures a scenario uses.
public struct Source: Sendable, Equatable, Codable {
    public var title: String
    public var url: String?
    public var note: String?

    public init(title: String, url: String? = nil, note: String? = nil) {
        self.title = title
        self.url = url
        self.note = note
    }
}

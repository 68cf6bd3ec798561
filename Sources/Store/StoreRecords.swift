import GRDB

/// One stored run (table `run`): the inputs that reproduce it and the summary it produced.
public struct StoredRun: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "run"

    public var id: Int64?
    /// ISO 8601 UTC time the run was recorded (the CLI's clock).
    public var createdAt: String
    public var scenarioName: String
    /// What the user passed: a bundled name or a file path.
    public var scenarioSource: String
    public var scenarioText: String
    public var scenarioHash: String
    /// JSON array of the `--set` overrides as written (`["path=value", …]`).
    public var overrides: String
    /// The master seed, as decimal text (a UInt64 does not fit SQLite's signed integer).
    public var seed: String
    public var runs: Int
    public var weeks: Int
    public var version: String
    /// The run JSON contract, exactly as `run --format json` prints it.
    public var summaryJSON: String
    /// The representative run's narrative (JSON, opaque to the store), for re-rendering reports.
    public var narrativeJSON: String?

    enum CodingKeys: String, CodingKey {
        case id, seed, runs, weeks, version, overrides
        case createdAt = "created_at", scenarioName = "scenario_name", scenarioSource = "scenario_source"
        case scenarioText = "scenario_text", scenarioHash = "scenario_hash"
        case summaryJSON = "summary_json", narrativeJSON = "narrative_json"
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One week of a stored run's by-week aggregates (table `run_week`).
public struct StoredWeek: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "run_week"
    public var runID: Int64
    public var week: Int
    public var date: String
    public var pTalks, pFormalTalks, pBackchannelOpen, pSummit, pLeak, pDeal, pEnded: Double

    enum CodingKeys: String, CodingKey {
        case week, date
        case runID = "run_id", pTalks = "p_talks", pFormalTalks = "p_formal_talks", pBackchannelOpen = "p_backchannel_open"
        case pSummit = "p_summit", pLeak = "p_leak", pDeal = "p_deal", pEnded = "p_ended"
    }
}

/// One side's aggregates in one week (table `run_week_side`): its tariff on the other side
/// (quantiles over runs, percent), welfare change, pain and cumulative pain (means).
public struct StoredWeekSide: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "run_week_side"
    public var runID: Int64
    public var week: Int
    public var side: String
    public var target: String
    public var tariffMean, tariffP10, tariffP50, tariffP90: Double?
    public var welfareChangePct, pain, painCumulative: Double

    enum CodingKeys: String, CodingKey {
        case week, side, target, pain
        case runID = "run_id", tariffMean = "tariff_mean", tariffP10 = "tariff_p10", tariffP50 = "tariff_p50", tariffP90 = "tariff_p90"
        case welfareChangePct = "welfare_change_pct", painCumulative = "pain_cumulative"
    }
}

/// A line of `history`.
public struct RunListing: Sendable, Equatable {
    public var id: Int64
    public var createdAt: String
    public var scenarioName: String
    public var scenarioHash: String
    public var seed: String
    public var runs: Int
    public var weeks: Int
    public var version: String
    public var overrides: [String]
    public var pDeal: Double?
}

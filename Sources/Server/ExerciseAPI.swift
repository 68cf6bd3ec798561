import Exercises

/// The JSON bodies of the exercise API (docs/serve.md; the served OpenAPI document).
public enum ExerciseAPI {
    /// `POST /api/exercises`: a bundled scenario by name, or a scenario's YAML.
    public struct CreateRequest: Codable, Sendable {
        public var scenario: String?
        public var yaml: String?
        public var name: String?
        /// The run seed (default: drawn).
        public var seed: UInt64?
        public var press: PressMode?
        public var weeksPerTurn: Int?
        /// Minutes a turn stays open before the rules play the seats that did not decide.
        public var turnMinutes: Double?
        /// `default` (the bundled posterior: one draw, chosen by the seed) or `none`.
        public var posterior: String?

        enum CodingKeys: String, CodingKey {
            case scenario, yaml, name, seed, press, posterior
            case weeksPerTurn = "weeks_per_turn", turnMinutes = "turn_minutes"
        }

        public init(scenario: String? = nil, yaml: String? = nil, name: String? = nil, seed: UInt64? = nil, press: PressMode? = nil,
                    weeksPerTurn: Int? = nil, turnMinutes: Double? = nil, posterior: String? = nil) {
            self.scenario = scenario
            self.yaml = yaml
            self.name = name
            self.seed = seed
            self.press = press
            self.weeksPerTurn = weeksPerTurn
            self.turnMinutes = turnMinutes
            self.posterior = posterior
        }
    }

    public struct Invite: Codable, Sendable, Equatable {
        public let role: String
        public let token: String
        /// The seat's page; the token travels in the fragment, which browsers never send.
        public let link: String
    }

    public struct Created: Codable, Sendable {
        public let id: String
        public let seed: UInt64
        public let seats: [Invite]
    }

    public struct ExerciseInfo: Codable, Sendable, Equatable {
        public let id: String
        public let name: String
        public let scenario: String
        public let week: Int
        public let horizon: Int
        public let status: String
        /// Unix time the turn closes.
        public let deadline: Double?
        public let press: String
        public let weeksPerTurn: Int
        public let version: Int

        enum CodingKeys: String, CodingKey {
            case id, name, scenario, week, horizon, status, deadline, press, version
            case weeksPerTurn = "weeks_per_turn"
        }
    }

    public struct SeatLine: Codable, Sendable, Equatable {
        public let role: String
        /// Taken by a person (else the rules play it).
        public let taken: Bool
    }

    /// `GET /api/exercises/{id}/board`: everything the seat may see.
    public struct Board: Codable, Sendable {
        public let exercise: ExerciseInfo
        public let seat: String
        public let player: String?
        public let seats: [SeatLine]
        public let board: SeatBoard
        /// A leader's own decision for the open turn (JSON), if it sent one.
        public let decision: String?
        /// The umpire only: the actors that have decided the open turn (never what).
        public let decided: [String]?
    }

    public struct Join: Codable, Sendable { public var name: String }

    public struct Post: Codable, Sendable {
        public var room: String
        public var text: String
    }

    public struct Posted: Codable, Sendable { public let id: Int64 }

    public struct Accepted: Codable, Sendable {
        public let week: Int
        public let decision: String
    }

    /// `POST /api/exercises/{id}/inject`: what was stored.
    public struct Injected: Codable, Sendable {
        /// The week the event happens.
        public let week: Int
        /// The event as stored (JSON).
        public let event: String
    }

    /// `POST /api/exercises/{id}/umpire`.
    public struct UmpireAction: Codable, Sendable {
        /// `pause`, `resume`, `adjudicate`, `rollback`, `extend` (by `minutes`), `pace` (`weeks_per_turn`).
        public var action: String
        public var minutes: Double?
        public var weeksPerTurn: Int?

        enum CodingKeys: String, CodingKey {
            case action, minutes
            case weeksPerTurn = "weeks_per_turn"
        }
    }
}

import Exercises
import Foundation
import GRDB

/// The SQLite store of live exercises (GRDB, write-ahead log): exercises, seats (a token's
/// SHA-256, never the token), messages and decisions. Every write is one transaction and a
/// request is acknowledged only after it commits, so a server killed at any moment loses
/// nothing it acknowledged; the state of an exercise is its stored decisions replayed.
public final class ExerciseStore: Sendable {
    let db: DatabasePool
    /// Told of every committed write (live updates wait on it).
    public let changes = ChangeHub()

    public init(path: String) throws {
        var c = Configuration()
        c.foreignKeysEnabled = true
        c.busyMode = .timeout(5)
        c.label = "backchannel.exercises"
        db = try DatabasePool(path: path, configuration: c)
        try Self.migrator.migrate(db)
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE exercise (
                  id TEXT PRIMARY KEY, name TEXT NOT NULL, scenario_name TEXT NOT NULL, scenario_file TEXT NOT NULL,
                  scenario_text TEXT NOT NULL, seed TEXT NOT NULL, posterior INTEGER NOT NULL, press TEXT NOT NULL,
                  weeks_per_turn INTEGER NOT NULL, turn_seconds INTEGER NOT NULL, week INTEGER NOT NULL,
                  status TEXT NOT NULL, deadline REAL, version INTEGER NOT NULL, created REAL NOT NULL);
                CREATE TABLE seat (
                  exercise_id TEXT NOT NULL REFERENCES exercise(id) ON DELETE CASCADE, role TEXT NOT NULL,
                  token_hash TEXT NOT NULL UNIQUE, player TEXT, PRIMARY KEY (exercise_id, role));
                CREATE TABLE message (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, exercise_id TEXT NOT NULL REFERENCES exercise(id) ON DELETE CASCADE,
                  room TEXT NOT NULL, sender TEXT NOT NULL, week INTEGER NOT NULL, text TEXT NOT NULL, created REAL NOT NULL);
                CREATE INDEX message_exercise ON message(exercise_id, id);
                CREATE TABLE decision (
                  exercise_id TEXT NOT NULL REFERENCES exercise(id) ON DELETE CASCADE, actor TEXT NOT NULL,
                  week INTEGER NOT NULL, json TEXT NOT NULL, created REAL NOT NULL, PRIMARY KEY (exercise_id, actor, week));
                """)
        }
        m.registerMigration("v2: injected events") { db in
            try db.execute(sql: """
                CREATE TABLE injected_event (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, exercise_id TEXT NOT NULL REFERENCES exercise(id) ON DELETE CASCADE,
                  week INTEGER NOT NULL, during INTEGER NOT NULL, json TEXT NOT NULL, created REAL NOT NULL);
                CREATE INDEX injected_event_exercise ON injected_event(exercise_id, id);
                """)
        }
        return m
    }

    // MARK: Records

    public struct Exercise: Sendable, Equatable {
        public var id: String
        public var name: String
        public var scenarioName: String
        public var scenarioFile: String
        public var scenarioText: String
        public var seed: UInt64
        public var posterior: Bool
        public var press: PressMode
        public var weeksPerTurn: Int
        public var turnSeconds: Int
        /// Weeks adjudicated.
        public var week: Int
        public var status: Status
        /// Unix time the current turn closes (nil while paused or over).
        public var deadline: Double?
        /// Bumped by every change a seat could see (live updates compare it).
        public var version: Int
        public var created: Double

        public enum Status: String, Sendable, Codable { case running, paused, finished }

        init(row: Row) {
            id = row["id"]
            name = row["name"]
            scenarioName = row["scenario_name"]
            scenarioFile = row["scenario_file"]
            scenarioText = row["scenario_text"]
            seed = UInt64(row["seed"] as String) ?? 0
            posterior = row["posterior"]
            press = PressMode(rawValue: row["press"]) ?? .full
            weeksPerTurn = row["weeks_per_turn"]
            turnSeconds = row["turn_seconds"]
            week = row["week"]
            status = Status(rawValue: row["status"]) ?? .paused
            deadline = row["deadline"]
            version = row["version"]
            created = row["created"]
        }

        public init(id: String, name: String, scenarioName: String, scenarioFile: String, scenarioText: String, seed: UInt64, posterior: Bool,
                    press: PressMode, weeksPerTurn: Int, turnSeconds: Int, week: Int = 0, status: Status = .running, deadline: Double?,
                    version: Int = 0, created: Double) {
            self.id = id
            self.name = name
            self.scenarioName = scenarioName
            self.scenarioFile = scenarioFile
            self.scenarioText = scenarioText
            self.seed = seed
            self.posterior = posterior
            self.press = press
            self.weeksPerTurn = weeksPerTurn
            self.turnSeconds = turnSeconds
            self.week = week
            self.status = status
            self.deadline = deadline
            self.version = version
            self.created = created
        }
    }

    public struct Seat: Sendable, Equatable {
        public var exerciseID: String
        public var role: ExerciseRole
        public var player: String?
    }

    // MARK: Writes (each one transaction)

    /// Creates an exercise with its seats (their token hashes).
    public func create(_ e: Exercise, seats: [(role: ExerciseRole, tokenHash: String)]) throws {
        try db.write { db in
            try db.execute(sql: """
                INSERT INTO exercise (id, name, scenario_name, scenario_file, scenario_text, seed, posterior, press, weeks_per_turn,
                  turn_seconds, week, status, deadline, version, created) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                """, arguments: [e.id, e.name, e.scenarioName, e.scenarioFile, e.scenarioText, String(e.seed), e.posterior, e.press.rawValue,
                                 e.weeksPerTurn, e.turnSeconds, e.week, e.status.rawValue, e.deadline, e.version, e.created])
            for s in seats {
                try db.execute(sql: "INSERT INTO seat (exercise_id, role, token_hash) VALUES (?,?,?)", arguments: [e.id, s.role.description, s.tokenHash])
            }
        }
    }

    /// Changes an exercise's turn state (week, status, deadline, pace).
    public func update(_ e: Exercise) throws {
        try change(e.id) { db in try Self.saveTurn(db, e) }
    }

    /// Adjudicates a turn: the new week and deadline, and the board's notices, in one transaction.
    public func advance(_ e: Exercise, notices: [(room: String, text: String)], now: Double) throws {
        try change(e.id) { db in
            try Self.saveTurn(db, e)
            for n in notices { try Self.insertMessage(db, e.id, room: n.room, sender: "umpire", week: e.week, text: n.text, now: now) }
        }
    }

    /// Rolls back the last turn: the week returns to `e.week`, and the decisions of the weeks
    /// from there, and the events the umpire injected in those turns, are forgotten (the seats
    /// decide them again). Messages stay: they were said.
    public func rollBack(_ e: Exercise, notice: String, now: Double) throws {
        try change(e.id) { db in
            try db.execute(sql: "DELETE FROM decision WHERE exercise_id = ? AND week >= ?", arguments: [e.id, e.week])
            try db.execute(sql: "DELETE FROM injected_event WHERE exercise_id = ? AND during >= ?", arguments: [e.id, e.week])
            try Self.saveTurn(db, e)
            try Self.insertMessage(db, e.id, room: Room.board.description, sender: "umpire", week: e.week, text: notice, now: now)
        }
    }

    /// Stores an event the umpire injected, with its notice on the board.
    public func inject(_ exerciseID: String, _ event: InjectedEvent, notice: String, now: Double) throws {
        try change(exerciseID) { db in
            try db.execute(sql: "INSERT INTO injected_event (exercise_id, week, during, json, created) VALUES (?,?,?,?,?)",
                           arguments: [exerciseID, event.week, event.during, event.json, now])
            try Self.insertMessage(db, exerciseID, room: Room.board.description, sender: "umpire", week: event.during, text: notice, now: now)
        }
    }

    public func take(_ exerciseID: String, role: ExerciseRole, player: String) throws {
        try change(exerciseID) { db in
            try db.execute(sql: "UPDATE seat SET player = ? WHERE exercise_id = ? AND role = ?", arguments: [player, exerciseID, role.description])
        }
    }

    @discardableResult
    public func post(_ exerciseID: String, room: Room, from role: ExerciseRole, week: Int, text: String, now: Double) throws -> Int64 {
        try change(exerciseID) { db in
            try Self.insertMessage(db, exerciseID, room: room.description, sender: role.description, week: week, text: text, now: now)
            return db.lastInsertedRowID
        }
    }

    /// Stores (or replaces) a seat's decision for a week.
    public func decide(_ exerciseID: String, _ d: SubmittedDecision, now: Double) throws {
        try change(exerciseID) { db in
            try db.execute(sql: "INSERT OR REPLACE INTO decision (exercise_id, actor, week, json, created) VALUES (?,?,?,?,?)",
                           arguments: [exerciseID, d.actor, d.week, d.json, now])
        }
    }

    public func withdraw(_ exerciseID: String, actor: String, week: Int) throws {
        try change(exerciseID) { db in
            try db.execute(sql: "DELETE FROM decision WHERE exercise_id = ? AND actor = ? AND week = ?", arguments: [exerciseID, actor, week])
        }
    }

    /// Every write a seat could see goes through here: one transaction that also moves the
    /// exercise's version (pages compare it), then, once committed, the live-update streams
    /// are woken.
    func change<T>(_ exerciseID: String, _ body: (Database) throws -> T) throws -> T {
        let result = try db.write { db in
            let result = try body(db)
            try db.execute(sql: "UPDATE exercise SET version = version + 1 WHERE id = ?", arguments: [exerciseID])
            return result
        }
        changes.publish(exerciseID)
        return result
    }

    /// The turn state of `e` (week, status, deadline, pace).
    static func saveTurn(_ db: Database, _ e: Exercise) throws {
        try db.execute(sql: "UPDATE exercise SET week = ?, status = ?, deadline = ?, weeks_per_turn = ? WHERE id = ?",
                       arguments: [e.week, e.status.rawValue, e.deadline, e.weeksPerTurn, e.id])
    }

    static func insertMessage(_ db: Database, _ exerciseID: String, room: String, sender: String, week: Int, text: String, now: Double) throws {
        try db.execute(sql: "INSERT INTO message (exercise_id, room, sender, week, text, created) VALUES (?,?,?,?,?,?)",
                       arguments: [exerciseID, room, sender, week, text, now])
    }

    // MARK: Reads

    public func exercise(_ id: String) throws -> Exercise? {
        try db.read { db in try Row.fetchOne(db, sql: "SELECT * FROM exercise WHERE id = ?", arguments: [id]).map(Exercise.init(row:)) }
    }

    public func exercises() throws -> [Exercise] {
        try db.read { db in try Row.fetchAll(db, sql: "SELECT * FROM exercise ORDER BY created, id").map(Exercise.init(row:)) }
    }

    /// The seat a token's hash opens, if any.
    public func seat(tokenHash: String) throws -> Seat? {
        try db.read { db in
            try Row.fetchOne(db, sql: "SELECT exercise_id, role, player FROM seat WHERE token_hash = ?", arguments: [tokenHash]).flatMap { row in
                ExerciseRole(row["role"] as String).map { Seat(exerciseID: row["exercise_id"], role: $0, player: row["player"]) }
            }
        }
    }

    public func seats(_ exerciseID: String) throws -> [Seat] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT exercise_id, role, player FROM seat WHERE exercise_id = ? ORDER BY rowid", arguments: [exerciseID]).compactMap { row in
                ExerciseRole(row["role"] as String).map { Seat(exerciseID: row["exercise_id"], role: $0, player: row["player"]) }
            }
        }
    }

    public func messages(_ exerciseID: String) throws -> [ExerciseMessage] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT id, room, sender, week, text FROM message WHERE exercise_id = ? ORDER BY id", arguments: [exerciseID]).map { row in
                ExerciseMessage(id: row["id"], room: row["room"], from: row["sender"], week: row["week"], text: row["text"])
            }
        }
    }

    /// How many messages `sender` posted in an exercise in `week`.
    public func messageCount(_ exerciseID: String, sender: ExerciseRole, week: Int) throws -> Int {
        try db.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM message WHERE exercise_id = ? AND sender = ? AND week = ?",
                             arguments: [exerciseID, sender.description, week]) ?? 0
        }
    }

    /// The events the umpire injected in an exercise, in the order injected.
    public func injected(_ exerciseID: String) throws -> [InjectedEvent] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT week, during, json FROM injected_event WHERE exercise_id = ? ORDER BY id", arguments: [exerciseID]).map { row in
                InjectedEvent(week: row["week"], during: row["during"], json: row["json"])
            }
        }
    }

    /// Every stored decision of an exercise, by week then actor.
    public func decisions(_ exerciseID: String) throws -> [SubmittedDecision] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT actor, week, json FROM decision WHERE exercise_id = ? ORDER BY week, actor", arguments: [exerciseID]).map { row in
                SubmittedDecision(actor: row["actor"], week: row["week"], json: row["json"])
            }
        }
    }
}

import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `serve` killed with SIGKILL at random moments while seats post and decide: on restart every
/// acknowledged message and decision is there, and the exercise goes on.
@Suite(.serialized) struct ServeCrashTests {
    /// A request through curl: the HTTP status (0: no answer) and the body.
    static func curl(_ method: String, _ url: String, token: String? = nil, json: String? = nil) throws -> (status: Int, body: String) {
        var args = ["-s", "-m", "5", "-X", method, "-w", "\n%{http_code}", url]
        if let token { args += ["-H", "Authorization: Bearer \(token)"] }
        if let json { args += ["-H", "Content-Type: application/json", "-d", json] }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard let cut = text.lastIndex(of: "\n") else { return (0, text) }
        return (Int(text[text.index(after: cut)...]) ?? 0, String(text[..<cut]))
    }

    static func start(db: String, port: Int) throws -> Process {
        let p = Process()
        p.executableURL = BinaryRunner.executable
        p.arguments = ["serve", "--db", db, "--port", String(port), "--posterior", "none"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        for _ in 0..<200 {
            if try curl("GET", "http://127.0.0.1:\(port)/api/health").status == 200 { return p }
            usleep(50_000)
        }
        p.terminate()
        throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "serve did not start on port \(port)"])
    }

    @Test func killNineLosesNothingAcknowledged() throws {
        #expect(FileManager.default.isExecutableFile(atPath: "/usr/bin/curl"), "the test needs curl")
        let dir = try BinaryRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("exercises.db").path
        var g = SystemRandomNumberGenerator()
        let port = Int.random(in: 20_000..<40_000, using: &g)
        let base = "http://127.0.0.1:\(port)"
        var server = try Self.start(db: db, port: port)
        defer { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() }
        let (status, text) = try Self.curl("POST", "\(base)/api/exercises", json: #"{"scenario": "minimal", "seed": 3, "turn_minutes": 600}"#)
        #expect(status == 201)
        let created = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        let id = created["id"] as! String
        let tokens = Dictionary(uniqueKeysWithValues: (created["seats"] as! [[String: String]]).map { ($0["role"]!, $0["token"]!) })
        var acknowledged: Set<String> = []
        var lastDecision: String?, pendingDecision: String?
        var kills = 0
        for trial in 0..<50 {
            let pid = server.processIdentifier
            let delay = UInt32.random(in: 20_000...300_000, using: &g)
            let killer = Thread { usleep(delay); kill(pid, SIGKILL) }
            killer.start()
            for k in 0..<10_000 {
                if k % 3 == 2 {
                    let moves = #"{"tariff": \#(21 + (trial * 7 + k) % 60)}"#
                    pendingDecision = moves
                    let r = try Self.curl("PUT", "\(base)/api/exercises/\(id)/decision", token: tokens["leader:A"], json: moves)
                    if r.status == 200 { lastDecision = moves; pendingDecision = nil } else if r.status == 0 { break }
                } else {
                    let message = "trial \(trial) message \(k)"
                    let r = try Self.curl("POST", "\(base)/api/exercises/\(id)/messages", token: tokens["leader:B"],
                                          json: #"{"room": "board", "text": "\#(message)"}"#)
                    if r.status == 201 { acknowledged.insert(message) } else if r.status == 0 { break }
                }
            }
            server.waitUntilExit()
            #expect(server.terminationReason == .uncaughtSignal)
            kills += 1
            server = try Self.start(db: db, port: port)
            // Everything acknowledged survived; the exercise answers as before.
            let board = try Self.curl("GET", "\(base)/api/exercises/\(id)/board", token: tokens["leader:A"])
            #expect(board.status == 200)
            let decoded = try JSONSerialization.jsonObject(with: Data(board.body.utf8)) as! [String: Any]
            let rooms = (decoded["board"] as! [String: Any])["rooms"] as! [[String: Any]]
            let stored = Set(rooms.flatMap { ($0["messages"] as! [[String: Any]]).map { $0["text"] as! String } })
            let lost = acknowledged.subtracting(stored)
            #expect(lost.isEmpty, "trial \(trial): lost \(lost.sorted().prefix(3))")
            if let lastDecision {
                // The stored decision is the last acknowledged one, or one sent after it whose answer the kill cut off.
                let decision = decoded["decision"] as? String ?? ""
                let moves = { (m: String) in m.replacingOccurrences(of: " ", with: "").dropFirst().dropLast() }
                #expect(decision.contains(moves(lastDecision)) || pendingDecision.map { decision.contains(moves($0)) } == true,
                        "trial \(trial): decision \(decision), last acknowledged \(lastDecision)")
            }
        }
        #expect(kills == 50 && acknowledged.count >= 50)
        // The exercise resumes: the umpire closes the turn and the week moves on.
        #expect(try Self.curl("POST", "\(base)/api/exercises/\(id)/umpire", token: tokens["umpire"], json: #"{"action": "adjudicate"}"#).status == 204)
        #expect(try Self.curl("GET", "\(base)/api/exercises/\(id)/board", token: tokens["observer"]).body.contains(#""week":1"#))
    }
}

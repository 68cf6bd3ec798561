import Exercises
import Foundation
import Hummingbird
import HummingbirdTesting
import Randomness
import Testing
@testable import Server

/// Ten thousand reads and writes across seats (boards, messages, decisions, the umpire's
/// actions and injected events) — other seats' tokens, another exercise's, expired ones (of an
/// exercise played to its end: they read, never write), guessed and mangled tokens, guessed
/// ids, observers, path tricks — and none succeeds that `SeatAccess` does not allow; none is a
/// server error.
struct CrossSeatAttackTests {
    @Test func noSeatReachesWhatItMayNot() async throws {
        let service = try TestServer.service()
        try await TestServer.app(service).test(.router) { client in
            let x = try await client.create(#"{"scenario": "us-china-2025", "seed": 1, "turn_minutes": 600}"#)
            let y = try await client.create(#"{"scenario": "minimal", "seed": 2, "turn_minutes": 600}"#)
            // An exercise played to its end: its tokens have expired for everything but reading.
            let z = try await client.create(#"{"scenario": "minimal", "seed": 3, "turn_minutes": 600, "weeks_per_turn": 52}"#)
            while try await client.board(z.id, z.tokens["umpire"]!).exercise.status != "finished" {
                _ = try await client.call(.post, "/api/exercises/\(z.id)/umpire", token: z.tokens["umpire"], json: #"{"action": "adjudicate"}"#)
            }
            let exercises = [x, y, z]
            let accessX = SeatAccess(actors: ["USA", "CHN"], intermediaries: ["john-thornton", "steve-daines", "elon-musk"], press: .full)
            let accessY = SeatAccess(actors: ["A", "B"], intermediaries: ["go-between"], press: .full)
            let rooms = (accessX.rooms + accessY.rooms).map(\.description) + ["private:ghost:USA", "private:john-thornton:EU", "board ", "../board", "private:go-between:USA"]
            // Every token, with its true exercise and role; then forgeries.
            var tokens: [(token: String, exercise: Int?, role: ExerciseRole?)] = []
            for (k, e) in exercises.enumerated() { for (role, token) in e.tokens { tokens.append((token, k, ExerciseRole(role))) } }
            let real = tokens
            for t in real.prefix(6) {
                tokens.append((String(t.token.dropLast()), nil, nil))
                tokens.append((t.token + "A", nil, nil))
                tokens.append((t.token.uppercased(), nil, nil))
            }
            tokens += [("", nil, nil), ("null", nil, nil), (String(repeating: "A", count: 43), nil, nil), (String(repeating: "x", count: 5000), nil, nil)]
            let ids = [x.id, y.id, z.id, String(x.id.dropLast()), x.id + "0", "0", "..%2F" + x.id, x.id.uppercased(), "%00"]
            var rng = SplitMix64(seed: 77)
            var breaches: [String] = [], serverErrors: [String] = [], attempts = 0
            for _ in 0..<10_000 {
                let t = tokens[Int(rng.next() % UInt64(tokens.count))]
                let idIndex = Int(rng.next() % UInt64(ids.count))
                let id = ids[idIndex]
                let target: Int? = idIndex < 3 ? idIndex : nil
                let sameExercise = t.exercise != nil && t.exercise == target
                let open = target != 2
                let access = target == 0 ? accessX : accessY
                let op = rng.next() % 7
                var allowed = false
                var request: (HTTPRequest.Method, String, String?)
                switch op {
                case 0:
                    request = (.get, "/api/exercises/\(id)/board", nil)
                    allowed = sameExercise
                case 1:
                    let room = rooms[Int(rng.next() % UInt64(rooms.count))]
                    request = (.post, "/api/exercises/\(id)/messages", #"{"room": "\#(room)", "text": "probe"}"#)
                    allowed = sameExercise && open && Room(room).map { access.canWrite(t.role!, $0) } == true
                case 2:
                    request = (.put, "/api/exercises/\(id)/decision", #"{"tariff_move": "hold"}"#)
                    allowed = sameExercise && open && t.role?.actor != nil
                case 3:
                    request = (.delete, "/api/exercises/\(id)/decision", nil)
                    allowed = sameExercise && open && t.role?.actor != nil
                case 4:
                    request = (.post, "/api/exercises/\(id)/umpire", #"{"action": "pace", "weeks_per_turn": 1}"#)
                    allowed = sameExercise && open && t.role == .umpire
                case 5:
                    request = (.post, "/api/exercises/\(id)/inject", #"{"kind": "summit"}"#)
                    allowed = sameExercise && open && t.role == .umpire
                default:
                    request = (.get, "/api/exercises/\(id)/version", nil)
                    allowed = sameExercise
                }
                attempts += 1
                let (status, body) = try await client.call(request.0, request.1, token: t.token, json: request.2)
                if status >= 500 { serverErrors.append("\(request.0) \(request.1) → \(status) \(body.prefix(200))") }
                if (200..<300).contains(status), !allowed { breaches.append("\(t.role.map { "\($0)" } ?? "forged") \(request.0) \(request.1) \(request.2 ?? "")") }
                if allowed, status == 403 || status == 404 { breaches.append("refused an allowed \(request.0) \(request.1) → \(status)") }
            }
            #expect(attempts == 10_000)
            #expect(breaches.isEmpty, "\(breaches.prefix(5))")
            #expect(serverErrors.isEmpty, "\(serverErrors.prefix(5))")
            // What was posted landed only where its poster may write, and every board shows its seat's rooms only.
            for (k, e) in exercises.enumerated() {
                let access = k == 0 ? accessX : accessY
                if k == 2 { #expect(try await client.board(e.id, e.tokens["umpire"]!).exercise.status == "finished") }
                for (roleText, token) in e.tokens {
                    let role = ExerciseRole(roleText)!
                    let board = try await client.board(e.id, token)
                    #expect(Set(board.board.rooms.map(\.room)) == Set(access.readable(by: role).map(\.description)))
                    for room in board.board.rooms {
                        for m in room.messages where m.from != "umpire" { #expect(access.canWrite(ExerciseRole(m.from)!, Room(m.room)!)) }
                    }
                }
            }
        }
    }
}

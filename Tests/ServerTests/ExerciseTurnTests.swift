import Exercises
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server

/// A turn end to end through the API: seats join, talk, decide; the engine adjudicates.
struct ExerciseTurnTests {
    @Test func twoLeadersAndAGoBetweenPlayATurn() async throws {
        let service = try TestServer.service()
        try await TestServer.app(service).test(.router) { client in
            let (id, t) = try await client.create(#"{"scenario": "minimal", "seed": 5, "turn_minutes": 60}"#)
            #expect(Set(t.keys) == ["leader:A", "leader:B", "intermediary:go-between", "umpire", "observer"])
            for role in ["leader:A", "leader:B", "intermediary:go-between"] {
                #expect(try await client.call(.post, "/api/exercises/\(id)/join", token: t[role], json: #"{"name": "p"}"#).status == 204)
            }
            #expect(try await client.call(.post, "/api/exercises/\(id)/messages", token: t["leader:A"],
                                          json: #"{"room": "private:go-between:A", "text": "we could cut by half"}"#).status == 201)
            #expect(try await client.call(.post, "/api/exercises/\(id)/messages", token: t["intermediary:go-between"],
                                          json: #"{"room": "private:go-between:B", "text": "A may move"}"#).status == 201)
            // The observer sees none of it; B sees only what was relayed to it.
            let observer = try await client.board(id, t["observer"]!)
            #expect(!observer.board.rooms.contains { $0.room.hasPrefix("private:") })
            #expect(!observer.board.rooms.flatMap(\.messages).contains { $0.text.contains("half") || $0.text.contains("may move") })
            let b = try await client.board(id, t["leader:B"]!)
            #expect(b.board.rooms.flatMap(\.messages).map(\.text) == ["A may move"])
            // One leader decides: the turn waits; the umpire sees who decided, never what.
            #expect(try await client.call(.put, "/api/exercises/\(id)/decision", token: t["leader:A"], json: #"{"statement": "conciliatory"}"#).status == 200)
            #expect(try await client.board(id, t["umpire"]!).decided == ["A"])
            #expect(try await client.board(id, t["leader:B"]!).decision == nil)
            #expect(try await client.board(id, t["leader:A"]!).exercise.week == 0)
            // The second decides: adjudicated.
            #expect(try await client.call(.put, "/api/exercises/\(id)/decision", token: t["leader:B"], json: #"{"tariff_move": "hold"}"#).status == 200)
            let after = try await client.board(id, t["leader:A"]!)
            #expect(after.exercise.week == 1 && after.board.weeks.count == 1)
            #expect(after.board.events.contains { $0.text.contains("conciliatory") })
            // A bad decision is refused with its field, and nothing is stored.
            let (status, text) = try await client.call(.put, "/api/exercises/\(id)/decision", token: t["leader:A"], json: #"{"tariff": -3}"#)
            #expect(status == 400 && text.contains("tariff"))
            #expect(try await client.board(id, t["leader:A"]!).decision == nil)
            // Civil disorder: the umpire closes the turn with B silent.
            #expect(try await client.call(.put, "/api/exercises/\(id)/decision", token: t["leader:A"], json: #"{"tariff_move": "hold"}"#).status == 200)
            #expect(try await client.call(.post, "/api/exercises/\(id)/umpire", token: t["umpire"], json: #"{"action": "adjudicate"}"#).status == 204)
            let board = try await client.board(id, t["observer"]!)
            #expect(board.exercise.week == 2)
            #expect(board.board.rooms.first { $0.room == "board" }!.messages.contains { $0.text.contains("B did not decide week 1") })
            // Roll back one turn: week 1 again, its decisions forgotten, the past unchanged.
            #expect(try await client.call(.post, "/api/exercises/\(id)/umpire", token: t["umpire"], json: #"{"action": "rollback"}"#).status == 204)
            let back = try await client.board(id, t["leader:A"]!)
            #expect(back.exercise.week == 1 && back.decision == nil)
            #expect(back.board.weeks == after.board.weeks)
            // The after-action report: the umpire's at any time, the others' once it is over.
            #expect(try await client.call(.get, "/api/exercises/\(id)/report", token: t["leader:A"]).status == 403)
            let report = try await client.call(.get, "/api/exercises/\(id)/report", token: t["umpire"])
            #expect(report.status == 200 && report.body.contains("Decisions against the rules") && report.body.contains("we could cut by half"))
            // Only the umpire rules; only leaders decide.
            #expect(try await client.call(.post, "/api/exercises/\(id)/umpire", token: t["leader:A"], json: #"{"action": "pause"}"#).status == 403)
            #expect(try await client.call(.put, "/api/exercises/\(id)/decision", token: t["observer"], json: #"{"tariff_move": "hold"}"#).status == 403)
        }
    }

    @Test func liveUpdatesStreamTheVersion() async throws {
        let service = try TestServer.service()
        try await TestServer.app(service).test(.router) { client in
            let (id, t) = try await client.create(#"{"scenario": "minimal", "seed": 5}"#)
            let (status, body) = try await client.call(.get, "/api/exercises/\(id)/events?max_seconds=1", token: t["observer"])
            #expect(status == 200)
            #expect(body.hasPrefix("event: version\ndata: 0\n\n"))
            // A change while the stream is open reaches it (the store wakes it); a closed stream
            // leaves nothing subscribed.
            async let streamed = client.call(.get, "/api/exercises/\(id)/events?max_seconds=2", token: t["observer"])
            while service.store.changes.subscribers == 0 { try await Task.sleep(for: .milliseconds(10)) }
            #expect(try await client.call(.post, "/api/exercises/\(id)/messages", token: t["umpire"], json: #"{"room": "board", "text": "now"}"#).status == 201)
            let (_, live) = try await streamed
            // (The stream reads its first version after subscribing: 0, or already 1.)
            #expect(live == "event: version\ndata: 0\n\nevent: version\ndata: 1\n\n" || live == "event: version\ndata: 1\n\n")
            #expect(service.store.changes.subscribers == 0)
            #expect(try await client.call(.get, "/api/exercises/\(id)/events?max_seconds=0", token: t["observer"]).status == 400)
            #expect(try await client.call(.get, "/api/exercises/\(id)/events", token: "forged").status == 404)
        }
    }

    @Test func aTurnClosesAtItsDeadlineAndTheRulesPlayTheSilent() async throws {
        final class Clock: @unchecked Sendable { var now = 1_000.0 }
        let clock = Clock()
        let service = try TestServer.service(clock: { clock.now })
        try await TestServer.app(service).test(.router) { client in
            let (id, t) = try await client.create(#"{"scenario": "minimal", "seed": 5, "turn_minutes": 1, "weeks_per_turn": 2}"#)
            #expect(try await client.call(.post, "/api/exercises/\(id)/join", token: t["leader:A"], json: #"{"name": "p"}"#).status == 204)
            #expect(try await client.board(id, t["observer"]!).exercise.week == 0)
            clock.now += 61
            try await service.tick()
            let board = try await client.board(id, t["observer"]!)
            #expect(board.exercise.week == 2)
            #expect(board.board.rooms[0].messages.contains { $0.text.contains("A did not decide week 0") })
        }
    }

    @Test func theUmpireInjectsAnEventAndARollbackForgetsIt() async throws {
        try await TestServer.app(try TestServer.service()).test(.router) { client in
            let (id, t) = try await client.create(#"{"scenario": "minimal", "seed": 5, "turn_minutes": 60}"#)
            let shock = #"{"kind": "market_shock", "pain": 6, "actor": "A", "name": "bond sell-off"}"#
            // Only the umpire injects; a bad event is refused with its field; the past is closed.
            #expect(try await client.call(.post, "/api/exercises/\(id)/inject", token: t["leader:A"], json: shock).status == 403)
            let bad = try await client.call(.post, "/api/exercises/\(id)/inject", token: t["umpire"], json: #"{"kind": "market_shock", "pain": -1}"#)
            #expect(bad.status == 400 && bad.body.contains("pain"))
            #expect(try await client.call(.post, "/api/exercises/\(id)/inject", token: t["umpire"], json: #"{"kind": "election", "actor": "A"}"#).status == 400)
            #expect(try await client.call(.post, "/api/exercises/\(id)/umpire", token: t["umpire"], json: #"{"action": "adjudicate"}"#).status == 204)
            let quiet = try await client.board(id, t["leader:A"]!)
            let injected = try await client.call(.post, "/api/exercises/\(id)/inject", token: t["umpire"], json: shock)
            #expect(injected.status == 201 && injected.body.contains(#""week":1"#))
            #expect(try await client.call(.post, "/api/exercises/\(id)/inject", token: t["umpire"], json: #"{"kind": "summit", "week": 0}"#).status == 400)
            // Announced on the board at once; played when the turn is adjudicated.
            #expect(try await client.board(id, t["observer"]!).board.rooms[0].messages.contains { $0.text.contains("bond sell-off") })
            #expect(try await client.call(.post, "/api/exercises/\(id)/umpire", token: t["umpire"], json: #"{"action": "adjudicate"}"#).status == 204)
            let hit = try await client.board(id, t["leader:A"]!)
            #expect(hit.board.weeks.prefix(1) == quiet.board.weeks.prefix(1))
            #expect(hit.board.events.contains { $0.week == 1 && $0.text.contains("market shock (bond sell-off)") })
            let report = try await client.call(.get, "/api/exercises/\(id)/report", token: t["umpire"])
            #expect(report.body.contains("Events the umpire injected"))
            // Rolling back the turn it was injected in forgets it.
            #expect(try await client.call(.post, "/api/exercises/\(id)/umpire", token: t["umpire"], json: #"{"action": "rollback"}"#).status == 204)
            #expect(try await client.call(.post, "/api/exercises/\(id)/umpire", token: t["umpire"], json: #"{"action": "adjudicate"}"#).status == 204)
            let replayed = try await client.board(id, t["leader:A"]!)
            #expect(!replayed.board.events.contains { $0.text.contains("bond sell-off") })
            #expect(replayed.board.weeks.count == 2)
        }
    }

    @Test func acknowledgedWorkSurvivesARestart() async throws {
        let path = TestServer.storePath()
        let (id, tokens, before) = try await TestServer.app(try TestServer.service(path: path)).test(.router) { client in
            let (id, tokens) = try await client.create(#"{"scenario": "minimal", "seed": 9, "turn_minutes": 60}"#)
            _ = try await client.call(.post, "/api/exercises/\(id)/messages", token: tokens["leader:B"], json: #"{"room": "board", "text": "hello"}"#)
            _ = try await client.call(.put, "/api/exercises/\(id)/decision", token: tokens["leader:B"], json: #"{"tariff_move": "raise"}"#)
            _ = try await client.call(.post, "/api/exercises/\(id)/inject", token: tokens["umpire"], json: #"{"kind": "summit", "name": "at the lake"}"#)
            _ = try await client.call(.post, "/api/exercises/\(id)/umpire", token: tokens["umpire"], json: #"{"action": "adjudicate"}"#)
            return (id, tokens, try await client.board(id, tokens["leader:B"]!))
        }
        try await TestServer.app(try TestServer.service(path: path)).test(.router) { client in
            let after = try await client.board(id, tokens["leader:B"]!)
            #expect(after.board == before.board)
            #expect(after.board.rooms[0].messages.contains { $0.text == "hello" })
            #expect(after.board.events.contains { $0.text.contains("at the lake") })
        }
    }
}

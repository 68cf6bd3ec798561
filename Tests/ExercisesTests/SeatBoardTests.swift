import Diplomacy
import Foundation
import Randomness
import Studies
import Testing
@testable import Exercises

/// What a seat's board shows: its view, nothing more.
struct SeatBoardTests {
    static let messages = [
        ExerciseMessage(id: 1, room: "board", from: "leader:USA", week: 0, text: "public"),
        ExerciseMessage(id: 2, room: "private:john-thornton:USA", from: "leader:USA", week: 1, text: "secret to Thornton"),
        ExerciseMessage(id: 3, room: "private:john-thornton:CHN", from: "intermediary:john-thornton", week: 1, text: "relayed"),
        ExerciseMessage(id: 4, room: "private:elon-musk:CHN", from: "leader:CHN", week: 2, text: "other channel"),
    ]

    static func replay(weeks: Int = 30) throws -> (Adjudicator, Replay) {
        let a = try Adjudicator(source: ScenarioSource.resolve("us-china-2025"), seed: Seed(3), posterior: nil)
        let opened = try SubmittedDecision.entry(moves: Data(#"{"open_backchannel": "john-thornton"}"#.utf8), actor: "USA", week: 0).get()
        return (a, try a.replay([opened], weeks: weeks))
    }

    @Test func eachSeatSeesItsRoomsAndItsEventsOnly() throws {
        let (a, replay) = try Self.replay()
        let access = SeatAccess(actors: a.actors, intermediaries: a.intermediaries.map(\.id), press: .full)
        for role in access.seats {
            let board = SeatBoard.build(role: role, access: access, replay: replay, messages: Self.messages)
            let rooms = Set(board.rooms.map(\.room))
            #expect(rooms == Set(access.readable(by: role).map(\.description)))
            for room in board.rooms { #expect(room.messages.allSatisfy { $0.room == room.room }) }
            let side = role.actor.flatMap { a.actors.firstIndex(of: $0) }
            for e in board.events {
                let source = replay.events.first { $0.week == e.week && $0.text == e.text }!
                switch (role, source.visibility) {
                case (.umpire, _), (_, .public): break
                case (.leader, _): #expect(source.learned[side!] == e.learnt)
                default: Issue.record("\(role) saw \(source.visibility) event \(source.text)")
                }
            }
            for w in board.weeks {
                for (i, s) in w.sides.enumerated() { #expect((s.pain != nil) == (role == .umpire || side == i)) }
            }
        }
        let observer = SeatBoard.build(role: .observer, access: access, replay: replay, messages: Self.messages)
        #expect(!observer.rooms.flatMap(\.messages).contains { $0.text.contains("secret") })
    }

    @Test func aLeakExposesTheLeakedIntermediarysRoomsUpToTheLeak() {
        let exposed = SeatBoard.exposed(Self.messages, leaks: [(week: 1, intermediary: "john-thornton")], through: 5)
        #expect(exposed.map(\.id) == [2, 3])
        #expect(SeatBoard.exposed(Self.messages, leaks: [(week: 0, intermediary: "john-thornton")], through: 5).isEmpty)
        #expect(SeatBoard.exposed(Self.messages, leaks: [(week: 3, intermediary: "john-thornton")], through: 2).isEmpty)
    }
}

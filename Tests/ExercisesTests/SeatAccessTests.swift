import Testing
@testable import Exercises

/// Who reads and writes where (docs/serve.md): the one rule every route asks.
struct SeatAccessTests {
    static let access = SeatAccess(actors: ["USA", "CHN"], intermediaries: ["thornton", "daines"], press: .full)
    static let usa = ExerciseRole.leader(actor: "USA"), chn = ExerciseRole.leader(actor: "CHN")
    static let thornton = ExerciseRole.intermediary(id: "thornton"), daines = ExerciseRole.intermediary(id: "daines")

    @Test func aPrivateRoomIsReadByItsTwoSeatsAndTheUmpireOnly() {
        let room = Room.private(intermediary: "thornton", actor: "USA")
        let readers = Self.access.seats.filter { Self.access.canRead($0, room) }
        #expect(Set(readers) == [Self.usa, Self.thornton, .umpire])
        let writers = Self.access.seats.filter { Self.access.canWrite($0, room) }
        #expect(Set(writers) == [Self.usa, Self.thornton])
    }

    @Test func thePublicRecordIsReadByEverySeatAndWrittenByThePlayers() {
        for room in [Room.board, .formal] {
            #expect(Self.access.seats.allSatisfy { Self.access.canRead($0, room) })
        }
        #expect(Set(Self.access.seats.filter { Self.access.canWrite($0, .board) }) == [Self.usa, Self.chn, Self.thornton, Self.daines, .umpire])
        #expect(Set(Self.access.seats.filter { Self.access.canWrite($0, .formal) }) == [Self.usa, Self.chn])
    }

    @Test func anObserverReadsOnlyThePublicRecordAndWritesNothing() {
        #expect(Self.access.readable(by: .observer) == [.board, .formal])
        #expect(!Self.access.rooms.contains { Self.access.canWrite(.observer, $0) })
    }

    @Test func pressModesCloseRooms() {
        let publicOnly = SeatAccess(actors: ["USA", "CHN"], intermediaries: ["thornton"], press: .publicOnly)
        #expect(publicOnly.rooms == [.board, .formal])
        #expect(!publicOnly.canRead(Self.usa, .private(intermediary: "thornton", actor: "USA")))
        let none = SeatAccess(actors: ["USA", "CHN"], intermediaries: ["thornton"], press: .none)
        #expect(!none.canWrite(Self.usa, .board) && !none.canWrite(Self.usa, .formal))
        #expect(none.canWrite(.umpire, .board))
    }

    @Test func rolesAndRoomsOutsideTheExerciseOpenNothing() {
        let stranger = ExerciseRole.leader(actor: "EU"), ghost = ExerciseRole.intermediary(id: "ghost")
        for room in Self.access.rooms {
            #expect(!Self.access.canRead(stranger, room) && !Self.access.canWrite(stranger, room))
            #expect(!Self.access.canRead(ghost, room) && !Self.access.canWrite(ghost, room))
        }
        let invented = Room.private(intermediary: "ghost", actor: "USA")
        #expect(!Self.access.seats.contains { Self.access.canRead($0, invented) })
        // Text round trips, and malformed names parse to nothing.
        for room in Self.access.rooms { #expect(Room(room.description) == room) }
        for role in Self.access.seats { #expect(ExerciseRole(role.description) == role) }
        for bad in ["", "private", "private::USA", "private:a:b:c", "Board", "leader:", "intermediary:", "umpire "] {
            #expect(Room(bad) == nil)
            #expect(ExerciseRole(bad) == nil)
        }
    }
}

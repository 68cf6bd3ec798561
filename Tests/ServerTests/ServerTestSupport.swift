import Exercises
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server

/// An exercise server on the router alone (no socket) with a store in a fresh file.
enum TestServer {
    static func storePath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("exercises-\(UUID().uuidString).db").path
    }

    static func service(path: String = storePath(), clock: @escaping @Sendable () -> Double = { 1_000_000 }) throws -> ExerciseService {
        ExerciseService(store: try ExerciseStore(path: path), posterior: nil, rate: 1e9, burst: 1e9, clock: clock)
    }

    static func app(_ service: ExerciseService) -> some ApplicationProtocol {
        Application(router: ExerciseRoutes.router(service))
    }
}

extension TestClientProtocol {
    /// A request with an optional bearer token and JSON body; the status and the body's text.
    @discardableResult
    func call(_ method: HTTPRequest.Method, _ uri: String, token: String? = nil, json: String? = nil) async throws -> (status: Int, body: String) {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        if json != nil { headers[.contentType] = "application/json" }
        return try await execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) }) { response in
            (Int(response.status.code), String(buffer: response.body))
        }
    }

    /// Creates an exercise; its id and the token of each seat by role.
    func create(_ body: String) async throws -> (id: String, tokens: [String: String]) {
        let (status, text) = try await call(.post, "/api/exercises", json: body)
        #expect(status == 201, "\(text)")
        let created = try JSONDecoder().decode(ExerciseAPI.Created.self, from: Data(text.utf8))
        return (created.id, Dictionary(uniqueKeysWithValues: created.seats.map { ($0.role, $0.token) }))
    }

    func board(_ id: String, _ token: String) async throws -> ExerciseAPI.Board {
        let (status, text) = try await call(.get, "/api/exercises/\(id)/board", token: token)
        #expect(status == 200, "\(text)")
        return try JSONDecoder().decode(ExerciseAPI.Board.self, from: Data(text.utf8))
    }
}

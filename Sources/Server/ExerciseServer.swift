import Exercises
import Foundation
import Hummingbird
import Logging

/// `backchannel serve`: the HTTP server of the live exercises, with the store at `db` and a
/// clock that closes turns whose deadline passed (each second).
public enum ExerciseServer {
    public static func application(_ service: ExerciseService, host: String, port: Int) -> some ApplicationProtocol {
        var logger = Logger(label: "backchannel.serve")
        logger.logLevel = .info
        return Application(router: ExerciseRoutes.router(service), configuration: .init(address: .hostname(host, port: port)), logger: logger)
    }

    /// Serves until interrupted (SIGINT/SIGTERM end it gracefully).
    public static func run(_ service: ExerciseService, host: String, port: Int) async throws {
        let app = application(service, host: host, port: port)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            group.addTask {
                while !Task.isCancelled {
                    try await Task.sleep(for: .seconds(1))
                    try? await service.tick()
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }
}

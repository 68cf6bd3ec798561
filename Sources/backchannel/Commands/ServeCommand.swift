import ArgumentParser
import Dispatch
import Experiments
import Foundation
import Server
import Studies

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve live exercises: people and bots play the leaders and go-betweens of a scenario.",
        discussion: """
        Starts an HTTP server with a SQLite store (write-ahead log). Open http://HOST:PORT/ to
        create an exercise from a bundled scenario: every seat (each leader, each intermediary,
        the umpire, observers) gets its own link, and seats nobody takes are played by the rules.
        Bots use the same JSON API as the pages: GET /openapi.json documents it (docs/serve.md).
        Exercises survive a restart: every acknowledged message and decision is in the store.

        Examples:
          backchannel serve
          backchannel serve --db exercises.db --port 8080 --host 0.0.0.0
        """
    )

    @Option(help: "The SQLite file of the exercises (created if missing).")
    var db = "exercises.db"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "Address to listen on (127.0.0.1: this machine only).")
    var host = "127.0.0.1"

    @Option(help: "Parameters of the exercises' runs: default (the bundled posterior; each exercise plays one draw, chosen by its seed) or none.")
    var posterior = "default"

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be 1 to 65535") }
        guard ["default", "none"].contains(posterior) else { throw ValidationError("--posterior: default or none") }
    }

    func run() throws {
        let store: ExerciseStore
        do { store = try ExerciseStore(path: db) } catch { throw BadInput("\(db): cannot open the exercise store (\(error))") }
        let service = ExerciseService(store: store, posterior: try Posterior.resolve(posterior))
        FileHandle.standardError.write(Data("serving on http://\(host):\(port)/ (store \(db)); Ctrl-C stops\n".utf8))
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        let (host, port) = (host, port)
        Task {
            do { try await ExerciseServer.run(service, host: host, port: port) } catch { failure.set(error) }
            done.signal()
        }
        done.wait()
        if let error = failure.error { throw InternalFailure("the server stopped: \(error)") }
    }
}

/// The server task's error, handed to the waiting command.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    var error: (any Error)? { lock.withLock { stored } }
    func set(_ e: any Error) { lock.withLock { stored = e } }
}

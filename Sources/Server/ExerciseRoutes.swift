import Exercises
import Foundation
import Hummingbird
import ServiceLifecycle

extension ExerciseError: HTTPResponseError {
    public var status: HTTPResponse.Status {
        switch self {
        case .badRequest: return .badRequest
        case .forbidden: return .forbidden
        case .notFound: return .notFound
        case .conflict: return .conflict
        case .tooLarge: return .contentTooLarge
        case .tooMany: return .tooManyRequests
        }
    }

    /// `{"error": {"message": …}}`, as Hummingbird writes its own errors.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        try HTTPError(status, message: message).response(from: request, context: context)
    }
}

extension ExerciseAPI.Created: ResponseEncodable {}
extension ExerciseAPI.Board: ResponseEncodable {}
extension ExerciseAPI.Posted: ResponseEncodable {}
extension ExerciseAPI.Accepted: ResponseEncodable {}
extension ExerciseAPI.Injected: ResponseEncodable {}

/// The HTTP face of `ExerciseService`: the JSON API (documented by the served OpenAPI
/// document), the seats' pages, and nothing else. Every route under an exercise takes the
/// seat's token as `Authorization: Bearer TOKEN` and asks the service, which asks
/// `SeatAccess`; no route reads the store itself.
public enum ExerciseRoutes {
    public static func router(_ service: ExerciseService) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/api/health") { _, _ in "ok" }
        router.get("/openapi.json") { _, _ in Self.text(OpenAPIDocument.json, type: "application/json") }
        router.get("/") { _, _ in Self.text(ExercisePages.index, type: "text/html; charset=utf-8") }
        router.get("/x/:id") { _, _ in Self.text(ExercisePages.seat, type: "text/html; charset=utf-8") }

        router.post("/api/exercises") { request, context -> Response in
            let body = try await request.decode(as: ExerciseAPI.CreateRequest.self, context: context)
            var response = try await service.create(body).response(from: request, context: context)
            response.status = .created
            return response
        }
        router.get("/api/exercises/:id/board") { request, context in
            try await service.board(seat(request, context, service))
        }
        router.get("/api/exercises/:id/version") { request, context in
            String(try await service.version(seat(request, context, service)))
        }
        router.get("/api/exercises/:id/events") { request, context -> Response in
            let s = try await seat(request, context, service)
            let seconds = request.uri.queryParameters.get("max_seconds", as: Int.self) ?? 300
            guard (1...3600).contains(seconds) else { throw ExerciseError.badRequest("max_seconds: 1 to 3600") }
            return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                            body: ResponseBody { writer in try await Self.stream(s, service, seconds: seconds, to: &writer) })
        }
        router.get("/api/exercises/:id/report") { request, context -> Response in
            Self.text(try await service.report(seat(request, context, service)), type: "text/html; charset=utf-8")
        }
        router.post("/api/exercises/:id/join") { request, context -> HTTPResponse.Status in
            let s = try await seat(request, context, service)
            try await service.join(s, name: request.decode(as: ExerciseAPI.Join.self, context: context).name)
            return .noContent
        }
        router.post("/api/exercises/:id/messages") { request, context -> Response in
            let s = try await seat(request, context, service)
            let post = try await request.decode(as: ExerciseAPI.Post.self, context: context)
            var response = try ExerciseAPI.Posted(id: try await service.post(s, room: post.room, text: post.text)).response(from: request, context: context)
            response.status = .created
            return response
        }
        router.put("/api/exercises/:id/decision") { request, context in
            let s = try await seat(request, context, service)
            let body = try await request.body.collect(upTo: ExerciseService.maxDecision)
            return try await service.decide(s, moves: Data(body.readableBytesView))
        }
        router.delete("/api/exercises/:id/decision") { request, context -> HTTPResponse.Status in
            try await service.withdraw(seat(request, context, service))
            return .noContent
        }
        router.post("/api/exercises/:id/inject") { request, context -> Response in
            let s = try await seat(request, context, service)
            let body = try await request.body.collect(upTo: ExerciseService.maxDecision)
            var response = try await service.inject(s, event: Data(body.readableBytesView)).response(from: request, context: context)
            response.status = .created
            return response
        }
        router.post("/api/exercises/:id/umpire") { request, context -> HTTPResponse.Status in
            let s = try await seat(request, context, service)
            try await service.umpire(s, request.decode(as: ExerciseAPI.UmpireAction.self, context: context))
            return .noContent
        }
        return router
    }

    /// The seat the request's bearer token opens in the exercise of its path.
    static func seat(_ request: Request, _ context: BasicRequestContext, _ service: ExerciseService) async throws -> ExerciseStore.Seat {
        let id = try context.parameters.require("id")
        var token: String?
        if let header = request.headers[.authorization], header.hasPrefix("Bearer ") { token = String(header.dropFirst(7)) }
        return try await service.seat(id, token: token)
    }

    /// Server-sent events: `event: version` with the exercise's version at once and whenever
    /// it moves (the store's `ChangeHub` wakes the stream after every write), a comment every
    /// 15 s to keep the line open, for `seconds` (then the client reconnects) or until the
    /// server shuts down. A closed connection ends it at the next write.
    static func stream(_ seat: ExerciseStore.Seat, _ service: ExerciseService, seconds: Int, to writer: inout any ResponseBodyWriter) async throws {
        let (signals, continuation) = service.store.changes.subscribe(seat.exerciseID)
        // The stream's clock: keep-alives, then the end.
        let clock = Task {
            var left = seconds
            while left > 0 {
                let step = min(15, left)
                try await Task.sleep(for: .seconds(step))
                left -= step
                if left > 0 { continuation.yield(.tick) }
            }
            continuation.finish()
        }
        defer {
            clock.cancel()
            continuation.finish()
        }
        var last = try await service.version(seat)
        try await writer.write(ByteBuffer(string: "event: version\ndata: \(last)\n\n"))
        try await withGracefulShutdownHandler {
            for await signal in signals {
                switch signal {
                case .changed:
                    let version = try await service.version(seat)
                    guard version != last else { continue }
                    try await writer.write(ByteBuffer(string: "event: version\ndata: \(version)\n\n"))
                    last = version
                case .tick:
                    try await writer.write(ByteBuffer(string: ": still here\n\n"))
                }
            }
        } onGracefulShutdown: {
            continuation.finish()
        }
        try await writer.finish(nil)
    }

    static func text(_ body: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

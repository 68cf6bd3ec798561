import Exercises
import Foundation
import Hummingbird

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

    static func text(_ body: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

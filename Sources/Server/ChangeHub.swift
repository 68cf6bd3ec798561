import Synchronization

/// Who waits for an exercise to change: each live-update stream subscribes, and the store
/// publishes after every write it commits, so a stream wakes at once and an idle one costs
/// nothing. One server per store: a second process writing the same file is not heard (a page
/// that reconnects still reads the latest state).
public final class ChangeHub: Sendable {
    public enum Signal: Sendable, Equatable {
        /// The exercise changed: read its version.
        case changed
        /// Time for a keep-alive line.
        case tick
    }

    private let state = Mutex<(next: Int, streams: [String: [Int: AsyncStream<Signal>.Continuation]])>((0, [:]))

    public init() {}

    /// The signals of exercise `id`, until the continuation finishes (a reader that falls
    /// behind keeps only the latest few: it reads the version anyway).
    public func subscribe(_ id: String) -> (signals: AsyncStream<Signal>, continuation: AsyncStream<Signal>.Continuation) {
        let (signals, continuation) = AsyncStream.makeStream(of: Signal.self, bufferingPolicy: .bufferingNewest(4))
        let key = state.withLock { s in
            s.next += 1
            s.streams[id, default: [:]][s.next] = continuation
            return s.next
        }
        continuation.onTermination = { [weak self] _ in self?.remove(id, key) }
        return (signals, continuation)
    }

    /// Wakes every stream of exercise `id`.
    public func publish(_ id: String) {
        for continuation in state.withLock({ s in Array((s.streams[id] ?? [:]).values) }) { continuation.yield(.changed) }
    }

    /// Open streams (all exercises).
    public var subscribers: Int { state.withLock { s in s.streams.values.reduce(0) { $0 + $1.count } } }

    private func remove(_ id: String, _ key: Int) {
        state.withLock { s in
            s.streams[id]?[key] = nil
            if s.streams[id]?.isEmpty == true { s.streams[id] = nil }
        }
    }
}

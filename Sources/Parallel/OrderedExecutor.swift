import Dispatch
import Synchronization

/// The one way Backchannel runs numbered work in parallel: items 0..<count go to up to
/// `threads` workers, each with its own local state (an economy cache, a question tracker), and
/// every item's output is merged into the total in item order, one merge at a time.
///
/// Because merging happens in item order whatever the scheduling, and an item's output depends
/// only on its index, the total is bit-identical for any thread count. Only the outputs of items
/// that finished ahead of the next one to merge are held, never all of them.
public enum OrderedExecutor {
    public static func run<Local, Output: Sendable, Total: Sendable>(
        count: Int, threads: Int, into initial: Total,
        local makeLocal: @Sendable () -> Local,
        work: @Sendable (_ item: Int, _ local: inout Local) -> Output,
        merge: @Sendable (_ total: inout Total, _ item: Int, _ output: Output) -> Void
    ) -> Total {
        let state = Mutex(State<Output, Total>(total: initial))
        let workers = max(1, min(threads, count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var local = makeLocal()
            while true {
                guard let item = state.withLock({ s -> Int? in
                    guard s.nextItem < count else { return nil }
                    defer { s.nextItem += 1 }
                    return s.nextItem
                }) else { break }
                let output = work(item, &local)
                state.withLock { s in
                    s.finished[item] = output
                    while let next = s.finished.removeValue(forKey: s.nextToMerge) {
                        merge(&s.total, s.nextToMerge, next)
                        s.nextToMerge += 1
                    }
                }
            }
        }
        return state.withLock { $0.total }
    }

    /// `map` on `threads` workers, results in input order; the first error by index is thrown,
    /// so the outcome is the same whatever the scheduling.
    public static func map<Element: Sendable, T: Sendable>(_ elements: [Element], threads: Int,
                                                           _ transform: @Sendable (Element) throws -> T) throws -> [T] {
        let results = run(count: elements.count, threads: threads, into: [Result<T, any Error>](), local: {},
                          work: { i, _ in Result { try transform(elements[i]) } },
                          merge: { total, _, r in total.append(r) })
        return try results.map { try $0.get() }
    }

    struct State<Output: Sendable, Total: Sendable>: Sendable {
        var total: Total
        var nextItem = 0
        var nextToMerge = 0
        var finished: [Int: Output] = [:]
    }
}

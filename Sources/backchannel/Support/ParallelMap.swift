import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `map` on all cores, results in input order; the first error by index is thrown, so the
    /// outcome is the same whatever the scheduling.
    func parallelMap<T: Sendable>(threads: Int, _ transform: @Sendable (Element) throws -> T) throws -> [T] {
        let results = Mutex([Int: Result<T, any Error>]())
        let next = Atomic<Int>(0)
        let count = self.count
        DispatchQueue.concurrentPerform(iterations: Swift.max(1, Swift.min(threads, count))) { _ in
            while true {
                let i = next.add(1, ordering: .relaxed).oldValue
                guard i < count else { break }
                let r = Result { try transform(self[i]) }
                results.withLock { $0[i] = r }
            }
        }
        return try results.withLock { table in try (0..<count).map { try table[$0]!.get() } }
    }
}

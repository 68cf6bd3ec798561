import Parallel
import Synchronization
import Testing

@Suite struct OrderedExecutorTests {
    /// Merges arrive in item order for any thread count, even when late items finish first.
    @Test(arguments: [1, 2, 3, 8])
    func mergesInItemOrder(threads: Int) {
        let order = OrderedExecutor.run(count: 200, threads: threads, into: [Int](), local: { 0 },
                                        work: { i, calls in
                                            calls += 1
                                            // Uneven work so that items finish out of order.
                                            var x = 0.0
                                            for k in 0..<((200 - i) * 50) { x += Double(k) }
                                            return x >= 0 ? i : -1
                                        },
                                        merge: { total, item, output in
                                            precondition(item == total.count)
                                            total.append(output)
                                        })
        #expect(order == Array(0..<200))
    }

    /// A floating-point sum merged in order is bit-identical for any thread count.
    @Test func floatingPointTotalDoesNotDependOnThreads() {
        func total(_ threads: Int) -> Double {
            OrderedExecutor.run(count: 500, threads: threads, into: 0.0, local: {},
                                work: { i, _ in 1.0 / Double(i + 1).squareRoot() }, merge: { $0 += $2 })
        }
        let one = total(1)
        for t in [2, 4, 7] { #expect(total(t).bitPattern == one.bitPattern) }
    }

    /// Each worker's local state is its own: a worker sees only the items it ran.
    @Test func localStateIsPerWorker() {
        let seen = OrderedExecutor.run(count: 100, threads: 4, into: 0, local: { [Int]() },
                                       work: { i, mine in mine.append(i); return mine.count }, merge: { $0 += $2 })
        #expect(seen >= 100)  // counts 1…k per worker sum to at least the item count
    }

    @Test func mapKeepsOrderAndThrowsTheFirstErrorByIndex() throws {
        struct Bad: Error, Equatable { var index: Int }
        #expect(try OrderedExecutor.map(Array(0..<50), threads: 3) { $0 * 2 } == (0..<50).map { $0 * 2 })
        #expect(throws: Bad(index: 7)) {
            try OrderedExecutor.map(Array(0..<50), threads: 3) { i in if i == 7 || i == 30 { throw Bad(index: i) }; return i }
        }
        #expect(try OrderedExecutor.map([Int](), threads: 2) { $0 }.isEmpty)
    }
}

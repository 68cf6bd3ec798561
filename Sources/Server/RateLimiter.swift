/// A token bucket per key (a seat's token hash, or the client for unauthenticated routes):
/// `rate` requests a second on average, bursts of `burst`. Refusals are 429s, never waits.
struct RateLimiter: Sendable {
    let rate: Double
    let burst: Double
    private var buckets: [String: (tokens: Double, at: Double)] = [:]

    init(rate: Double, burst: Double) {
        self.rate = rate
        self.burst = burst
    }

    /// Takes one request's token for `key` at time `now` (seconds); false when the bucket is empty.
    mutating func allow(_ key: String, now: Double) -> Bool {
        var b = buckets[key] ?? (burst, now)
        b.tokens = min(burst, b.tokens + (now - b.at) * rate)
        b.at = now
        guard b.tokens >= 1 else {
            buckets[key] = b
            return false
        }
        b.tokens -= 1
        buckets[key] = b
        if buckets.count > 100_000 { buckets = buckets.filter { now - $0.value.at < 60 } }  // bounded memory
        return true
    }
}

import Testing
@testable import Randomness

@Suite struct SamplingTests {
    @Test func uniformDoubleHasMeanHalfAndStaysInRange() {
        var g = Seed(7).generator()
        var sum = 0.0
        let n = 200_000
        for _ in 0..<n {
            let u = g.uniform()
            #expect(u >= 0 && u < 1)
            sum += u
        }
        // Standard error of the mean is sqrt(1/12/n) ≈ 6.5e-4; allow 5 SE.
        #expect(abs(sum / Double(n) - 0.5) < 0.0033)
    }

    @Test func boundedIntegersPassChiSquare() {
        var g = Seed(11).generator()
        let buckets = 10
        let n = 100_000
        var counts = [Int](repeating: 0, count: buckets)
        for _ in 0..<n { counts[Int(g.uniform(below: UInt64(buckets)))] += 1 }
        let expected = Double(n) / Double(buckets)
        let chi2 = counts.reduce(0.0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
        // 9 degrees of freedom: P(chi2 > 27.88) = 0.001.
        #expect(chi2 < 27.88)
    }

    @Test func biasedGeneratorFailsChiSquare() {
        // The test above must be able to fail: a modulo-biased generator over a bound that does
        // not divide 2^k is detectable with a coarse source.
        var g = Seed(11).generator()
        let buckets = 10
        let n = 100_000
        var counts = [Int](repeating: 0, count: buckets)
        for _ in 0..<n { counts[Int((g.next() >> 60) % UInt64(buckets))] += 1 }  // 16 values mod 10
        let expected = Double(n) / Double(buckets)
        let chi2 = counts.reduce(0.0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
        #expect(chi2 > 27.88)
    }

    @Test func closedRangeCoversBothEnds() {
        var g = Seed(3).generator()
        var seen = Set<Int>()
        for _ in 0..<1_000 { seen.insert(g.uniform(in: -2...2)) }
        #expect(seen == [-2, -1, 0, 1, 2])
    }

    @Test func bernoulliFrequencyMatchesP() {
        var g = Seed(5).generator()
        let n = 100_000
        var hits = 0
        for _ in 0..<n where g.bernoulli(0.3) { hits += 1 }
        // SE = sqrt(.3*.7/n) ≈ 0.00145; allow 5 SE.
        #expect(abs(Double(hits) / Double(n) - 0.3) < 0.0073)
        var always = Seed(5).generator()
        #expect((0..<100).allSatisfy { _ in !always.bernoulli(0) })
    }

    @Test func normalHasUnitMomentsAndSymmetricTails() {
        var g = Seed(9).generator()
        let n = 200_000
        var sum = 0.0, sumSq = 0.0, beyond196 = 0
        for _ in 0..<n {
            let z = g.normal()
            sum += z
            sumSq += z * z
            if abs(z) > 1.959964 { beyond196 += 1 }
        }
        let mean = sum / Double(n)
        let variance = sumSq / Double(n) - mean * mean
        #expect(abs(mean) < 0.012)
        #expect(abs(variance - 1) < 0.02)
        #expect(abs(Double(beyond196) / Double(n) - 0.05) < 0.003)
    }

    @Test func shuffleIsAPermutationAndUniformOverPositions() {
        var g = Seed(13).generator()
        let n = 5
        var firstPosition = [Int](repeating: 0, count: n)
        for _ in 0..<50_000 {
            var items = Array(0..<n)
            g.shuffle(&items)
            #expect(items.sorted() == Array(0..<n))
            firstPosition[items[0]] += 1
        }
        let expected = 50_000.0 / Double(n)
        let chi2 = firstPosition.reduce(0.0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
        #expect(chi2 < 18.47)  // 4 d.o.f., p = 0.001
    }

    @Test func shuffleIsDeterministicPerSeed() {
        var a = Seed(99).generator(), b = Seed(99).generator()
        var x = Array(0..<20), y = Array(0..<20)
        a.shuffle(&x)
        b.shuffle(&y)
        #expect(x == y)
        #expect(x != Array(0..<20))
    }
}

import Dispatch
import Randomness

extension PreparedScenario {
    /// Runs per second of an ensemble of `runs` runs (seed 1) on `threads` workers (`bench engine`).
    public func throughput(threads: Int, runs: Int) -> Double {
        let ensemble = self.ensemble(seed: Seed(1), runs: runs)
        let start = DispatchTime.now().uptimeNanoseconds
        _ = ensemble.run(threads: threads)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Double(runs) / seconds
    }
}

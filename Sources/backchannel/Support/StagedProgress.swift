import Reports
import Synchronization

/// Progress bars for work in stages (screening, fitting, folds): one bar per stage on a
/// terminal, the previous one erased when the next begins; nothing when stderr is not a terminal.
final class StagedProgress: Sendable {
    private let current = Mutex<(stage: String, bar: ProgressBar?)>(("", nil))

    func update(_ stage: String, _ done: Int, _ total: Int) {
        current.withLock { c in
            if c.stage != stage {
                c.bar?.finish()
                c = (stage, ProgressBar.onTerminal(total: total, label: stage))
            }
            c.bar?.update(done)
        }
    }

    func finish() { current.withLock { $0.bar?.finish() } }
}

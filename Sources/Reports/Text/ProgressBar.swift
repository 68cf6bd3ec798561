import Foundation
import Synchronization

/// A progress bar on stderr — runs done, runs/s, ETA — drawn only when stderr is a terminal,
/// at most ten times a second, and erased when the work is done. Safe to call from any thread.
public final class ProgressBar: Sendable {
    let total: Int
    let label: String
    private let start = ContinuousClock.now
    private let state = Mutex<(drawn: ContinuousClock.Instant?, done: Int)>((nil, 0))

    /// A bar if stderr is a terminal, else nil.
    public static func onTerminal(total: Int, label: String = "runs") -> ProgressBar? {
        isatty(STDERR_FILENO) == 1 ? ProgressBar(total: total, label: label) : nil
    }

    init(total: Int, label: String) {
        self.total = max(1, total)
        self.label = label
    }

    public func update(_ done: Int) {
        let now = ContinuousClock.now
        let draw = state.withLock { s -> Bool in
            guard done > s.done else { return false }
            s.done = done
            if let last = s.drawn, now - last < .milliseconds(100), done < total { return false }
            s.drawn = now
            return true
        }
        if draw { FileHandle.standardError.write(Data(("\r" + Self.line(done: done, total: total, label: label, elapsed: now - start) + "\u{1B}[K").utf8)) }
    }

    /// Erases the bar.
    public func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// `[########------------] 2560/10000 runs  12345 runs/s  ETA 1s`
    static func line(done: Int, total: Int, label: String, elapsed: Duration) -> String {
        let width = 24
        let fraction = min(1, Double(done) / Double(max(1, total)))
        let filled = Int((fraction * Double(width)).rounded(.down))
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let rate = seconds > 0 ? Double(done) / seconds : 0
        var text = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
        text += "\(done)/\(total) \(label)  \(Int(rate.rounded())) \(label)/s"
        if rate > 0, done < total {
            text += "  ETA \(formatSeconds(Double(total - done) / rate))"
        }
        return text
    }

    static func formatSeconds(_ s: Double) -> String {
        let t = Int(s.rounded(.up))
        return t < 60 ? "\(t)s" : "\(t / 60)m\(String(format: "%02d", t % 60))s"
    }
}

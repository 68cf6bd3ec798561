/// The sweep's output, CSV with one row per (point, replicate): `point`, `replicate`, the
/// swept paths' values, then the mean of every headline outcome over the unit's runs.
///
/// A single-machine sweep and `merge` both write `header` then the rows in unit order through
/// `text(rows:)`, so their bytes are identical by construction.
public struct SweepTable: Sendable, Equatable {
    public let header: String

    public init(paths: [String], outcomes: [String]) {
        header = (["point", "replicate"] + paths + outcomes).map(Self.field).joined(separator: ",")
    }

    /// The row of one unit.
    public static func row(plan: SweepPlan, unit u: Int, moments: PairedMoments) -> String {
        let p = plan.point(ofUnit: u)
        var fields = [String(p), String(plan.replicate(ofUnit: u))] + plan.points[p]
        for m in 0..<moments.metrics { fields.append(String(moments.mean(m))) }
        return fields.map(field).joined(separator: ",")
    }

    /// The whole file: the header and the rows (already in unit order), newline-terminated.
    public func text(rows: [String]) -> String { Self.text(header: header, rows: rows) }

    static func text(header: String, rows: [String]) -> String {
        ([header] + rows).map { $0 + "\n" }.joined()
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
    public static func field(_ s: String) -> String {
        // By scalar: "\r\n" is a single Character, equal to neither "\r" nor "\n".
        guard s.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    /// Replaces every occurrence of a character (no Foundation in the core).
    func replacingAll(_ c: Character, with s: String) -> String {
        var out = ""
        for ch in self { if ch == c { out += s } else { out.append(ch) } }
        return out
    }
}

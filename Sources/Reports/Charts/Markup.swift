import Foundation

/// Text and number formatting for SVG and HTML: escaped text, coordinates rounded to 0.1 px,
/// and locale-free number formats (so a report is the same bytes on every machine).
public enum Markup {
    /// Escapes `& < > " '` for element content and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// A coordinate rounded to 0.1 (`12`, `12.5`, never `-0`).
    static func coordinate(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let tenths = Int((x * 10).rounded())
        if tenths == 0 { return "0" }
        let sign = tenths < 0 ? "-" : ""
        let a = abs(tenths)
        return a % 10 == 0 ? "\(sign)\(a / 10)" : "\(sign)\(a / 10).\(a % 10)"
    }

    /// `value` with `decimals` decimals (POSIX format, no grouping).
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        let s = String(format: "%.\(decimals)f", value)
        return s.hasPrefix("-") && Double(s) == 0 ? String(s.dropFirst()) : s
    }

    /// A probability as a percentage with one decimal: `96.8%`.
    static func percent(_ p: Double) -> String { fixed(100 * p, 1) + "%" }

    /// A tick label: no decimals for whole numbers, else up to two.
    static func tick(_ v: Double) -> String {
        if abs(v - v.rounded()) < 1e-9 { return fixed(v.rounded(), 0) }
        if abs(v * 10 - (v * 10).rounded()) < 1e-9 { return fixed(v, 1) }
        return fixed(v, 2)
    }
}

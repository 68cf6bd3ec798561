/// Fixed-width text columns for the command line's tables: the one place text is padded.
public enum TextTable {
    /// `text` left-aligned in `width` columns, followed by at least `gap` spaces when it fills
    /// or overflows the column (so overflowing cells never run into the next one).
    public static func left(_ text: String, _ width: Int, gap: Int = 0) -> String {
        text + String(repeating: " ", count: max(gap, width - text.count))
    }

    /// `text` right-aligned in `width` columns (never cut).
    public static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// A left-aligned cell with a one-space gap: the common column of the tables.
    public static func cell(_ text: String, _ width: Int) -> String { left(text, width, gap: 1) }

    /// A left-aligned cell cut with "…" to leave at least one space in `width` columns.
    public static func clipped(_ text: String, _ width: Int) -> String {
        cell(text.count > width - 1 ? String(text.prefix(width - 2)) + "…" : text, width)
    }

    /// Rows as left-aligned columns, each as wide as its widest cell plus a gap; the first row is the header.
    public static func columns(_ rows: [[String]], gap: Int = 2) -> String {
        let n = rows.map(\.count).max() ?? 0
        let widths = (0..<n).map { c in rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, text in c == row.count - 1 ? text : left(text, widths[c] + gap) }.joined()
        }.joined(separator: "\n")
    }
}

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
}

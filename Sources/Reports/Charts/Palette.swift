/// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies, and paired
/// with dash patterns and direct labels so no chart relies on colour alone.
public enum Palette {
    public static let blue = "#0072B2"
    public static let vermillion = "#D55E00"
    public static let green = "#009E73"
    public static let orange = "#E69F00"
    public static let skyBlue = "#56B4E9"
    public static let purple = "#CC79A7"
    public static let yellow = "#F0E442"
    public static let black = "#000000"
    public static let grey = "#767676"

    /// The colour of side 0 and side 1 (scenario order).
    public static let sides = [blue, vermillion]
}

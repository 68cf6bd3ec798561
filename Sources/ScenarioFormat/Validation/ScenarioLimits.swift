import Diplomacy

/// The documented limits on what a scenario (or hindcast) file may hold. They keep validation
/// and runs linear and bounded: a file past one of them is rejected with a located error
/// before any work that scales with it.
public enum ScenarioLimits {
    /// The largest file read, in bytes (1 MiB; the bundled scenarios are under 30 KB).
    public static let fileBytes = 1 << 20
    /// The most elements a list (actors, intermediaries, events, rungs, …) may have.
    public static let listItems = 1000
    /// The most entries an actor map (tariffs, access) may have: a scenario has two actors, and
    /// decoding a map costs the square of its size (100 000 entries took minutes).
    public static let actorMapEntries = 16
    /// The most values (scalars, lists and mappings) a document may expand to, aliases
    /// counted at every place they are used.
    public static let values = 100_000
    /// The dates a scenario may use: every date, and the end of the horizon (start + weeks).
    public static let firstDate = CivilDate(year: 1900, month: 1, day: 1)!
    public static let lastDate = CivilDate(year: 2999, month: 12, day: 31)!
}

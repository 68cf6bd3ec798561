import Trade

/// A baseline loaded from a data file, with what the file says about its use.
public struct Calibration: Sendable {
    /// The bundled name or the file name it came from.
    public let name: String
    public let baseline: Baseline
    /// The file's default trade elasticity (`eps_default`), if it has one.
    public let defaultElasticity: Double?
    public let notes: String?

    public init(name: String, baseline: Baseline, defaultElasticity: Double?, notes: String? = nil) {
        self.name = name
        self.baseline = baseline
        self.defaultElasticity = defaultElasticity
        self.notes = notes
    }
}

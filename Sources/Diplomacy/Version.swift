/// The tool version recorded with every result.
public enum BackchannelVersion {
    public static let current = "0.1.0"
}

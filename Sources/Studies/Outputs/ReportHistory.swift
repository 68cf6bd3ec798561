import Reports

/// The bundled tariff history for reports; missing or unreadable is our failure (exit 70).
public enum ReportHistory {
    public static func bundled() throws -> TariffHistory {
        do { return try TariffHistory.bundled() } catch { throw InternalFailure("bundled tariff history: \(error)") }
    }
}

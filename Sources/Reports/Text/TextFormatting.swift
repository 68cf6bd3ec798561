import Foundation

/// Pretty-printed, key-sorted JSON text: the form of every JSON contract (docs/commands.md).
public func jsonText(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// A number with fixed decimals, without Foundation's locale-dependent formatters.
public func fixed(_ value: Double, _ decimals: Int) -> String {
    String(format: "%.\(decimals)f", value)
}

/// A number as people write it in a scenario: an integer without decimals, else Swift's
/// shortest round-trip form.
public func plainNumber(_ v: Double) -> String {
    v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
}

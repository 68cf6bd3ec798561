/// All strategies by id, and the parser for specifications such as `random:0.3`.
public enum StrategyRegistry {
    /// Every strategy, in a fixed order (the 12 axelrod reference strategies, then GTFT and CTFT).
    /// A test checks that this covers every `StrategyKind` and every metadata declared in
    /// `Strategies/`.
    public static let all: [StrategyKind] = [
        .cooperator, .defector, .titForTat, .grudger, .titFor2Tats, .suspiciousTitForTat,
        .winStayLoseShift, .alternator, .goByMajority, .twoTitsForTat, .bully, .random,
        .generousTitForTat, .contriteTitForTat,
    ]

    /// The 11 deterministic axelrod reference strategies (docs/model.md §15, without Random).
    public static let deterministicReference: [StrategyKind] = Array(all.prefix(11))

    /// The 12 axelrod reference strategies (docs/model.md §15).
    public static let reference: [StrategyKind] = Array(all.prefix(12))

    /// All valid ids, in registry order.
    public static var ids: [String] { all.map(\.id) }

    /// Metadata of every strategy, in registry order.
    public static var metadata: [StrategyMetadata] { all.map(\.metadata) }

    /// The strategy with this id, if any.
    public static func kind(id: String) -> StrategyKind? {
        all.first { $0.id == id }
    }

    /// Parses "id" or "id:parameter" (e.g. `random:0.3`, `generous-tit-for-tat:0.2`) into a
    /// fresh strategy. Surrounding whitespace is ignored; ids are case-sensitive.
    public static func strategy(_ specification: String) throws(StrategyError) -> Strategy {
        let text = specification.trimmingSpaces
        let id: String
        let parameterText: String?
        if let colon = text.firstIndex(of: ":") {
            id = String(text[..<colon])
            parameterText = String(text[text.index(after: colon)...])
        } else {
            id = text
            parameterText = nil
        }
        guard let kind = kind(id: id) else {
            throw .unknownID(id, suggestion: suggestion(for: id), valid: ids)
        }
        guard let parameterText else { return Strategy(kind) }
        guard let name = kind.metadata.parameterName else {
            throw .unexpectedParameter(id: id, value: parameterText)
        }
        guard let value = Double(parameterText.trimmingSpaces) else {
            throw .invalidParameter(id: id, name: name, value: parameterText, reason: "is not a number")
        }
        guard value.isFinite, value >= 0, value <= 1 else {
            throw .invalidParameter(id: id, name: name, value: parameterText,
                                    reason: "must be a probability in [0, 1]")
        }
        return try Strategy(kind, parameter: value)
    }

    /// The valid id closest to `id` by Levenshtein distance, if it is close enough to be a typo
    /// (distance ≤ max(2, a third of the length)). Ties go to registry order.
    public static func suggestion(for id: String) -> String? {
        var best: (id: String, distance: Int)?
        for candidate in ids {
            let distance = editDistance(id, candidate)
            if distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        guard let best, best.distance <= max(2, id.count / 3) else { return nil }
        return best.id
    }

    /// Levenshtein distance over Unicode characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension String {
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}

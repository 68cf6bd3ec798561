import Foundation
import Yams

/// The checked tree (what `StructuralCheck` returns) as JSON, for a fast decode: Yams' decoder
/// resolves every mapping key's tag with a regular expression, which made decoding the largest
/// cost of loading a scenario (a posterior loads one per draw). In the checked tree every value
/// has its field's form already: text and dates are double-quoted, numbers and booleans plain.
enum CheckedTree {
    static func decode<T: Decodable>(_ type: T.Type, from node: Node) throws -> T {
        let data = try JSONSerialization.data(withJSONObject: json(node), options: [.fragmentsAllowed])
        return try JSONDecoder().decode(type, from: data)
    }

    static func json(_ node: Node) -> Any {
        switch node {
        case let .mapping(mapping):
            var object: [String: Any] = [:]
            for (key, value) in mapping { object[key.scalar?.string ?? ""] = json(value) }
            return object
        case let .sequence(sequence):
            return sequence.map(json)
        case let .scalar(scalar):
            if scalar.style == .doubleQuoted || scalar.style == .singleQuoted { return scalar.string }
            switch scalar.string {
            case "true": return true
            case "false": return false
            default:
                if let number = StructuralCheck.number(scalar.string), number.isFinite { return number }
                return scalar.string
            }
        case .alias:
            return NSNull()
        }
    }
}

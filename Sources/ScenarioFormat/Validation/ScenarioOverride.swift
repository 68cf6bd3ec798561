import Foundation
import Yams

/// A `--set path=value` override, applied to the file's tree before validation so that the
/// result is checked exactly like a value written in the file.
///
/// Paths use the file's keys; list elements are addressed by id (actors, intermediaries,
/// questions), name (constituencies, events), index, or `*` for all:
/// `actors.USA.leader.leak=0.3`, `intermediaries.*.leak_rate=1`, `diplomacy.mode=public`.
public struct ScenarioOverride: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var value: String

    public init(path: String, value: String) {
        self.path = path
        self.value = value
    }

    /// Parses `path=value`.
    public init?(_ text: String) {
        guard let eq = text.firstIndex(of: "="), eq != text.startIndex else { return nil }
        path = String(text[..<eq]).trimmingCharacters(in: .whitespaces)
        if path.isEmpty { return nil }  // ` =x`: no path to report a problem against
        value = String(text[text.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
    }

    public var description: String { "\(path)=\(value)" }

    struct Failure: Error { var message: String }

    /// The tree with the override applied, or a message naming the bad segment and the choices.
    func apply(to root: Node) -> Result<Node, Failure> {
        let segments = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if segments.contains(where: \.isEmpty) { return .failure(Failure(message: "empty segment in path")) }
        if value.isEmpty {
            return .failure(Failure(message: "empty value (to keep the file's value or the default, leave this --set out)"))
        }
        do {
            return .success(try set(root, .object(ScenarioSchema.root), segments[...], at: ""))
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(message: "\(error)"))
        }
    }

    private func set(_ node: Node?, _ type: SchemaType, _ segments: ArraySlice<String>, at here: String) throws -> Node {
        guard let segment = segments.first else {
            switch type {
            case let .object(schema):
                throw Failure(message: "\(here.isEmpty ? "the root" : here) is a group; name one of its fields: \(schema.fieldNames.joined(separator: ", "))")
            case .list, .actorMap:
                throw Failure(message: "\(here) is a list; address an element by id or name, or * for all")
            default:
                return Node(value)
            }
        }
        let rest = segments.dropFirst()
        let next = here.isEmpty ? segment : "\(here).\(segment)"
        switch type {
        case let .object(schema):
            guard let field = schema.field(segment) else {
                throw Failure(message: "unknown field \"\(segment)\" in \(here.isEmpty ? "the scenario" : here)\(Suggestion.hint(for: segment, in: schema.fieldNames)); valid: \(schema.fieldNames.joined(separator: ", "))")
            }
            var pairs: [(Node, Node)] = node?.mapping.map { Array($0) }.map { $0.map { ($0.key, $0.value) } } ?? []
            let index = pairs.firstIndex { $0.0.scalar?.string == segment }
            let updated = try set(index.map { pairs[$0].1 }, field.type, rest, at: next)
            if let index { pairs[index].1 = updated } else { pairs.append((Node(segment), updated)) }
            return .mapping(.init(pairs, .implicit, .any, node?.mark))
        case let .list(element, key):
            guard case let .sequence(sequence)? = node else {
                throw Failure(message: "\(here) has no elements to set")
            }
            var items = Array(sequence)
            let names = items.map { label(of: $0, key: key) }
            let chosen: [Int]
            if segment == "*" {
                chosen = Array(items.indices)
            } else if let i = names.firstIndex(of: segment) ?? items.indices.first(where: { label(of: items[$0], key: "name") == segment }) {
                chosen = [i]
            } else if let i = Int(segment), items.indices.contains(i) {
                chosen = [i]
            } else {
                let valid = names.compactMap { $0 }
                throw Failure(message: "no element \"\(segment)\" in \(here)\(Suggestion.hint(for: segment, in: valid)); valid: \((valid + ["*"]).joined(separator: ", "))")
            }
            for i in chosen { items[i] = try set(items[i], element, rest, at: "\(here).\(names[i] ?? String(i))") }
            return .sequence(.init(items, .implicit, .any, node?.mark))
        case let .actorMap(valueType):
            var pairs: [(Node, Node)] = node?.mapping.map { Array($0) }.map { $0.map { ($0.key, $0.value) } } ?? []
            let keys = pairs.compactMap { $0.0.scalar?.string }
            let chosen = segment == "*" ? Array(pairs.indices) : pairs.indices.filter { pairs[$0].0.scalar?.string == segment }
            if chosen.isEmpty, segment != "*" {
                // A new key (e.g. access to an actor not yet listed); the semantic check vets it.
                pairs.append((Node(segment), try set(nil, valueType, rest, at: next)))
            }
            for i in chosen { pairs[i].1 = try set(pairs[i].1, valueType, rest, at: "\(here).\(keys[i])") }
            return .mapping(.init(pairs, .implicit, .any, node?.mark))
        default:
            throw Failure(message: "\(here) is a single value; \"\(segments.joined(separator: "."))\" goes too deep")
        }
    }

    private func label(of node: Node, key: String?) -> String? {
        guard let key, case let .mapping(mapping) = node else { return nil }
        // By text: the file's keys carry the loader's plain tag, not the default resolver's.
        return mapping.first { $0.key.scalar?.string == key }?.value.scalar?.string
    }
}

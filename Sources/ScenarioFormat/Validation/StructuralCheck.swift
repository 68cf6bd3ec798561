import Foundation
import Diplomacy
import Yams

/// Walks a YAML node tree against a schema: reports every unknown key, wrong type, value out
/// of range, missing field and misplaced variant field, and returns the tree with defaults
/// filled in, plus the location of every path for later (semantic) diagnostics.
struct StructuralCheck {
    let file: String
    private(set) var issues: [ScenarioIssue] = []
    private(set) var marks: [String: Mark] = [:]
    /// Paths whose value was wrong or missing; a placeholder stands in for them so the
    /// semantic checks can still run on the rest, and their findings there are dropped.
    private(set) var brokenPaths: [String] = []
    /// Values visited so far (aliases count each time they are used); see `ScenarioLimits.values`.
    private var visited = 0
    /// Whether the document expanded past `ScenarioLimits.values` (the rest was not checked).
    private(set) var overBudget = false

    /// The numbers each level stands for, per scale (`LevelScales.table(in:)`).
    let levels: [String: [Double]]

    init(file: String, levels: [String: [Double]] = [:]) {
        self.file = file
        self.levels = levels
    }

    /// The tag a plain, untagged scalar resolves to when parsed with `ScenarioLoader.resolver`:
    /// its meaning is then the field's type. Quoted scalars resolve to `!!str`.
    static let plainTag = Tag.Name(rawValue: "tag:backchannel,2026:plain")
    static let coreTags: [Tag.Name] = [.str, .int, .float, .bool, .null, .timestamp, .map, .seq]

    /// The checked tree with defaults filled in; wrong values are replaced by placeholders and
    /// reported (so the result always decodes, and `issues` says whether it is valid).
    mutating func check(_ node: Node, as type: SchemaType, path: String, near parentMark: Mark?) -> Node {
        if let checked = checkOrNil(node, as: type, path: path, near: parentMark) { return checked }
        brokenPaths.append(path)
        return placeholder(for: type, path: path)
    }

    private mutating func checkOrNil(_ node: Node, as type: SchemaType, path: String, near parentMark: Mark?) -> Node? {
        let mark = node.mark ?? parentMark
        if let mark { marks[path] = mark }
        visited += 1
        if visited > ScenarioLimits.values {
            if !overBudget {
                overBudget = true
                report(path, mark, "the document expands to more than \(ScenarioLimits.values) values (aliases count at every use); that is the limit")
            }
            return nil
        }
        if let problem = Self.tagProblem(node) {
            report(path, mark, problem)
            return nil
        }
        switch type {
        case let .object(schema):
            return checkObject(node, schema, path: path, mark: mark)
        case let .list(element, _):
            guard case let .sequence(sequence) = node else {
                report(path, mark, "expected a list, got \(describe(node))")
                return nil
            }
            guard sequence.count <= ScenarioLimits.listItems else {
                report(path, mark, "\(sequence.count) elements; a list may have at most \(ScenarioLimits.listItems)")
                return nil
            }
            let items = sequence.enumerated().map { check($1, as: element, path: "\(path)[\($0)]", near: mark) }
            return Node(items)
        case let .actorMap(value):
            guard case let .mapping(mapping) = node else {
                report(path, mark, "expected a mapping of actor ids to values, got \(describe(node))")
                return nil
            }
            guard mapping.count <= ScenarioLimits.actorMapEntries else {
                report(path, mark, "\(mapping.count) entries; a mapping of actor ids may have at most \(ScenarioLimits.actorMapEntries)")
                return nil
            }
            var pairs: [(Node, Node)] = []
            for (key, item) in mapping {
                guard let name = key.scalar?.string else {
                    report(path, key.mark ?? mark, "keys must be actor ids")
                    continue
                }
                pairs.append((Node(name), check(item, as: value, path: "\(path).\(name)", near: key.mark ?? mark)))
            }
            return Node(pairs)
        default:
            return checkScalar(node, type, path: path, mark: mark)
        }
    }

    private mutating func checkObject(_ node: Node, _ schema: ObjectSchema, path: String, mark: Mark?) -> Node? {
        guard case let .mapping(mapping) = node else {
            report(path, mark, "expected a mapping (\(schema.title.lowercased())), got \(describe(node))")
            return nil
        }
        var given: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                report(path, key.mark ?? mark, "keys must be plain names")
                continue
            }
            let fieldPath = path.isEmpty ? name : "\(path).\(name)"
            guard schema.field(name) != nil else {
                report(fieldPath, key.mark ?? mark, "unknown key \"\(name)\"\(Suggestion.hint(for: name, in: schema.fieldNames))")
                continue
            }
            if isNull(value) { continue }  // `key:` with no value counts as absent
            given[name] = (key, value)
        }
        if let variants = schema.variants { checkVariant(variants, given: given, path: path, mark: mark) }
        var pairs: [(Node, Node)] = []
        for field in schema.fields {
            let fieldPath = path.isEmpty ? field.name : "\(path).\(field.name)"
            if let entry = given[field.name] {
                pairs.append((Node(field.name), check(entry.value, as: field.type, path: fieldPath, near: entry.key.mark ?? mark)))
            } else if field.required {
                report(path, mark, "missing required field \"\(field.name)\"")
                brokenPaths.append(fieldPath)
                pairs.append((Node(field.name), placeholder(for: field.type, path: fieldPath)))
            } else if let value = field.defaultValue {
                if let mark { marks[fieldPath] = mark }
                pairs.append((Node(field.name), check(defaultNode(value, for: field.type), as: field.type, path: fieldPath, near: mark)))
            }
        }
        return Node(pairs)
    }

    /// Fields that a discriminator value requires or forbids (an election needs an actor and a
    /// week or a date; a summit has no snapback).
    private mutating func checkVariant(_ variants: ObjectSchema.Variants, given: [String: (key: Node, value: Node)],
                                       path: String, mark: Mark?) {
        guard let kind = given[variants.discriminator]?.value.scalar?.string, let rule = variants.rules[kind] else {
            return  // a missing or unknown kind is reported by the field check
        }
        let a = "aeiou".contains(kind.first ?? "x") ? "an" : "a"
        for group in rule.exactlyOne {
            let present = group.filter { given[$0] != nil }
            if present.count != 1 {
                let names = group.map { "\"\($0)\"" }.joined(separator: " or ")
                report(path, mark, present.isEmpty
                    ? "\(a) \(kind) needs \(names)"
                    : "\(a) \(kind) takes only one of \(names), got \(present.map { "\"\($0)\"" }.joined(separator: " and "))")
            }
        }
        for name in rule.required where given[name] == nil {
            report(path, mark, "\(a) \(kind) needs \"\(name)\"")
        }
        let forbidden = variants.specificFields.subtracting(rule.fields)
        for (name, entry) in given.sorted(by: { $0.key < $1.key }) where forbidden.contains(name) {
            let fieldPath = path.isEmpty ? name : "\(path).\(name)"
            report(fieldPath, entry.key.mark ?? mark, "\"\(name)\" does not apply to \(a) \(kind)")
        }
    }

    private mutating func checkScalar(_ node: Node, _ type: SchemaType, path: String, mark: Mark?) -> Node? {
        guard case let .scalar(scalar) = node else {
            report(path, mark, "expected \(expected(type)), got \(describe(node))")
            return nil
        }
        let text = scalar.string
        // An explicit tag means what it says, like quotes: `!!str 26` is the string "26".
        let tag = Self.explicitTag(scalar)
        let quoted = tag == .str
        if let tag, tag != .str, !Self.fits(tag, type) {
            report(path, mark, "the tag !!\(Self.shortName(tag)) does not fit \(expected(type))")
            return nil
        }
        switch type {
        case let .level(scale, min, max, unit):
            if let index = LevelScales.words.firstIndex(of: text) {
                return Node(Self.format(levels[scale]?[index] ?? LevelScales.scale(scale)!.values[index]))
            }
            if Self.number(text) == nil || quoted {
                report(path, mark, "expected a number or a level (\(LevelScales.words.joined(separator: ", "))), got \"\(text)\"\(Suggestion.hint(for: text, in: LevelScales.words))")
                return nil
            }
            return checkScalar(node, .number(min: min, max: max, unit: unit), path: path, mark: mark)
        case let .number(min, max, unit):
            guard !quoted, let value = Self.number(text) else {
                report(path, mark, quoted ? "expected a number, got the string \"\(text)\"" : "expected a number, got \"\(text)\"")
                return nil
            }
            guard value.isFinite else {
                report(path, mark, "must be a finite number, got \(text)")
                return nil
            }
            guard value >= min, value <= max else {
                report(path, mark, "\(Self.format(value)) is out of range [\(Self.format(min)), \(Self.format(max))]\(unit.isEmpty ? "" : " \(unit)")")
                return nil
            }
            return Node(Self.format(value))
        case let .integer(min, max, _):
            guard !quoted, let value = Self.number(text), value.isFinite else {
                report(path, mark, "expected a whole number, got \"\(text)\"")
                return nil
            }
            guard value == value.rounded(), abs(value) < 1e15 else {
                report(path, mark, "expected a whole number, got \(text)")
                return nil
            }
            guard Int(value) >= min, Int(value) <= max else {
                report(path, mark, "\(Int(value)) is out of range [\(min), \(max)]")
                return nil
            }
            return Node(String(Int(value)))
        case .boolean:
            if quoted {
                report(path, mark, "expected true or false, got the string \"\(text)\"")
                return nil
            }
            switch text.lowercased() {
            case "true", "yes", "on": return Node("true")
            case "false", "no", "off": return Node("false")
            default:
                report(path, mark, "expected true or false, got \"\(text)\"")
                return nil
            }
        case .date:
            guard let date = CivilDate(iso: text) else {
                report(path, mark, "\"\(text)\" is not a valid date (YYYY-MM-DD)")
                return nil
            }
            guard date >= ScenarioLimits.firstDate, date <= ScenarioLimits.lastDate else {
                report(path, mark, "\(text) is outside the supported dates \(ScenarioLimits.firstDate) – \(ScenarioLimits.lastDate)")
                return nil
            }
            return Node(text, .implicit, .doubleQuoted)
        case let .choice(options):
            guard options.contains(text) else {
                report(path, mark, "\"\(text)\" is not one of \(options.joined(separator: ", "))\(Suggestion.hint(for: text, in: options))")
                return nil
            }
            return Node(text)
        case .string:
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                report(path, mark, "must not be empty")
                return nil
            }
            return Node(text, .implicit, .doubleQuoted)
        default:
            return nil
        }
    }

    /// A value of the right type that decodes; it never reaches a user because the scenario
    /// is rejected whenever a placeholder was used.
    private func placeholder(for type: SchemaType, path: String) -> Node {
        switch type {
        case let .number(min, _, _), let .level(_, min, _, _): return Node(Self.format(min))
        case let .integer(min, _, _): return Node(String(min))
        case .string: return Node("?\(path)", .implicit, .doubleQuoted)
        case .boolean: return Node("false")
        case .date: return Node("1970-01-01", .implicit, .doubleQuoted)
        case let .choice(options): return Node(options[0])
        case let .object(schema):
            return Node(schema.fields.compactMap { field in
                guard field.required || field.defaultValue != nil else { return nil }
                return (Node(field.name), placeholder(for: field.type, path: "\(path).\(field.name)"))
            })
        case .list: return Node([Node]())
        case .actorMap: return Node([(Node, Node)]())
        }
    }

    private func defaultNode(_ value: SchemaDefault, for type: SchemaType) -> Node {
        switch value {
        case let .number(v): return Node(Self.format(v))
        case let .integer(v): return Node(String(v))
        case let .string(v): return Node(v)
        case let .boolean(v): return Node(v ? "true" : "false")
        case .empty:
            switch type {
            case .list: return Node([Node]())
            default: return Node([(Node, Node)]())
            }
        }
    }

    private mutating func report(_ path: String, _ mark: Mark?, _ message: String) {
        issues.append(ScenarioIssue(file: file, line: mark?.line, column: mark?.column, path: path, message: message))
    }

    private func isNull(_ node: Node) -> Bool {
        guard case let .scalar(scalar) = node else { return false }
        if Self.explicitTag(scalar) == .null { return true }
        guard Self.explicitTag(scalar) == nil, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The tag a scalar was given in the file (`!!int 5`, or `!!str` for a quoted one), or nil
    /// for a plain scalar and for values built in code (overrides, defaults).
    static func explicitTag(_ scalar: Node.Scalar) -> Tag.Name? {
        if scalar.style == .any { return nil }
        let name = Tag.Name(rawValue: scalar.tag.description)
        return name == plainTag || name == .implicit ? nil : name
    }

    /// Why a node's explicit tag is not accepted: an unknown tag (`!money`), or a collection
    /// tag on a scalar and the reverse.
    static func tagProblem(_ node: Node) -> String? {
        let name: Tag.Name?
        let expectedName: Tag.Name?
        switch node {
        case let .scalar(s): name = explicitTag(s); expectedName = nil
        case let .mapping(m): name = Tag.Name(rawValue: m.tag.description); expectedName = .map
        case let .sequence(q): name = Tag.Name(rawValue: q.tag.description); expectedName = .seq
        case .alias: return nil
        }
        guard let name, name != .implicit, name != expectedName else { return nil }
        if !coreTags.contains(name) { return "unknown tag \(name.rawValue.hasPrefix("tag:yaml.org,2002:") ? "!!" + shortName(name) : name.rawValue)" }
        if expectedName != nil || [.map, .seq].contains(name) { return "the tag !!\(shortName(name)) does not fit this value" }
        return nil
    }

    static func shortName(_ tag: Tag.Name) -> String {
        tag.rawValue.replacingOccurrences(of: "tag:yaml.org,2002:", with: "")
    }

    /// Whether an explicit core tag agrees with the field's type.
    static func fits(_ tag: Tag.Name, _ type: SchemaType) -> Bool {
        switch type {
        case .number: return tag == .int || tag == .float
        case .level: return tag == .int || tag == .float || tag == .str
        case .integer: return tag == .int
        case .boolean: return tag == .bool
        case .date: return tag == .timestamp
        default: return false
        }
    }

    private func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case let .scalar(s): return "\"\(s.string)\""
        case .alias: return "an alias"
        }
    }

    private func expected(_ type: SchemaType) -> String {
        switch type {
        case .number: return "a number"
        case .level: return "a number or a level"
        case .integer: return "a whole number"
        case .boolean: return "true or false"
        case .date: return "a date (YYYY-MM-DD)"
        case .choice: return "one of the listed names"
        case .string: return "text"
        case .object: return "a mapping"
        case .list: return "a list"
        case .actorMap: return "a mapping"
        }
    }

    /// YAML 1.2 core-schema numbers, plus the spellings of infinity and NaN (which the caller
    /// rejects with a message of their own).
    static func number(_ text: String) -> Double? {
        switch text.lowercased() {
        case ".nan", "nan": return .nan
        case ".inf", "+.inf", "inf", "+inf", "infinity": return .infinity
        case "-.inf", "-inf", "-infinity": return -.infinity
        default:
            let cleaned = text.replacingOccurrences(of: "_", with: "")
            guard cleaned.first.map({ $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." }) == true else { return nil }
            return Double(cleaned)
        }
    }

    /// The shortest text that reads back as the same double (Swift's description), without a
    /// trailing ".0" on whole numbers.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}

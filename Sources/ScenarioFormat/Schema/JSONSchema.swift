import Foundation

/// Generates the JSON Schema (draft 2020-12) of the scenario format from `ScenarioSchema`, so
/// editors can autocomplete and check scenario files with the rules `validate` applies
/// (cross-references such as "an actor id that exists" are beyond JSON Schema and stay in
/// `validate`).
public enum JSONSchemaGenerator {
    public static func document() -> [String: Any] {
        var root = object(ScenarioSchema.root)
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        root["$id"] = "https://backchannel.dev/schema/scenario-v\(ScenarioSchema.version).json"
        return root
    }

    /// The schema as pretty-printed JSON with sorted keys (stable output).
    public static func json() throws -> String {
        let data = try JSONSerialization.data(withJSONObject: document(), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    static func schema(_ type: SchemaType) -> [String: Any] {
        switch type {
        case let .number(min, max, unit):
            var s: [String: Any] = ["type": "number", "minimum": min, "maximum": max]
            if !unit.isEmpty { s["x-unit"] = unit }
            return s
        case let .level(scale, min, max, unit):
            var number: [String: Any] = ["type": "number", "minimum": min, "maximum": max]
            if !unit.isEmpty { number["x-unit"] = unit }
            return ["oneOf": [number, ["type": "string", "enum": LevelScales.words]], "x-level-scale": scale]
        case let .integer(min, max, unit):
            var s: [String: Any] = ["type": "integer", "minimum": min, "maximum": max]
            if !unit.isEmpty { s["x-unit"] = unit }
            return s
        case .string:
            return ["type": "string", "minLength": 1]
        case .boolean:
            return ["type": "boolean"]
        case .date:
            return ["type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
        case let .choice(options):
            return ["type": "string", "enum": options]
        case let .object(schema):
            return object(schema)
        case let .list(element, _):
            return ["type": "array", "items": Self.schema(element), "maxItems": ScenarioLimits.listItems]
        case let .actorMap(value):
            return ["type": "object", "propertyNames": ["minLength": 1], "additionalProperties": Self.schema(value),
                    "maxProperties": ScenarioLimits.actorMapEntries]
        }
    }

    static func object(_ schema: ObjectSchema) -> [String: Any] {
        var properties: [String: Any] = [:]
        for field in schema.fields {
            var s = Self.schema(field.type)
            var description = field.doc
            if case let .number(_, _, unit) = field.type, !unit.isEmpty { description += " Unit: \(unit)." }
            if case let .level(scale, _, _, unit) = field.type {
                description += "\(unit.isEmpty ? "" : " Unit: \(unit).") Or a level (very_low … very_high) of the scale levels.\(scale)."
            }
            s["description"] = description
            if let value = field.defaultValue {
                switch value {
                case let .number(v): s["default"] = v
                case let .integer(v): s["default"] = v
                case let .string(v): s["default"] = v
                case let .boolean(v): s["default"] = v
                case .empty: break
                }
            }
            properties[field.name] = s
        }
        var result: [String: Any] = [
            "type": "object", "title": schema.title, "description": schema.doc,
            "properties": properties, "additionalProperties": false,
        ]
        let required = schema.fields.filter(\.required).map(\.name)
        if !required.isEmpty { result["required"] = required }
        if let variants = schema.variants {
            result["allOf"] = variants.rules.keys.sorted().map { kind -> [String: Any] in
                let rule = variants.rules[kind]!
                var then: [String: Any] = [:]
                if !rule.required.isEmpty { then["required"] = rule.required }
                var constraints: [[String: Any]] = rule.exactlyOne.map { group in
                    ["oneOf": group.map { ["required": [$0]] }]
                }
                let forbidden = variants.specificFields.subtracting(rule.fields).sorted()
                if !forbidden.isEmpty { constraints.append(["not": ["anyOf": forbidden.map { ["required": [$0]] }]]) }
                if !constraints.isEmpty { then["allOf"] = constraints }
                return [
                    "if": ["properties": [variants.discriminator: ["const": kind]], "required": [variants.discriminator]],
                    "then": then,
                ]
            }
        }
        return result
    }
}

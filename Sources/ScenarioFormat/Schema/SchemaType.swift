/// The declarative description of the scenario format: one definition drives structural
/// validation, default filling, `--set` paths and the generated JSON Schema.
public indirect enum SchemaType: Sendable {
    /// A finite number in the closed range, with a unit for the docs.
    case number(min: Double, max: Double, unit: String)
    /// A number, or a qualitative level (`high`) that the named scale of `LevelScales` maps to one.
    case level(scale: String, min: Double, max: Double, unit: String)
    case integer(min: Int, max: Int, unit: String)
    case string
    case boolean
    /// An ISO date `YYYY-MM-DD`.
    case date
    case choice([String])
    case object(ObjectSchema)
    /// A list whose elements can be addressed in `--set` paths by the value of `key`.
    case list(SchemaType, key: String?)
    /// A mapping from actor ids to values (ids are checked against the scenario's actors).
    case actorMap(SchemaType)
}

/// A default value, in the file's terms.
public enum SchemaDefault: Sendable, Equatable {
    case number(Double)
    case integer(Int)
    case string(String)
    case boolean(Bool)
    /// An empty list or map, or an object made of its fields' defaults.
    case empty
}

public struct Field: Sendable {
    public let name: String
    public let type: SchemaType
    public let required: Bool
    public let defaultValue: SchemaDefault?
    public let doc: String

    public static func required(_ name: String, _ type: SchemaType, _ doc: String) -> Field {
        Field(name: name, type: type, required: true, defaultValue: nil, doc: doc)
    }

    public static func optional(_ name: String, _ type: SchemaType, default value: SchemaDefault? = nil, _ doc: String) -> Field {
        Field(name: name, type: type, required: false, defaultValue: value, doc: doc)
    }

    /// A number with a default, the most common field.
    public static func number(_ name: String, _ value: Double, _ range: ClosedRange<Double>, _ unit: String, _ doc: String) -> Field {
        .optional(name, .number(min: range.lowerBound, max: range.upperBound, unit: unit), default: .number(value), doc)
    }

    /// A judgement number that also takes a level of the scale of the same name (`scale` to share one).
    public static func level(_ name: String, _ value: Double, _ range: ClosedRange<Double>, _ unit: String, scale: String? = nil, _ doc: String) -> Field {
        .optional(name, .level(scale: scale ?? name, min: range.lowerBound, max: range.upperBound, unit: unit), default: .number(value), doc)
    }
}

public struct ObjectSchema: Sendable {
    public let title: String
    public let doc: String
    public let fields: [Field]
    /// For objects whose fields depend on a discriminator (events, questions): for each value
    /// of `discriminator`, the fields it requires and the ones it allows.
    public let variants: Variants?

    public struct Variants: Sendable {
        public let discriminator: String
        public let rules: [String: VariantRule]

        /// Fields that some variant needs or allows; any other field is common to all.
        public var specificFields: Set<String> {
            Set(rules.values.flatMap { $0.fields })
        }
    }

    public struct VariantRule: Sendable {
        /// Each inner list is a group of which exactly one must be given (e.g. [week, date]).
        public let exactlyOne: [[String]]
        public let required: [String]
        public let allowed: [String]

        /// Every field this variant may have.
        public var fields: [String] { required + allowed + exactlyOne.flatMap { $0 } }
    }

    public init(_ title: String, _ doc: String, _ fields: [Field], variants: Variants? = nil) {
        self.title = title
        self.doc = doc
        self.fields = fields
        self.variants = variants
    }

    public func field(_ name: String) -> Field? { fields.first { $0.name == name } }
    public var fieldNames: [String] { fields.map(\.name) }
}

/// The format of a hindcast questions file: dated binary questions with known outcomes, each
/// tied to a scenario. A question has exactly the fields of a scenario's forecast question
/// (same kinds, same rules), plus the scenario it is asked of and what happened.
public enum HindcastSchema {
    public static let root = ObjectSchema("Hindcast questions", "Dated binary questions with known outcomes, each asked of a scenario.", [
        .required("schema_version", .integer(min: 1, max: 1, unit: ""), "Format version; must be 1."),
        .required("name", .string, "Title shown in reports."),
        .optional("description", .string, "A paragraph for people."),
        .required("questions", .list(.object(question), key: "id"), "The questions."),
    ])

    static let question = ObjectSchema(
        "Hindcast question", "A scenario forecast question with the scenario it is asked of and its known outcome.",
        ScenarioSchema.question.fields + [
            .required("scenario", .string, "A bundled scenario name or a path (relative to this file, or to the working directory)."),
            .optional("set", .list(.string, key: nil), default: .empty, "Overrides applied to the scenario, as `path=value` (like `--set`)."),
            .required("outcome", .boolean, "What happened: true (yes) or false (no)."),
        ],
        variants: ScenarioSchema.question.variants)
}

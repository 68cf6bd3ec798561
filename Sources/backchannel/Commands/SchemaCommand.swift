import ArgumentParser
import ScenarioFormat

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the scenario format as JSON Schema (draft 2020-12) or Markdown.",
        discussion: """
        Examples:
          backchannel schema > scenario.schema.json
          backchannel schema --format markdown > docs/scenario-format.md
          backchannel schema --of decisions --format markdown > docs/decisions-format.md
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, markdown }

    @Option(help: "json or markdown.")
    var format: Format = .json

    enum Document: String, ExpressibleByArgument, CaseIterable { case scenario, decisions }

    @Option(name: .customLong("of"), help: "scenario (default) or decisions (the `run --decisions` file; markdown only).")
    var document: Document = .scenario

    func validate() throws {
        if document == .decisions, format == .json { throw ValidationError("--of decisions is available as --format markdown") }
    }

    func run() throws {
        switch (document, format) {
        case (.scenario, .json): print(try JSONSchemaGenerator.json())
        case (.scenario, .markdown): print(SchemaMarkdown.document(), terminator: "")
        case (.decisions, _): print(SchemaMarkdown.decisionsDocument(), terminator: "")
        }
    }
}

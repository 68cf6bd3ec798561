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
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, markdown }

    @Option(help: "json or markdown.")
    var format: Format = .json

    func run() throws {
        switch format {
        case .json: print(try JSONSchemaGenerator.json())
        case .markdown: print(SchemaMarkdown.document(), terminator: "")
        }
    }
}

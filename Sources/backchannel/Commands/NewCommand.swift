import ArgumentParser
import Foundation
import ScenarioFormat
import Reports
import Studies

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a commented starter scenario that validates.",
        discussion: "Example:\n  backchannel new my-war          (writes my-war.yaml)\n  backchannel new my-war --force  (overwrite)"
    )

    @Argument(help: "Scenario name; the file is NAME.yaml unless NAME ends in .yaml.")
    var name: String

    @Flag(help: "Overwrite an existing file.")
    var force = false

    func run() throws {
        let file = name.hasSuffix(".yaml") ? name : "\(name).yaml"
        let title = (file as NSString).lastPathComponent.replacingOccurrences(of: ".yaml", with: "")
        if FileManager.default.fileExists(atPath: file), !force {
            throw BadInput("\(file) exists; pass --force to overwrite it")
        }
        let text = BundledScenarios.starter(name: title, file: file)
        guard !text.isEmpty else { throw InternalFailure("the starter template is missing from the installation") }
        _ = try ScenarioLoader.standard.load(yaml: text, file: file)  // never write a file that would not validate
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            throw BadInput("cannot write \(file): \(error.localizedDescription)")
        }
        print("wrote \(file); check it with: backchannel validate \(file)")
    }
}

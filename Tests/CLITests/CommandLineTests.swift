import Foundation
import Testing

/// The CLI tested as a real binary: exit codes, stdout for results, stderr for diagnostics.
@Suite struct CommandLineTests {
    @Test func versionAndHelp() throws {
        let version = try BinaryRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try BinaryRunner.run(["validate", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Examples:"))
    }

    @Test func misspeltKeyExits65WithLocationAndSuggestion() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("war.yaml")
        let new = try BinaryRunner.run(["new", "war"], in: dir)
        #expect(new.status == 0)
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "      resolve: medium", with: "      resolv: medium")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["validate", "war.yaml"], in: dir)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(#"war.yaml:22:7: actors[0].leader.resolv: unknown key "resolv" (did you mean "resolve"?)"#))
        #expect(result.stderr.contains("1 problem found"))
    }

    @Test func newWritesAValidScenarioAndRefusesToOverwrite() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        #expect(try BinaryRunner.run(["new", "trial"], in: dir).status == 0)
        let valid = try BinaryRunner.run(["validate", "trial.yaml"], in: dir)
        #expect(valid.status == 0)
        #expect(valid.stdout.contains("trial.yaml: ok"))
        let again = try BinaryRunner.run(["new", "trial"], in: dir)
        #expect(again.status == 65)
        #expect(again.stderr.contains("exists; pass --force"))
    }

    @Test func unknownScenarioAndUsageErrors() throws {
        let missing = try BinaryRunner.run(["run", "no-such-scenario"])
        #expect(missing.status == 65)
        #expect(missing.stderr.contains(#"no scenario file or bundled scenario named "no-such-scenario""#))
        let usage = try BinaryRunner.run(["validate"])
        #expect(usage.status == 64)
        let badSet = try BinaryRunner.run(["run", "minimal", "--set", "novalue"])
        #expect(badSet.status == 64)
    }

    @Test func badOverrideValueExits65() throws {
        let result = try BinaryRunner.run(["run", "minimal", "--set", "actors.A.leader.leak=2"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("--set actors.A.leader.leak=2: actors[0].leader.leak: 2 is out of range [0, 1] 1/week"))
    }

    @Test func schemaIsJSONAndScenariosAreListed() throws {
        let schema = try BinaryRunner.run(["schema"])
        #expect(schema.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(schema.stdout.utf8)) as? [String: Any]
        #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let list = try BinaryRunner.run(["scenarios"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("minimal"))
    }
}

@Suite struct RunFormatTests {
    @Test func csvFormatPrintsTheByWeekTable() throws {
        let result = try BinaryRunner.run(["run", "minimal", "--runs", "50", "--seed", "1", "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.stdout.split(whereSeparator: \.isNewline)
        #expect(lines.count == 27)  // header + 26 weeks
        #expect(lines.first?.hasPrefix("week,date,p_talks") == true)
        #expect(lines[1].hasPrefix("0,2025-01-06,"))
    }
}

@Suite struct StrategySpecTests {
    @Test func aStrategyThatCannotBeBuiltIsALocatedScenarioError() throws {
        let bad = try BinaryRunner.run(["run", "minimal", "--set", "actors.A.strategy.kind=random:2"])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("actors[0].strategy.kind: strategy \"random\": parameter p"))
        let valid = try BinaryRunner.run(["validate", "minimal"])
        #expect(valid.status == 0)
        let misplaced = try BinaryRunner.run(["run", "minimal", "--set", "actors.B.strategy.generosity=0.3"])
        #expect(misplaced.status == 65)  // tit-for-tat takes no parameter
        #expect(misplaced.stderr.contains("actors[1].strategy.kind"))
    }
}

/// Issue 15: one diagnostic format for every rejection, whatever the command.
@Suite struct LocatedRejectionTests {
    @Test func bytesThatAreNotUTF8AreLocatedAlikeInEveryCommand() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        try Data("schema_version: 1\nname: T\u{e9}st \u{00}".utf8.dropLast() + [0xC3, 0x28, 0x0A]).write(to: dir.appendingPathComponent("bad.yaml"))
        let expected = "bad.yaml:2:12: not UTF-8 text (byte 0xC3 at offset 30)\n1 problem found\n"
        for command in [["validate", "bad.yaml"], ["run", "bad.yaml", "--runs", "1"], ["compare", "bad.yaml", "--variant", "weeks=4", "--runs", "2"]] {
            let r = try BinaryRunner.run(command, in: dir)
            #expect(r.status == 65, "\(command)")
            #expect(r.stderr == expected, "\(command): \(r.stderr)")
        }
    }

    @Test func aControlCharacterIsLocatedAsFileLineColumn() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let text = try #require(try BinaryRunner.run(["new", "x"], in: dir).status == 0 ? String(contentsOf: dir.appendingPathComponent("x.yaml"), encoding: .utf8) : nil)
        try text.replacingOccurrences(of: "name:", with: "name: \u{01}").write(to: dir.appendingPathComponent("x.yaml"), atomically: true, encoding: .utf8)
        let r = try BinaryRunner.run(["validate", "x.yaml"], in: dir)
        #expect(r.status == 65)
        let first = r.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.range(of: #"^x\.yaml:[0-9]+:[0-9]+: "#, options: .regularExpression) != nil, "\(r.stderr)")
        #expect(!first.contains("YAML error: ") || !first.contains(": x.yaml"))
    }

    @Test func aStartPastTheSupportedDatesIsRefusedByValidateAndRun() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        _ = try BinaryRunner.run(["new", "x"], in: dir)
        let text = try String(contentsOf: dir.appendingPathComponent("x.yaml"), encoding: .utf8)
        let start = try #require(text.range(of: #"start: [0-9-]+"#, options: .regularExpression))
        try text.replacingCharacters(in: start, with: "start: 9999-12-31").write(to: dir.appendingPathComponent("x.yaml"), atomically: true, encoding: .utf8)
        for command in [["validate", "x.yaml"], ["run", "x.yaml", "--runs", "5", "--store", "x.db"]] {
            let r = try BinaryRunner.run(command, in: dir)
            #expect(r.status == 65, "\(command)")
            #expect(r.stderr.contains("start: 9999-12-31 is outside the supported dates 1900-01-01 – 2999-12-31"), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.db").path))
    }
}

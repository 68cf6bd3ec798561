import Foundation
import Games
import Testing

@Suite("Registry")
struct RegistryTests {
    @Test("every strategy kind is registered exactly once")
    func completeness() {
        #expect(Set(StrategyRegistry.all) == Set(StrategyKind.allCases))
        #expect(StrategyRegistry.all.count == StrategyKind.allCases.count)
        #expect(Set(StrategyRegistry.ids).count == StrategyRegistry.ids.count)
    }

    @Test("every strategy declared in Sources/Games/Strategies is in the registry")
    func everyDeclaredStrategyIsRegistered() throws {
        let directory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Games/Strategies")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".swift") }
        #expect(files.count >= 8)
        var declared: [String] = []
        for file in files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            // Every `StrategyMetadata(id: "…"` in a family file declares a strategy.
            for match in text.matches(of: /StrategyMetadata\(\s*id:\s*"([^"]+)"/) {
                declared.append(String(match.output.1))
            }
        }
        #expect(declared.count == StrategyKind.allCases.count)
        for id in declared { #expect(StrategyRegistry.ids.contains(id), "\(id) is declared but not registered") }
    }

    @Test("the 12 reference strategies and their order")
    func reference() {
        #expect(StrategyRegistry.reference.map(\.id) == [
            "cooperator", "defector", "tit-for-tat", "grudger", "tit-for-2-tats", "suspicious-tit-for-tat",
            "win-stay-lose-shift", "alternator", "go-by-majority", "two-tits-for-tat", "bully", "random",
        ])
        #expect(StrategyRegistry.deterministicReference.allSatisfy { !$0.metadata.stochastic })
    }

    @Test func parsesParameters() throws {
        let r = try StrategyRegistry.strategy("random:0.3")
        #expect(r.kind == .random && r.parameter == 0.3 && r.id == "random:0.3")
        let g = try StrategyRegistry.strategy(" generous-tit-for-tat:0.2 ")
        #expect(g.kind == .generousTitForTat && g.parameter == 0.2)
        #expect(try StrategyRegistry.strategy("random").parameter == 0.5)
        #expect(try StrategyRegistry.strategy("random:0.5").id == "random")
        #expect(try StrategyRegistry.strategy("generous-tit-for-tat").parameter == Payoffs.standard.generosity)
    }

    @Test func rejectsBadParameters() {
        #expect(throws: StrategyError.unexpectedParameter(id: "tit-for-tat", value: "0.3")) {
            try StrategyRegistry.strategy("tit-for-tat:0.3")
        }
        for bad in ["random:1.5", "random:-0.1", "random:nan", "random:inf", "random:abc", "random:"] {
            #expect(throws: StrategyError.self) { try StrategyRegistry.strategy(bad) }
        }
    }

    @Test func unknownIDSuggestsNearest() {
        do {
            _ = try StrategyRegistry.strategy("grim-trigger")
            Issue.record("should throw")
        } catch {
            guard case let .unknownID(id, _, valid) = error else { Issue.record("\(error)"); return }
            #expect(id == "grim-trigger" && valid == StrategyRegistry.ids)
        }
        #expect(StrategyRegistry.suggestion(for: "tit-for-tatt") == "tit-for-tat")
        #expect(StrategyRegistry.suggestion(for: "grudgr") == "grudger")
        #expect(StrategyRegistry.suggestion(for: "two-tit-for-tat") == "two-tits-for-tat")
        #expect(StrategyRegistry.suggestion(for: "xyzzy") == nil)
        let message = StrategyError.unknownID("grudgr", suggestion: "grudger", valid: ["grudger"]).description
        #expect(message.contains("did you mean \"grudger\"?") && message.contains("valid ids: grudger"))
    }

    @Test func editDistance() {
        #expect(StrategyRegistry.editDistance("kitten", "sitting") == 3)
        #expect(StrategyRegistry.editDistance("", "abc") == 3)
        #expect(StrategyRegistry.editDistance("abc", "abc") == 0)
    }
}

import Diplomacy
import Experiments
import Foundation
import Games
import Randomness
import ScenarioFormat
import Trade
import TradeData

/// libFuzzer entry point. The surface is chosen by the FUZZ_TARGET environment variable
/// (scenario, override, hindcast, calibration, partial, solver, decisions); see scripts/fuzz.sh.
///
/// Every target checks: no crash (a trap is a finding), no hang (libFuzzer's -timeout), every
/// rejection is a located diagnostic (a line and column, or a field path), and every output
/// that is produced is finite. A broken property calls `fail`, which aborts: libFuzzer then
/// saves the input as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    switch FuzzTarget.current {
    case .scenario: FuzzTarget.scenario(bytes)
    case .override: FuzzTarget.override(bytes)
    case .hindcast: FuzzTarget.hindcast(bytes)
    case .calibration: FuzzTarget.calibration(bytes)
    case .partial: FuzzTarget.partial(bytes)
    case .solver: FuzzTarget.solver(bytes)
    case .decisions: FuzzTarget.decisions(bytes)
    }
    return 0
}

enum FuzzTarget: String, CaseIterable {
    case scenario, override, hindcast, calibration, partial, solver, decisions

    static let current: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("set FUZZ_TARGET to one of: \(allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        return target
    }()

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("fuzz property broken: \(message)\n".utf8))
        abort()
    }

    /// The CLI's loader, with bundled calibrations only (a path in a fuzzed file must not make
    /// the fuzzer read the machine's files).
    static let loader = ScenarioLoader(
        strategyIDs: StrategyRegistry.ids,
        regionsOfCalibration: { name in
            CalibrationLoader.bundledNames.contains(name) ? (try? CalibrationLoader.bundled(named: name))?.baseline.regions : nil
        },
        checkStrategy: { spec in
            do { _ = try StrategyRegistry.strategy(spec); return nil } catch { return "\(error)" }
        })

    static func checkLocated(_ error: ScenarioError, _ what: String) {
        if error.issues.isEmpty { fail("\(what): a rejection without any issue") }
        for issue in error.issues {
            let located = (issue.line != nil && issue.column != nil) || !issue.path.isEmpty
            if !located || issue.file.isEmpty { fail("\(what): unlocated issue \"\(issue)\"") }
            if issue.message.isEmpty { fail("\(what): issue without a message \"\(issue)\"") }
        }
    }

    // MARK: - Scenario loader and validator

    static func scenario(_ bytes: Data) {
        let text: String
        do { text = try ScenarioLoader.text(of: bytes, file: "fuzz.yaml") } catch {
            checkLocated(error, "text")
            return
        }
        do {
            let s = try loader.load(yaml: text, file: "fuzz.yaml")
            // A valid scenario writes out as a valid scenario (what `--set` and the store rely on).
            guard let again = try? ScenarioLoader.encode(s) else { fail("a valid scenario does not encode") }
            do { _ = try loader.load(yaml: again, file: "again.yaml") } catch { fail("its encoding does not load: \(error)") }
            if s.start.adding(weeks: s.weeks) > ScenarioLimits.lastDate.adding(days: 1) { fail("horizon beyond the supported dates") }
        } catch {
            checkLocated(error, "scenario")
        }
    }

    // MARK: - `--set` paths and values

    /// A small scenario with every kind of list (intermediaries, events, rungs, questions), so
    /// that paths reach them; small, so that each input is cheap.
    static let base = (BundledScenarios.text(named: "minimal") ?? "") + """

    intermediaries:
      - { id: envoy, name: Envoy, access: { A: 0.6, B: 0.5 } }
    events:
      - { kind: election, name: Vote, actor: A, week: 10 }
    outputs:
      questions:
        - { id: talks-early, kind: talks, by: 2025-03-01 }
    """

    static func override(_ bytes: Data) {
        // Up to four overrides, one a line, applied to the bundled default scenario.
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).prefix(4)
        var overrides: [ScenarioOverride] = []
        for line in lines {
            guard let o = ScenarioOverride(String(line)) else { continue }  // the CLI: a usage error
            if o.path.isEmpty { fail("an override with an empty path: \(line.debugDescription)") }
            overrides.append(o)
        }
        do {
            _ = try loader.load(yaml: base, file: "base.yaml", overrides: overrides)
        } catch {
            checkLocated(error, "override")
            for issue in error.issues where issue.file.hasPrefix("--set") && issue.path.isEmpty {
                fail("an override's problem without its path: \(issue)")
            }
        }
    }

    // MARK: - The hindcast questions file

    static func hindcast(_ bytes: Data) {
        do {
            let text = try ScenarioLoader.text(of: bytes, file: "fuzz-hindcast.yaml")
            let file = try HindcastFile.load(yaml: text, file: "fuzz-hindcast.yaml")
            for q in file.questions where q.scenario.isEmpty { fail("a question without a scenario") }
        } catch {
            checkLocated(error, "hindcast")
        }
    }

    // MARK: - The decisions file (`run --decisions`), checked and played

    /// The fuzz base scenario (an intermediary, so decisions can open and use a backchannel).
    static let decisionsScenario: Scenario? = try? loader.load(yaml: base, file: "base.yaml")

    static func decisions(_ bytes: Data) {
        guard let scenario = decisionsScenario else { fail("the base scenario does not load") }
        let file: DecisionsFile
        do {
            let text = try ScenarioLoader.text(of: bytes, file: "fuzz-decisions.yaml")
            file = try DecisionsFile.load(yaml: text, file: "fuzz-decisions.yaml", scenario: scenario)
        } catch {
            checkLocated(error, "decisions")
            return
        }
        // A valid file plays: every decision is carried out or refused, and the run stays finite.
        guard let setup = try? EngineSetup(scenario: scenario) else { fail("the base scenario has no setup") }
        for (side, script) in file.scripts.enumerated() where script.keys.contains(where: { !(0..<scenario.weeks).contains($0) }) {
            fail("side \(side) has a decision outside the horizon")
        }
        var sim = Simulation(setup: setup.scripted(file.scripts), seed: Seed(1), economy: StylizedPain(setup: setup))
        sim.run()
        for s in sim.sides where !(s.tariff.isFinite && s.cost.isFinite && s.commitment.isFinite && s.receptivity.isFinite) {
            fail("a scripted run left a non-finite state")
        }
        for s in sim.sides where s.tariff < 0 || s.tariff > setup.maxTariff + 1e-9 { fail("a tariff outside its range: \(s.tariff)") }
        for e in sim.events where e.kind == .refused {
            guard case .side = e.visibility else { fail("a refusal seen by both sides: \(e.text)") }
        }
    }

    // MARK: - Calibration readers

    static func calibration(_ bytes: Data) {
        guard let first = bytes.first else { return }
        let rest = bytes.dropFirst()
        do {
            let c: Calibration
            if first & 1 == 0 {
                c = try CalibrationLoader.calibration(json: Data(rest), name: "fuzz.json")
            } else {
                c = try CalibrationLoader.calibration(flowListCSV: String(decoding: rest, as: UTF8.self), name: "fuzz.csv")
            }
            let b = c.baseline
            let numbers = b.flows + b.output + b.expenditure + b.shares + b.tariffRevenue + b.tariffs.values
            if !numbers.allSatisfy({ $0.isFinite }) { fail("a calibration with non-finite numbers") }
            if b.count < 2 || b.count > CalibrationLoader.maxRegions { fail("a calibration of \(b.count) regions") }
        } catch let error as TradeDataError {
            if error.message.isEmpty || error.file.isEmpty { fail("an unlocated calibration error: \(error)") }
        } catch {
            fail("a calibration error that is not a TradeDataError: \(error)")
        }
    }

    // MARK: - The sweep partial reader and merge

    static func partial(_ bytes: Data) {
        guard let p = try? JSONDecoder().decode(SweepPartial.self, from: bytes) else { return }
        switch SweepPartial.merge([("fuzz.json", p)]) {
        case let .failure(error):
            if error.problems.isEmpty || error.problems.contains(where: \.isEmpty) { fail("a merge refusal without a reason") }
        case let .success(text):
            // What merge writes: the header, then one line per unit, each with the header's
            // field count; every outcome a finite number.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.count != p.identity.points.count * p.identity.replicates + 2 { fail("merge wrote \(lines.count - 2) rows") }
            let outcomes = p.identity.outcomes.count
            for line in lines.dropFirst().dropLast() {
                let values = line.split(separator: ",", omittingEmptySubsequences: false).suffix(outcomes)
                if values.contains(where: { Double($0).map { !$0.isFinite } ?? true }) { fail("merge wrote a non-finite outcome: \(line)") }
            }
        }
    }

    // MARK: - The GE solver

    /// A random world of 2–5 regions (its seed from the input), an elasticity across the valid
    /// range, tariffs 0–10 000 %, both deficit treatments; sometimes a best response.
    static func solver(_ bytes: Data) {
        var reader = ByteReader(bytes)
        let n = 2 + Int(reader.byte() % 4)
        var rng = Seed(reader.uint64()).generator()
        let base = RandomWorld.make(count: n, maxTariff: Double(reader.byte()) / 255, using: &rng)
        let r = TradeWorld.elasticityRange
        let eps = r.lowerBound + (r.upperBound - r.lowerBound) * reader.unit()
        let deficits: DeficitTreatment = reader.byte() & 1 == 0 ? .fixed : .purged
        let world: TradeWorld
        do { world = try TradeWorld(baseline: base, elasticity: eps, deficits: deficits) } catch let error as TradeError {
            if case .invalidElasticity = error { fail("ε = \(eps) in the valid range was refused") }
            return
        } catch { fail("a non-TradeError: \(error)") }
        var t = world.baselineTariffs
        for i in 0..<n {
            for j in 0..<n where i != j && reader.byte() & 1 == 1 {
                // 0–100 as a fraction: 0–10 000 %, with extra weight on 0 and the extremes.
                let u = reader.unit()
                t[exporter: i, importer: j] = u < 0.1 ? 0 : u > 0.9 ? 100 : 100 * u * u
            }
        }
        do {
            let cf = try world.solve(tariffs: t)
            check(cf, "solve n=\(n) ε=\(eps)")
            if reader.byte() % 64 == 0 {
                let br = try world.bestResponse(importer: 0, exporter: 1, tariffs: t)
                if !br.tariff.isFinite || br.tariff < 0 { fail("best response tariff \(br.tariff)") }
                check(br.counterfactual, "best response n=\(n) ε=\(eps)")
            }
        } catch let error as TradeError {
            if case .invalidElasticity = error { fail("ε = \(eps) in the valid range was refused") }
            if error.description.isEmpty { fail("a TradeError without a message") }
        } catch {
            fail("a non-TradeError: \(error)")
        }
    }

    static func check(_ cf: Counterfactual, _ what: String) {
        let all = cf.welfareChangePercent + cf.wageHat + cf.priceIndexHat + cf.tariffRevenue + cf.realWageChangePercent + cf.flows
        if !all.allSatisfy({ $0.isFinite }) { fail("\(what): a non-finite output") }
    }
}

/// Reads the fuzzer's bytes as parameters (zeros once they run out).
struct ByteReader {
    var bytes: [UInt8]
    var index = 0
    init(_ data: Data) { bytes = [UInt8](data) }

    mutating func byte() -> UInt8 {
        defer { index += 1 }
        return index < bytes.count ? bytes[index] : 0
    }

    mutating func uint64() -> UInt64 {
        (0..<8).reduce(UInt64(0)) { v, _ in v << 8 | UInt64(byte()) }
    }

    /// A number in [0, 1] from two bytes.
    mutating func unit() -> Double {
        Double(UInt16(byte()) << 8 | UInt16(byte())) / Double(UInt16.max)
    }
}

import ArgumentParser
import Games
import Reports
import Randomness

/// `backchannel tournament`: a round robin of repeated-game strategies (axelrod conventions).
///
/// Bad data (unknown strategy, bad parameter, duplicate id, negative turns, noise outside
/// [0, 1] or NaN) prints every problem on stderr and exits 65. A duplicate id is rejected:
/// results are keyed by id, and self-play against a copy is always included anyway.
struct TournamentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tournament",
        abstract: "Run a round-robin tournament of repeated prisoner's dilemma strategies.",
        discussion: "Strategy ids: " + StrategyRegistry.ids.joined(separator: ", ")
            + ". Parameters as id:value, e.g. random:0.3 or generous-tit-for-tat:0.2.\n\n"
            + "Examples:\n"
            + "  backchannel tournament --strategies tit-for-tat,grudger,defector\n"
            + "  backchannel tournament --strategies tit-for-tat,win-stay-lose-shift,generous-tit-for-tat --noise 0.05 --seed 1\n"
            + "  backchannel tournament --strategies tit-for-tat,random:0.3 --turns 20 --include-moves --format json"
    )

    @Option(help: "Comma-separated strategy ids, e.g. tit-for-tat,grudger,random:0.3.")
    var strategies: String

    @Option(parsing: .unconditional, help: "Turns per match.")
    var turns: Int = 200

    @Option(parsing: .unconditional, help: "Repetitions of every match.")
    var repetitions: Int = 10

    @Option(parsing: .unconditional, help: "Probability that a move is flipped after it is chosen.")
    var noise: Double = 0

    @Option(parsing: .unconditional, help: "Master seed (a 64-bit unsigned integer).")
    var seed: UInt64 = 0

    @Flag(help: "Include the moves of the first repetition of every pair (JSON only).")
    var includeMoves = false

    @Option(help: "Output format: table or json.")
    var format: OutputFormat = .table

    @Option(help: "Worker threads (results do not depend on it; default: all cores).")
    var threads: Int?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        var problems: [String] = []
        var parsed: [Strategy] = []
        for specification in strategies.split(separator: ",", omittingEmptySubsequences: false) {
            do {
                parsed.append(try StrategyRegistry.strategy(String(specification)))
            } catch {
                problems.append(error.description)
            }
        }
        if turns < 1 { problems.append("--turns must be at least 1 (got \(turns))") }
        if repetitions < 1 { problems.append("--repetitions must be at least 1 (got \(repetitions))") }
        if !(noise >= 0 && noise <= 1) { problems.append("--noise must be a probability in [0, 1] (got \(noise))") }
        var tournament: Tournament?
        if problems.isEmpty {
            do {
                tournament = try Tournament(strategies: parsed, turns: turns, repetitions: repetitions,
                                            noise: noise, seed: Seed(seed))
            } catch {
                problems.append(error.description)
            }
        }
        guard let tournament, problems.isEmpty else {
            for problem in problems { Diagnostics.error(problem) }
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        let result = tournament.run(threads: threads ?? availableCores, recordMoves: includeMoves)
        switch format {
        case .json: print(try jsonText(result.report))
        case .table: print(result.table)
        }
    }
}

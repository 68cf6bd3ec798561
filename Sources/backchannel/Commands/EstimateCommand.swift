import ArgumentParser
import Experiments
import Foundation
import Reports
import Studies

struct EstimateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Estimate the model's global parameters on an episode library, with their uncertainty.",
        discussion: """
        LIBRARY is `history` (the bundled episode library) or a folder with a questions/ folder of
        hindcast files, one per episode. Screening first: Morris elementary effects of every
        candidate parameter on the library's forecasts (outcomes unseen) rank them; the three most
        influential engine constants and the most influential level scale are then fitted by
        simulated likelihood of the question outcomes after the recalibration that fits them
        best at each point (a profile likelihood; a quadratic response surface per episode
        over a Latin hypercube, then over a local one around the first estimate; common random
        numbers; a weak prior around the defaults); the
        posterior is normal with the cluster-robust covariance over episodes, truncated to the
        ranges, given as --draws parameter sets (docs/model.md §16). Deterministic by seed.

        Examples:
          backchannel estimate history --seed 1 --out posterior.json
          backchannel run --posterior posterior.json
        """
    )

    @Argument(help: "history, or a folder of episodes (questions/*.yaml).")
    var library: String

    @OptionGroup var parallel: SeedAndThreads

    @Option(help: "Output file (JSON); without it the posterior is printed.")
    var out: String?

    @Flag(help: "Overwrite an existing output file.")
    var force = false

    @OptionGroup var estimation: EstimationOptions

    @Option(help: "table or json (what is printed when there is no --out).")
    var format: OutputFormat = .table

    func run() throws {
        let staged = StagedFiles(force: force)
        let outURL = out.map { URL(fileURLWithPath: $0) }
        if let outURL { try staged.stage(outURL) }  // a bad or existing destination fails before any work
        let study = EstimateStudy(library: try EpisodeLibrary(library), settings: estimation.settings, seed: parallel.master())
        let bar = StagedProgress()
        let posterior = try study.run(threads: parallel.workers) { bar.update($0, $1, $2) }
        bar.finish()
        if let outURL, let out {
            try staged.write(Data((try jsonText(posterior) + "\n").utf8), to: outURL)
            try staged.commit()
            Diagnostics.note("wrote \(out)")
            print(posterior.table)
            return
        }
        switch format {
        case .json: print(try jsonText(posterior))
        case .table: print(posterior.table)
        }
    }
}

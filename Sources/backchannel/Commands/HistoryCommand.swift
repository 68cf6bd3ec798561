import ArgumentParser
import Foundation
import Reports
import Store
import Studies

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the runs recorded in a run store.",
        discussion: """
        Examples:
          backchannel run --store runs.db && backchannel history --store runs.db
          BACKCHANNEL_STORE=runs.db backchannel history --format json
        """
    )

    @Option(help: ArgumentHelp("The run store (default: $BACKCHANNEL_STORE).", valueName: "file"))
    var store: String?

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func run() throws {
        let path = try StoreLocation.required(store)
        let runStore = try StoreLocation.open(path, create: false)
        let runs: [RunListing]
        do { runs = try runStore.list() } catch { throw BadInput("\(path): cannot read the run store: \(error)") }
        switch format {
        case .json:
            print(try jsonText(runs.map(Listing.init)))
        case .table:
            if runs.isEmpty {
                print("no runs recorded in \(path)")
                return
            }
            print("id  recorded              runs   weeks  seed                  p(deal)  scenario")
            for r in runs {
                let deal = r.pDeal.map { fixed(100 * $0, 1) + "%" } ?? "—"
                let overrides = r.overrides.isEmpty ? "" : "  [" + r.overrides.joined(separator: ", ") + "]"
                print(pad(String(r.id), 4) + pad(r.createdAt, 22) + pad(String(r.runs), 7) + pad(String(r.weeks), 7)
                      + pad(r.seed, 22) + pad(deal, 9) + r.scenarioName + overrides)
            }
        }
    }

    func pad(_ s: String, _ width: Int) -> String { TextTable.cell(s, width) }

    /// `history --format json`: one object per stored run.
    struct Listing: Encodable {
        var id: Int64
        var createdAt: String
        var scenario: String
        var scenarioHash: String
        var seed: String
        var runs: Int
        var weeks: Int
        var version: String
        var overrides: [String]
        var pDeal: Double?

        init(_ r: RunListing) {
            id = r.id; createdAt = r.createdAt; scenario = r.scenarioName; scenarioHash = r.scenarioHash; seed = r.seed
            runs = r.runs; weeks = r.weeks; version = r.version; overrides = r.overrides; pDeal = r.pDeal
        }

        enum CodingKeys: String, CodingKey {
            case id, scenario, seed, runs, weeks, version, overrides
            case createdAt = "created_at", scenarioHash = "scenario_hash", pDeal = "p_deal"
        }
    }
}

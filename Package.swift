// swift-tools-version: 6.0
import PackageDescription

// Module shape (DESIGN.md §2): a pure core (Randomness, Trade, Games, Diplomacy) with no file
// I/O, clock or global randomness, and edges (Scenario, Reports, Store, the CLI) around it.
let package = Package(
    name: "Backchannel",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "backchannel", targets: ["backchannel"]),
        // The libraries the fuzz package (Fuzz/, built apart with -sanitize=fuzzer) links against.
        .library(name: "BackchannelFuzzable", targets: ["ScenarioFormat", "Trade", "TradeData", "Experiments", "Games", "Diplomacy", "Randomness"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
    ],
    targets: [
        .target(name: "Randomness", dependencies: [.product(name: "RealModule", package: "swift-numerics")]),
        .testTarget(name: "RandomnessTests", dependencies: ["Randomness"]),
        .target(name: "Trade", dependencies: ["Randomness", .product(name: "RealModule", package: "swift-numerics")]),
        .target(
            name: "TradeData",
            dependencies: ["Trade", .product(name: "CSV", package: "CSV.swift")],
            resources: [.copy("Resources/calib_2024.json"), .copy("Resources/world30_2006.csv"), .copy("Resources/world11_2024.json")]
        ),
        .testTarget(name: "TradeTests", dependencies: ["Trade", "TradeData", "Randomness"], resources: [.copy("Fixtures")]),
        .target(name: "Parallel"),
        // Scenario fixtures and run helpers shared by the test targets (never linked into the binary).
        .target(name: "TestSupport", dependencies: ["Diplomacy", "Experiments", "Randomness"]),
        .testTarget(name: "ParallelTests", dependencies: ["Parallel"]),
        .target(name: "Games", dependencies: ["Randomness", "Parallel"]),
        .testTarget(name: "GamesTests", dependencies: ["Games", "Randomness"], resources: [.copy("Fixtures")]),
        .target(name: "Diplomacy", dependencies: ["Randomness", "Games", "Trade", .product(name: "RealModule", package: "swift-numerics")]),
        .target(name: "Experiments", dependencies: ["Diplomacy", "Randomness", "Parallel", .product(name: "RealModule", package: "swift-numerics")]),
        .target(
            name: "ScenarioFormat",
            dependencies: ["Diplomacy", "Randomness", "Trade", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/scenarios"), .copy("Resources/starter.yaml")]
        ),
        .target(
            name: "History",
            dependencies: ["Experiments", .product(name: "CSV", package: "CSV.swift")],
            resources: [.copy("Resources/backchannel_cases.csv"), .copy("Resources/history"), .copy("Resources/posterior.json")]
        ),
        .testTarget(name: "ScenarioFormatTests", dependencies: ["ScenarioFormat", "Diplomacy"], resources: [.copy("Fixtures")]),
        // Edges of a run's outputs: CSV files, SVG charts and the HTML report; the SQLite run store.
        .target(
            name: "Reports",
            dependencies: ["Diplomacy", "Experiments", "Games", "History", "Trade", .product(name: "CSV", package: "CSV.swift")],
            resources: [.copy("Resources/tariffs_us_china.csv")]
        ),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Experiments", "Diplomacy", "Randomness", "TestSupport"]),
        .target(name: "Store", dependencies: ["Experiments", .product(name: "GRDB", package: "GRDB.swift")]),
        // The road from a scenario file to a study, shared by the CLI and any other front end.
        .target(
            name: "Studies",
            dependencies: ["Diplomacy", "Experiments", "Games", "History", "Parallel", "Randomness", "Reports", "ScenarioFormat", "Store", "Trade", "TradeData",
                           .product(name: "CSV", package: "CSV.swift")]
        ),
        .testTarget(name: "StudiesTests", dependencies: ["Studies", "Experiments", "Diplomacy", "Randomness", "ScenarioFormat"],
                    exclude: ["Fixtures"]),  // read by path: decisions files for the replay tests
        .testTarget(name: "StoreTests", dependencies: ["Store", "Experiments", .product(name: "GRDB", package: "GRDB.swift")]),
        // The live exercise: seats, rooms and turns adjudicated by the engine (no I/O) …
        .target(name: "Exercises", dependencies: ["Diplomacy", "Experiments", "Randomness", "Reports", "ScenarioFormat", "Studies"]),
        .testTarget(name: "ExercisesTests", dependencies: ["Exercises", "Diplomacy", "Experiments", "Randomness", "Reports", "Studies"]),
        // … and its edges: the SQLite exercise store and the HTTP server (`backchannel serve`).
        .target(
            name: "Server",
            dependencies: ["Exercises", "Studies", "Diplomacy", "Randomness", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Crypto", package: "swift-crypto"),
                           .product(name: "Logging", package: "swift-log"), .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")]
        ),
        .testTarget(name: "ServerTests", dependencies: ["Server", "Exercises", "Randomness", .product(name: "HummingbirdTesting", package: "hummingbird"),
                                                        .product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(
            name: "backchannel",
            dependencies: ["Diplomacy", "Experiments", "Games", "History", "ScenarioFormat", "Randomness", "Trade", "TradeData", "Reports", "Store", "Studies", "Server",
                           .product(name: "CSV", package: "CSV.swift"), .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Runs the built binary; depending on the executable makes `swift test` build it first.
        .testTarget(name: "CLITests", dependencies: ["backchannel", .product(name: "GRDB", package: "GRDB.swift")], exclude: ["Golden"]),
        .testTarget(name: "DiplomacyTests", dependencies: ["Diplomacy", "Experiments", "Games", "Randomness", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "ExperimentsTests", dependencies: ["Experiments", "Diplomacy", "History", "Randomness", "TestSupport"]),
    ]
)

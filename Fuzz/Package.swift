// swift-tools-version: 6.0
import PackageDescription

// Coverage-guided fuzz targets (libFuzzer), kept out of the main package's build and tests:
// they need `-sanitize=fuzzer`, which would break a normal build. One executable; the target
// is chosen by FUZZ_TARGET (see scripts/fuzz.sh):
//   swift build -c debug --sanitize=fuzzer --package-path Fuzz --scratch-path .build-fuzz
let package = Package(
    name: "BackchannelFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Backchannel", path: "..")],
    targets: [
        .executableTarget(
            name: "BackchannelFuzz",
            dependencies: [.product(name: "BackchannelFuzzable", package: "Backchannel")],
            // libFuzzer supplies main(); the Swift side only exports LLVMFuzzerTestOneInput.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)

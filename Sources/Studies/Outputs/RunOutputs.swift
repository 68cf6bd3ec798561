import Diplomacy
import Experiments
import Foundation
import Reports

/// The files of `run --out DIR` (summary.json, by_week.csv, runs.csv, report.html) and
/// `--report FILE`, staged before the ensemble runs (so a bad destination fails at once, with
/// nothing written) and renamed into place together at the end.
public final class RunOutputs {
    static let fileNames = ["summary.json", "by_week.csv", "runs.csv", "report.html"]

    public let staged: StagedFiles
    public let directory: URL?
    public let reportFile: URL?
    /// Open on the temporary `runs.csv` while the ensemble streams into it.
    public private(set) var runsHandle: FileHandle?

    public init(out: String?, report: String?, force: Bool) throws {
        staged = StagedFiles(force: force)
        directory = out.map { URL(fileURLWithPath: $0, isDirectory: true) }
        if let directory {
            try StagedFiles.prepareDirectory(directory)
            for name in Self.fileNames { try staged.stage(directory.appendingPathComponent(name)) }
            let temp = staged.temp(for: directory.appendingPathComponent("runs.csv"))!
            do { runsHandle = try FileHandle(forWritingTo: temp) } catch {
                throw BadInput("\(directory.path): cannot write runs.csv (\(StagedFiles.reason(error)))")
            }
        }
        reportFile = report.map { URL(fileURLWithPath: $0) }
        if let reportFile {
            var isDirectory: ObjCBool = false
            let parent = reportFile.deletingLastPathComponent()
            guard FileManager.default.fileExists(atPath: parent.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw BadInput("\(reportFile.path): the directory \(parent.path) does not exist")
            }
            try staged.stage(reportFile)
        }
    }

    public var wantsReport: Bool { directory != nil || reportFile != nil }

    /// Renders the HTML report (if one is wanted), writes the remaining files and moves all of
    /// them into place.
    public func finish(summaryJSON: String, summary: EnsembleSummary, scenario: Scenario, overrides: [String],
                       narrative: RunNarrative?) throws {
        let report = wantsReport ? HTMLReport.render(ReportInput(summary: summary, scenario: scenario, overrides: overrides,
                                                                 narrative: narrative, history: try ReportHistory.bundled())) : nil
        try finish(summaryJSON: summaryJSON, summary: summary, report: report)
    }

    /// Writes the remaining files and moves all of them into place.
    public func finish(summaryJSON: String, summary: EnsembleSummary, report: String?) throws {
        if let runsHandle {
            do {
                try runsHandle.synchronize()
                try runsHandle.close()
            } catch { throw BadInput("runs.csv: cannot write (\(StagedFiles.reason(error)))") }
            self.runsHandle = nil
        }
        if let directory {
            try staged.write(Data((summaryJSON + "\n").utf8), to: directory.appendingPathComponent("summary.json"))
            try staged.write(try ByWeekCSV.data(summary), to: directory.appendingPathComponent("by_week.csv"))
            if let report { try staged.write(Data(report.utf8), to: directory.appendingPathComponent("report.html")) }
        }
        if let reportFile, let report { try staged.write(Data(report.utf8), to: reportFile) }
        try staged.commit()
    }

    public func abandon() {
        try? runsHandle?.close()
        runsHandle = nil
        staged.abandon()
    }
}

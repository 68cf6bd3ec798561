import CSV
import Foundation
import ScenarioFormat

/// A sweep's design file: a CSV whose header names scenario paths, one point per row.
public enum SweepDesign {
    public static func read(_ file: String) throws -> ([String], [[String]]) {
        let text = try ScenarioLoader.readFile(atPath: file, file: file)  // size and UTF-8, located
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true) } catch {
            throw BadInput("\(file):1: cannot read the CSV header (\(error))")
        }
        guard let header = reader.headerRow, !header.isEmpty, !header.contains(where: \.isEmpty) else {
            throw BadInput("\(file):1: the header must name the scenario paths, e.g. diplomacy.mode,actors.USA.leader.leak")
        }
        var points: [[String]] = []
        var line = 1
        while let row = reader.next() {
            line += 1
            if row.count == 1 && row[0].isEmpty { continue }
            guard row.count == header.count else { throw BadInput("\(file):\(line): \(row.count) fields, expected \(header.count) (\(header.joined(separator: ",")))") }
            if let k = row.firstIndex(where: \.isEmpty) { throw BadInput("\(file):\(line): \(header[k]): empty value") }
            points.append(row)
        }
        if points.isEmpty { throw BadInput("\(file): no points (only a header)") }
        return (header, points)
    }
}

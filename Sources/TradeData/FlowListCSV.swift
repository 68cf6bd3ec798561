import CSV
import Foundation
import Trade

extension CalibrationLoader {
    /// Calibrates from a flow list CSV with a header and at least the columns
    /// `exporter,importer,trade` (others are ignored), one row per pair including domestic
    /// flows. Regions are sorted by name; a pair without a row has zero trade. Baseline tariffs
    /// are `tariffs` (fractions, in the sorted region order) or zero.
    public static func calibration(flowListCSV text: String, name: String, tariffs: TariffMatrix? = nil) throws -> Calibration {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true)
        } catch {
            throw TradeDataError(file: name, line: 1, message: "cannot read the CSV header (\(error))")
        }
        guard let header = reader.headerRow else { throw TradeDataError(file: name, line: 1, message: "empty file (no header row)") }
        func column(_ key: String) throws -> Int {
            guard let k = header.firstIndex(where: { $0.lowercased() == key }) else {
                throw TradeDataError(file: name, line: 1, message: "missing column \"\(key)\" (need exporter,importer,trade; header is \(header.joined(separator: ",")))")
            }
            return k
        }
        let ce = try column("exporter"), ci = try column("importer"), ct = try column("trade")
        var entries: [(exporter: String, importer: String, value: Double)] = []
        var firstLine: [String: Int] = [:]
        var line = 1
        while let row = reader.next() {
            line += 1
            if row.count == 1 && row[0].isEmpty { continue }   // blank line
            guard row.count > max(ce, ci, ct) else {
                throw TradeDataError(file: name, line: line, message: "\(row.count) fields, expected \(header.count)")
            }
            let ex = row[ce], im = row[ci], raw = row[ct]
            if ex.isEmpty { throw TradeDataError(file: name, line: line, message: "exporter: empty") }
            if im.isEmpty { throw TradeDataError(file: name, line: line, message: "importer: empty") }
            guard let v = Double(raw) else {
                throw TradeDataError(file: name, line: line, message: "trade: not a number \"\(raw)\"")
            }
            guard v.isFinite else { throw TradeDataError(file: name, line: line, message: "trade: non-finite value \(raw)") }
            guard v >= 0 else { throw TradeDataError(file: name, line: line, message: "trade: negative value \(raw)") }
            let key = ex + "->" + im
            if let first = firstLine[key] {
                throw TradeDataError(file: name, line: line, message: "duplicate flow \(key) (first on line \(first))")
            }
            firstLine[key] = line
            entries.append((ex, im, v))
        }
        if let error = reader.error {
            throw TradeDataError(file: name, line: line + 1, message: "malformed CSV (\(error))")
        }
        guard !entries.isEmpty else { throw TradeDataError(file: name, message: "no flows") }
        let regions = Array(Set(entries.flatMap { [$0.exporter, $0.importer] })).sorted()
        // n regions make an n × n matrix: a flow list naming too many is refused before allocating it.
        guard regions.count <= maxRegions else {
            throw TradeDataError(file: name, message: "\(regions.count) regions; a calibration may have at most \(maxRegions)")
        }
        let index = Dictionary(uniqueKeysWithValues: regions.enumerated().map { ($1, $0) })
        let n = regions.count
        var flows = [Double](repeating: 0, count: n * n)
        for e in entries { flows[index[e.exporter]! * n + index[e.importer]!] = e.value }
        do {
            let baseline = try Baseline(regions: regions, flatFlows: flows, tariffs: tariffs)
            return Calibration(name: name, baseline: baseline, defaultElasticity: nil)
        } catch let error as TradeError {
            throw TradeDataError(file: name, message: error.description, underlying: error)
        }
    }
}

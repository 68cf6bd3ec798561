import CSV
import Experiments

/// Reads `backchannel_cases.csv` (header row; the columns used are `case_id`, `name`,
/// `outcome_class`, `determination`, `domestic_opposition`, `anticipated_receptivity`).
public enum CasesCSV {
    public struct ReadError: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    static let levels = ["low", "medium", "high"]
    static let classes = ["success", "partial", "failure"]

    public static func read(_ text: String, file: String) throws(ReadError) -> [HistoricalCase] {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true)
        } catch {
            throw ReadError(file: file, line: 1, message: "cannot read the CSV header (\(error))")
        }
        guard let header = reader.headerRow else { throw ReadError(file: file, line: 1, message: "empty file") }
        var columns: [Int] = []
        for key in ["case_id", "name", "outcome_class", "determination", "domestic_opposition", "anticipated_receptivity"] {
            guard let k = header.firstIndex(of: key) else {
                throw ReadError(file: file, line: 1, message: "missing column \"\(key)\"")
            }
            columns.append(k)
        }
        var cases: [HistoricalCase] = []
        var record = 1
        while let row = reader.next() {
            record += 1
            if row.count == 1 && row[0].isEmpty { continue }
            guard row.count == header.count else {
                throw ReadError(file: file, line: record, message: "\(row.count) fields, expected \(header.count) (record \(record - 1))")
            }
            let v = columns.map { row[$0] }
            guard classes.contains(v[2]) else {
                throw ReadError(file: file, line: record, message: "outcome_class: \"\(v[2])\" is not one of \(classes.joined(separator: ", ")) (case \(v[0]))")
            }
            for (k, field) in [(3, "determination"), (4, "domestic_opposition"), (5, "anticipated_receptivity")] where !levels.contains(v[k]) {
                throw ReadError(file: file, line: record, message: "\(field): \"\(v[k])\" is not one of \(levels.joined(separator: ", ")) (case \(v[0]))")
            }
            cases.append(HistoricalCase(id: v[0], name: v[1], outcomeClass: v[2], determination: v[3],
                                        domesticOpposition: v[4], anticipatedReceptivity: v[5]))
        }
        return cases
    }
}

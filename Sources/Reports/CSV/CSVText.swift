import CSV
import Foundation

/// RFC 4180 CSV through CSV.swift's writer: CRLF line ends, fields quoted when needed, and
/// every record (the header too) terminated by CRLF.
enum CSVText {
    /// The bytes of `rows`, each ending in CRLF.
    static func data(_ rows: [[String]]) throws -> Data {
        guard !rows.isEmpty else { return Data() }
        let stream = OutputStream.toMemory()
        stream.open()
        do {
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            for row in rows { try writer.write(row: row) }
        }
        stream.close()
        guard var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw ReportError("CSV writer produced no data")
        }
        data.append(contentsOf: [0x0D, 0x0A])
        return data
    }

    /// A number as CSV text: the shortest decimal that reads back as the same Double.
    static func number(_ v: Double) -> String { v.description }
}

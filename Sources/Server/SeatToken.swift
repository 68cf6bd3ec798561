import Crypto
import Foundation

/// A seat's secret: 256 random bits from the system's generator (not the simulation's seeded
/// one: a token must not be reproducible), written base64url. The store keeps only its
/// SHA-256, so a copy of the database opens no seat.
public enum SeatToken {
    public static func make() -> String {
        var g = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &g) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// A fresh exercise id: 96 random bits, hex (not a secret: every route also needs a token).
    public static func exerciseID() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<12).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &g)) }.joined()
    }
}

/// 64-bit FNV-1a over UTF-8 bytes: a hash that never changes between runs, platforms or
/// toolchains (unlike `Hasher`), for deriving seeds from labels and fingerprinting inputs.
public enum StableHash {
    public static func fnv1a64(_ text: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// `fnv1a64:` and the hash as 16 hex digits.
    public static func fingerprint(_ text: String) -> String {
        let hex = String(fnv1a64(text), radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}

import Crypto

extension Sequence where Element == UInt8 {
    /// Lowercase hexadecimal, two digits a byte: how digests are written in files and keys.
    var hexDigits: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(underestimatedCount * 2)
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// The SHA-256 of the text's UTF-8, in hexadecimal.
    var sha256Hex: String { SHA256.hash(data: Array(utf8)).hexDigits }
}

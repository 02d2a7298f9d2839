internal import CCrypto
import NoticeboardValues

/// SHA-256 from Debian's libcrypto (OpenSSL): the one digest the tool uses, for fingerprints and keys.
package enum SHA256 {
    package static func hash(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        _ = digest.withUnsafeMutableBufferPointer { out in
            CCrypto.SHA256(bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count, out.baseAddress)
        }
        return digest
    }

    package static func hash(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { hash($0) }
    }
}

extension Sequence where Element == UInt8 {
    /// Lowercase hexadecimal, two digits a byte: how digests are written in files and keys.
    package var hexDigits: String {
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
    package var sha256Hex: String {
        var text = self
        return text.withUTF8 { SHA256.hash(UnsafeRawBufferPointer($0)) }.hexDigits
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif
import NoticeboardValues

/// Text as spreadsheets save it: UTF-8 with or without a byte-order mark, or GB18030,
/// which Excel and WPS write on Chinese Windows ("CSV" without "UTF-8").
package enum SpreadsheetText {
    package static func decode(_ data: Data) -> String? {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return convert(bytes, from: "GB18030")
    }

    /// glibc's iconv, which knows GB18030.
    private static func convert(_ data: Data, from encoding: String) -> String? {
        let converter = iconv_open("UTF-8", encoding)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = [CChar](repeating: 0, count: data.count)
        data.withUnsafeBytes { raw in input.withUnsafeMutableBytes { $0.copyMemory(from: raw) } }
        var output = [CChar](repeating: 0, count: data.count * 4 + 4)
        let converted: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let converted else { return nil }
        return String(decoding: output.prefix(converted).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

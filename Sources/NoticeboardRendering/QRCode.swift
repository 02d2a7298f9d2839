internal import CQREncode
import NoticeboardLoading
import NoticeboardValues

/// A QR code from libqrencode, drawn as inline SVG for printed sheets.
package struct QRCode: Sendable {
    /// Modules per side, without the quiet zone.
    package let size: Int
    /// Row-major, true for a dark module.
    package let modules: [Bool]

    /// Error correction M, as gatehouse sheets need to survive a little wear. Nil if the text cannot be encoded.
    package init?(_ text: String) {
        guard let code = text.withCString({ QRcode_encodeString($0, 0, QR_ECLEVEL_M, QR_MODE_8, 1) }) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        size = width
        modules = (0..<(width * width)).map { code.pointee.data[$0] & 1 == 1 }
    }

    /// Printed size of one module: at 1.2 mm a code decodes from a photograph of the whole A4 sheet
    /// (100 dpi, slightly blurred: `SheetTests`), about 2.5 px a module for a phone's scanner when the sheet
    /// fills 620 px of the picture. The printed code grows with the URL it holds, up to `largestSide`.
    package static let moduleMillimetres = 1.2
    /// The largest printed side, quiet zone included (a version 7 code, for a long `base_url`, has modules a little under 1.2 mm).
    package static let largestSide = 60.0

    /// Modules on a side with the 4-module quiet zone: the `<svg>` element's view box.
    package var side: Int { size + 2 * Self.quiet }

    private static let quiet = 4

    /// The printed side of this code, quiet zone included, in millimetres.
    package var printedSide: Double { min(Self.largestSide, Double(side) * Self.moduleMillimetres) }

    /// The printed side of the code of `text`, without making it: from the smallest version whose 8-bit
    /// capacity at level M holds the text (libqrencode may find a smaller one), for a sheet's plan.
    package static func printedSide(forText text: String) -> Double {
        let capacities = [14, 26, 42, 62, 84, 106, 122]
        guard let version = capacities.firstIndex(where: { $0 >= text.utf8.count }) else { return largestSide }
        return min(largestSide, Double(17 + 4 * (version + 1) + 2 * quiet) * moduleMillimetres)
    }

    /// `printedSide` written without trailing zeros: the same code gives the same bytes.
    package var millimetres: String {
        let hundredths = Int((printedSide * 100).rounded())
        return hundredths % 100 == 0 ? "\(hundredths / 100)"
            : hundredths % 10 == 0 ? "\(hundredths / 100).\(hundredths % 100 / 10)" : "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    /// What the code's `<svg>` element holds (the template writes the element, `qr-code.mustache`): a white
    /// square, and the dark runs of each row drawn as lines one module thick through the row's middle
    /// (`M4 4.5h7m2 0h1`: the same squares as rectangles, in half the bytes, and a city prints 27,000 codes).
    package var drawing: String {
        let quiet = Self.quiet
        // Built as bytes: a code has hundreds of runs, and interpolating each into a String cost more than encoding.
        var path: [UInt8] = []
        path.reserveCapacity(size * size / 2)
        modules.withUnsafeBufferPointer { modules in
            for y in 0..<size {
                let row = UnsafeBufferPointer(rebasing: modules[y * size..<(y + 1) * size])
                var x = 0
                // Where the pen stopped on this row; nil before the row's first run.
                var pen: Int?
                while x < size {
                    guard row[x] else { x += 1; continue }
                    let start = x
                    while x < size && row[x] { x += 1 }
                    if let pen {
                        path.append(UInt8(ascii: "m")); Self.append(start - pen, to: &path)
                        path.append(UInt8(ascii: " ")); path.append(UInt8(ascii: "0"))
                    } else {
                        path.append(UInt8(ascii: "M")); Self.append(start + quiet, to: &path)
                        path.append(UInt8(ascii: " ")); Self.append(y + quiet, to: &path)
                        path.append(UInt8(ascii: ".")); path.append(UInt8(ascii: "5"))
                    }
                    path.append(UInt8(ascii: "h")); Self.append(x - start, to: &path)
                    pen = x
                }
            }
        }
        let d = String(decoding: path, as: UTF8.self)
        return "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path fill=\"none\" stroke=\"#000\" d=\"\(d)\"/>"
    }

    /// The code of `url` as a sheet's template receives it (`qr`); nil if the URL cannot be encoded.
    package static func view(of url: String) -> QRCodeView? {
        QRCode(url).map { QRCodeView(url: url, side: $0.side, millimetres: $0.millimetres, drawing: $0.drawing) }
    }

    /// A non-negative number's decimal digits. The numbers of a path are below 200 (a version-40 code with
    /// its quiet zone is 185 modules wide): the last two digits are written in line, and only a longer
    /// number calls itself for the rest.
    private static func append(_ number: Int, to bytes: inout [UInt8]) {
        if number >= 100 { append(number / 100, to: &bytes) }
        if number >= 10 { bytes.append(UInt8(ascii: "0") + UInt8(number / 10 % 10)) }
        bytes.append(UInt8(ascii: "0") + UInt8(number % 10))
    }
}

/// A sheet's QR code (`qr.…`): the address it holds, its view box and printed size, and what the build draws
/// inside it. The template writes the `<svg>` element, with the label a screen reader reads out.
package struct QRCodeView: TemplateView {
    package let url: String
    package let side: Int
    package let millimetres: String
    package let drawing: String

    package static let fields: TemplateFields<QRCodeView> = [
        .text("url") { $0.url }, .number("side") { $0.side }, .text("millimetres") { $0.millimetres }, .markup("drawing") { $0.drawing },
    ]
}

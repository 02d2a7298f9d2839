internal import CQREncode

/// A QR code from libqrencode, drawn as inline SVG for printed sheets.
struct QRCode: Sendable {
    /// Modules per side, without the quiet zone.
    let size: Int
    /// Row-major, true for a dark module.
    let modules: [Bool]

    /// Error correction M, as gatehouse sheets need to survive a little wear. Nil if the text cannot be encoded.
    init?(_ text: String) {
        guard let code = text.withCString({ QRcode_encodeString($0, 0, QR_ECLEVEL_M, QR_MODE_8, 1) }) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        size = width
        modules = (0..<(width * width)).map { code.pointee.data[$0] & 1 == 1 }
    }

    /// An SVG with a 4-module quiet zone; dark runs of each row are drawn as one rectangle.
    /// `label` is read by screen readers.
    func svg(label: String, millimetres: Int) -> String {
        let quiet = 4
        let side = size + 2 * quiet
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard modules[y * size + x] else { x += 1; continue }
                let start = x
                while x < size && modules[y * size + x] { x += 1 }
                path += "M\(start + quiet) \(y + quiet)h\(x - start)v1h-\(x - start)z"
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 \(side) \(side)\" "
            + "width=\"\(millimetres)mm\" height=\"\(millimetres)mm\" role=\"img\" aria-label=\"\(HTML.escape(label))\" "
            + "shape-rendering=\"crispEdges\"><rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
            + "<path fill=\"#000\" d=\"\(path)\"/></svg>"
    }
}

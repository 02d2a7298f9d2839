import Foundation
import NoticeboardCore
@testable import NoticeboardLoading
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues

/// Headless Chromium and the Debian tools that read what it prints (poppler-utils, zbar-tools),
/// to check pages the way people see them. `scripts/install-packages.sh --for-tests` installs them.
enum Browser {
    struct ToolFailure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs a tool, returning its standard output; throws when it is missing or fails.
    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw ToolFailure(description: "\(tool) cannot run: \(error)") }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ToolFailure(description: "\(tool) \(arguments) exited \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }

    static func chromiumArguments(_ extra: [String]) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-dev-shm-usage"] + extra
    }

    /// Prints a page to PDF as Chromium's print dialog would, without browser headers and footers; with
    /// `headerAndFooter`, as a print dialog left at its defaults does (the date, the title, the address, where
    /// the page leaves a margin to print them in).
    static func printToPDF(_ page: URL, into pdf: URL, headerAndFooter: Bool = false) throws {
        try run("chromium", chromiumArguments((headerAndFooter ? [] : ["--no-pdf-header-footer"]) + ["--print-to-pdf=\(pdf.path)", page.absoluteString]))
    }

    static func pageCount(_ pdf: URL) throws -> Int {
        let info = try run("pdfinfo", [pdf.path])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.split(separator: " ").last ?? "") ?? 0
    }

    /// The text of one page of a PDF.
    static func text(of pdf: URL, page: Int) throws -> String {
        try run("pdftotext", ["-f", "\(page)", "-l", "\(page)", "-layout", pdf.path, "-"])
    }

    /// Every QR code on one page, rasterised at `dpi` (200: a phone camera close to the paper; 80: a poor
    /// photograph from a step away).
    static func qrCodes(in pdf: URL, page: Int, dpi: Int = 200) throws -> [String] {
        let prefix = pdf.deletingPathExtension().path + "-p\(page)-\(dpi)"
        try run("pdftoppm", ["-r", "\(dpi)", "-png", "-singlefile", "-f", "\(page)", "-l", "\(page)", pdf.path, prefix])
        let output = try run("zbarimg", ["--quiet", "--raw", prefix + ".png"])
        return output.split(separator: "\n").map(String.init)
    }

    /// Every QR code on one page as a phone photographing the whole A4 sheet sees it: the page at 100 dpi
    /// (1169 px tall), each pixel the average of the sheet under it as a camera's sensor takes it, and
    /// slightly out of focus (each pixel averaged with its eight neighbours). zbar is a stricter reader
    /// than a phone's scanner: a code it reads here, WeChat reads.
    static func photographedQRCodes(in pdf: URL, page: Int) throws -> [String] {
        let prefix = pdf.deletingPathExtension().path + "-p\(page)-photo"
        try run("pdftoppm", ["-r", "200", "-gray", "-singlefile", "-f", "\(page)", "-l", "\(page)", pdf.path, prefix])
        let sharp = try Data(contentsOf: URL(fileURLWithPath: prefix + ".pgm"))
        // P5 <width> <height> 255, one byte a pixel.
        var fields: [Int] = [], index = 2
        while fields.count < 3 {
            while sharp[index] == 0x20 || sharp[index] == 0x0A { index += 1 }
            var number = 0
            while sharp[index] >= 0x30 && sharp[index] <= 0x39 { number = number * 10 + Int(sharp[index] - 0x30); index += 1 }
            fields.append(number)
        }
        let (width, height) = (fields[0], fields[1])
        let pixels = [UInt8](sharp[(index + 1)...])
        let (w, h) = (width / 2, height / 2)
        var taken = [Int](repeating: 0, count: w * h)
        for y in 0..<h {
            for x in 0..<w {
                let top = 2 * y * width + 2 * x, bottom = top + width
                taken[y * w + x] = (Int(pixels[top]) + Int(pixels[top + 1]) + Int(pixels[bottom]) + Int(pixels[bottom + 1])) / 4
            }
        }
        var blurred = [UInt8](repeating: 255, count: w * h)
        for y in 0..<h {
            for x in 0..<w {
                var sum = 0, count = 0
                for dy in -1...1 where y + dy >= 0 && y + dy < h {
                    for dx in -1...1 where x + dx >= 0 && x + dx < w { sum += taken[(y + dy) * w + x + dx]; count += 1 }
                }
                blurred[y * w + x] = UInt8(sum / count)
            }
        }
        let photo = URL(fileURLWithPath: prefix + "-100dpi.pgm")
        try (Data("P5\n\(w) \(h)\n255\n".utf8) + Data(blurred)).write(to: photo)
        let output = try run("zbarimg", ["--quiet", "--raw", photo.path])
        return output.split(separator: "\n").map(String.init)
    }
}

extension Browser {
    /// The page's document after its scripts ran, as Chromium sees it at `url` (which may carry a query).
    static func dom(_ url: String) throws -> String {
        try run("chromium", chromiumArguments(["--virtual-time-budget=3000", "--dump-dom", url]))
    }

    /// How a page lays out at a window size: its scroll width against the viewport, and its smallest visible text.
    struct Layout: CustomStringConvertible {
        let scrollWidth: Int
        let viewportWidth: Int
        let smallestText: Double
        let smallestWhere: String
        var description: String { "scroll \(scrollWidth) / viewport \(viewportWidth), smallest text \(smallestText)px at \(smallestWhere)" }
    }

    /// Measures `page` at a viewport of `width` × `height` CSS pixels (`evaluate`: headless Chromium keeps windows
    /// at least 500 px wide, so the page is shown in an iframe of that size): its scroll width, its viewport and the
    /// smallest text on it, with where that is.
    static func layout(of page: URL, width: Int, height: Int) throws -> Layout {
        let measure = """
            (function () {
              var min = 1000, where = "", walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              while (walk.nextNode()) {
                var node = walk.currentNode, el = node.parentElement;
                if (!node.textContent.trim() || !el || el.closest("script")) continue;
                var box = el.getBoundingClientRect();
                if (box.width < 2 || box.height < 2) continue;
                var size = parseFloat(getComputedStyle(el).fontSize);
                if (size < min) { min = size; where = el.tagName + " " + node.textContent.trim().slice(0, 12); }
              }
              return [document.documentElement.scrollWidth, window.innerWidth, min, where].join("|");
            })()
            """
        let parts = try evaluate(measure, in: page, width: width, height: height).split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        return Layout(scrollWidth: Int(parts[0]) ?? -1, viewportWidth: parts.count > 1 ? Int(parts[1]) ?? -1 : -1,
                      smallestText: parts.count > 2 ? Double(parts[2]) ?? 0 : 0, smallestWhere: parts.count > 3 ? parts[3] : "")
    }
}

extension Browser {
    /// What `expression` (JavaScript giving a string) gives once `page` has loaded at a viewport of `width` ×
    /// `height` CSS pixels: the page in an iframe of that size, beside the original so its stylesheet and images load.
    static func evaluate(_ expression: String, in page: URL, width: Int, height: Int) throws -> String {
        let html = try String(contentsOf: page, encoding: .utf8)
        let folder = page.deletingLastPathComponent()
        let name = UUID().uuidString
        let probe = folder.appendingPathComponent("probe-\(name).html"), frame = folder.appendingPathComponent("frame-\(name).html")
        let script = #"<script>window.addEventListener("load", function () { parent.postMessage(String((function () { return \#(expression); })()), "*"); });</script>"#
        let outer = """
            <!DOCTYPE html><html><body style="margin:0">
            <iframe src="\(probe.lastPathComponent)" width="\(width)" height="\(height)" style="border:0;display:block"></iframe>
            <script>window.addEventListener("message", function (e) { document.body.setAttribute("data-result", e.data); });</script>
            </body></html>
            """
        try html.replacingOccurrences(of: "</body>", with: script + "</body>").write(to: probe, atomically: true, encoding: .utf8)
        try outer.write(to: frame, atomically: true, encoding: .utf8)
        defer {
            try? FileManager.default.removeItem(at: probe)
            try? FileManager.default.removeItem(at: frame)
        }
        let dom = try run("chromium", chromiumArguments(["--window-size=\(width + 40),\(height + 40)", "--virtual-time-budget=5000",
                                                         "--dump-dom", frame.absoluteString]))
        guard let start = dom.range(of: "data-result=\""), let end = dom[start.upperBound...].firstIndex(of: "\"") else {
            throw ToolFailure(description: "no result from \(page.lastPathComponent)")
        }
        return String(dom[start.upperBound..<end]).replacingOccurrences(of: "&amp;", with: "&")
    }
}

extension Browser {
    /// Font sizes in points as the page prints: the page is measured with its stylesheet's print rules in
    /// force (`@media print` read as `all`, `@media screen` as `not all`), at the width of an A4 page.
    struct PrintedSizes {
        /// The computed size of the first element each selector finds (0 when it finds none).
        let of: [String: Double]
        let smallest: Double
        let smallestWhere: String
    }

    static func printedSizes(of page: URL, selectors: [String]) throws -> PrintedSizes {
        let folder = page.deletingLastPathComponent()
        var html = try String(contentsOf: page, encoding: .utf8)
        guard let link = html.range(of: #"<link rel="stylesheet" href="([^"]*)">"#, options: .regularExpression) else {
            throw ToolFailure(description: "no stylesheet in \(page.lastPathComponent)")
        }
        let href = String(html[link]).replacingOccurrences(of: #"<link rel="stylesheet" href=""#, with: "").dropLast(2)
        let css = try String(contentsOf: folder.appendingPathComponent(String(href)).standardizedFileURL, encoding: .utf8)
            .replacingOccurrences(of: "@media print", with: "@media all")
            .replacingOccurrences(of: "@media screen", with: "@media not all")
        html.replaceSubrange(link, with: "<style>\(css)</style>")
        let list = selectors.map { "\"\($0)\"" }.joined(separator: ",")
        let script = """
            <script>
            window.addEventListener("load", function () {
              function pt(el) { return (parseFloat(getComputedStyle(el).fontSize) * 0.75).toFixed(2); }
              var out = [], min = 1000, where = "", walk = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
              [\(list)].forEach(function (s) { var el = document.querySelector(s); out.push(el ? pt(el) : "0"); });
              while (walk.nextNode()) {
                var node = walk.currentNode, el = node.parentElement;
                if (!node.textContent.trim() || !el || el.closest("script") || el.closest("svg")) continue;
                var box = el.getBoundingClientRect();
                if (box.width < 1 || box.height < 1) continue;
                var size = parseFloat(pt(el));
                if (size < min) { min = size; where = el.className + " " + node.textContent.trim().slice(0, 12); }
              }
              document.body.setAttribute("data-measure", out.concat([min, where]).join("|"));
            });
            </script>
            """
        let probe = folder.appendingPathComponent("print-probe-\(UUID().uuidString).html")
        try html.replacingOccurrences(of: "</body>", with: script + "</body>").write(to: probe, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: probe) }
        let dom = try run("chromium", chromiumArguments(["--window-size=794,1123", "--virtual-time-budget=3000", "--dump-dom", probe.absoluteString]))
        guard let start = dom.range(of: "data-measure=\""), let end = dom[start.upperBound...].firstIndex(of: "\"") else {
            throw ToolFailure(description: "no measurement in \(page.lastPathComponent)")
        }
        let parts = dom[start.upperBound..<end].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        var sizes: [String: Double] = [:]
        for (index, selector) in selectors.enumerated() { sizes[selector] = Double(parts[index]) ?? 0 }
        return PrintedSizes(of: sizes, smallest: Double(parts[selectors.count]) ?? 0,
                            smallestWhere: parts.count > selectors.count + 1 ? parts[selectors.count + 1] : "")
    }
}

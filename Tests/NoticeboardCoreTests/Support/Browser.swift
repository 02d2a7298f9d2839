import Foundation

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

    /// Prints a page to PDF as Chromium's print dialog would, without browser headers and footers.
    static func printToPDF(_ page: URL, into pdf: URL) throws {
        try run("chromium", chromiumArguments(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString]))
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

    /// Every QR code on one page, rasterised at 200 dpi as a phone camera would see the paper.
    static func qrCodes(in pdf: URL, page: Int) throws -> [String] {
        let prefix = pdf.deletingPathExtension().path + "-p\(page)"
        try run("pdftoppm", ["-r", "200", "-png", "-singlefile", "-f", "\(page)", "-l", "\(page)", pdf.path, prefix])
        let output = try run("zbarimg", ["--quiet", "--raw", prefix + ".png"])
        return output.split(separator: "\n").map(String.init)
    }
}

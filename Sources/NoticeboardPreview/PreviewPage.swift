import NoticeboardCore
import NoticeboardValues

/// The pieces the preview adds to pages: a reload script, and the error page shown while a build fails.
/// None of this is in the built site.
enum PreviewPage {
    static let versionPath = "/__noticeboard/version"

    /// Polls the build version once a second and reloads when it changes.
    static func reloadScript(version: Int) -> String {
        """
        <script>
        (function () {
          var seen = "\(version)";
          setInterval(function () {
            fetch("\(versionPath)", {cache: "no-store"}).then(function (r) { return r.text(); })
              .then(function (v) { if (v !== seen) { location.reload(); } }).catch(function () {});
          }, 1000);
        })();
        </script>
        """
    }

    static func withReload(_ html: String, version: Int) -> String {
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + reloadScript(version: version) }
        return html.replacingCharacters(in: end, with: reloadScript(version: version) + "</body>")
    }

    /// What stopped a build.
    enum Failure {
        /// The records' errors.
        case records([Diagnostic])
        /// A problem that stops any build: a template (its path with line and column), a folder in the way.
        case stopped(InputOutputError)
    }

    /// The page every page is while a build fails: each problem with where it is, as `build` prints it.
    static func failed(_ failure: Failure, language: Language, version: Int) -> String {
        let zh = language == .zh
        let rows: [String]
        switch failure {
        case .records(let diagnostics):
            rows = diagnostics.sortedForPrinting().map { d in
                "<li><code>\(escape(d.location.description))</code> <strong>\(d.rule.rawValue)</strong><br>\(escape(d.message.text(in: language)))</li>"
            }
        case .stopped(let problem):
            rows = ["<li><code>\(escape(problem.path))</code><br>\(escape(problem.reason))</li>"]
        }
        let heading = switch failure {
        case .records(let diagnostics): zh ? "构建失败：\(diagnostics.count) 个错误" : "Build failed: \(English.count(diagnostics.count, "error"))"
        case .stopped: zh ? "构建失败" : "Build failed"
        }
        return """
            <!DOCTYPE html>
            <html lang="\(zh ? "zh-CN" : "en")">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(zh ? "构建失败" : "Build failed")</title>
            <style>
            body { font: 18px/1.6 "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0; padding: 1rem; color: #1b1b1b; }
            h1 { color: #a61b1b; } li { margin: 0 0 1rem; } code { background: #f5f1ea; padding: 0 0.25rem; }
            </style></head>
            <body>
            <h1>\(heading)</h1>
            <p>\(zh ? "改正后保存，本页会自动刷新。" : "Fix and save; this page reloads by itself.")</p>
            <ol>
            \(rows.joined(separator: "\n"))
            </ol>
            \(reloadScript(version: version))
            </body>
            </html>
            """
    }

    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last {
        case "css": "text/css; charset=utf-8"
        case "xml": "application/xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "svg": "image/svg+xml"
        default: "application/octet-stream"
        }
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}

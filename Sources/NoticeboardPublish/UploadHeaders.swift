/// The headers a file goes up with, for hosts that keep them (S3): WeChat's browser caches hard, so pages
/// and data are revalidated every time (`no-cache`), and a corrected month shows at once; the stylesheet
/// and images, whose names carry their digests (`style.3f9a1c07.css`), are kept a year. Every text is
/// UTF-8. For a folder or SFTP target the web server sets the same (`NginxExample`).
enum UploadHeaders {
    static let revalidate = "no-cache"
    static let keepAYear = "public, max-age=31536000, immutable"

    /// The headers of `path`, whose bytes have the SHA-256 `sha256`.
    static func headers(of path: String, sha256: String) -> [String] {
        ["Cache-Control: \(isDigestNamed(path, sha256: sha256) ? keepAYear : revalidate)", "Content-Type: \(contentType(of: path))"]
    }

    /// Whether the file's name carries the first digits of its own SHA-256 before its extension.
    static func isDigestNamed(_ path: String, sha256: String) -> Bool {
        let parts = (path.split(separator: "/").last ?? "").split(separator: ".")
        return parts.count >= 3 && parts[parts.count - 2].count == 8 && sha256.hasPrefix(parts[parts.count - 2])
    }

    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "xml": "application/xml; charset=utf-8"
        case "json": "application/json; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "ico": "image/x-icon"
        case "pdf": "application/pdf"
        default: "application/octet-stream"
        }
    }
}

import Foundation

/// The address the site is hosted under: `https://host/` or `https://host/path/`. Every absolute link,
/// the sitemap and the QR codes on the sheets are made from it, so it needs a host and ends with `/`.
public enum BaseURL {
    public static func isValid(_ text: String) -> Bool {
        guard text.hasPrefix("https://") || text.hasPrefix("http://"), text.hasSuffix("/"),
              !text.contains(where: { $0.isWhitespace || $0 == "?" || $0 == "#" }),
              let host = URL(string: text)?.host, !host.isEmpty else { return false }
        return true
    }

    /// The path part (`/board/`), for links that must work from any address on the host, as the 404 page's.
    public static func path(of text: String) -> String {
        let path = URL(string: text)?.path ?? "/"
        return path.hasSuffix("/") ? path : path + "/"
    }
}

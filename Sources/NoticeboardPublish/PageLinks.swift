import Foundation

/// The files of the site a page links to or loads: its `href` and `src` attributes, and a sitemap's `<loc>`
/// addresses, each resolved to a path of the output (`xinyuan/ledger/2026-10/` is `…/index.html`).
/// Addresses outside the site, and anything after `?` or `#`, are left out.
struct PageLinks {
    /// The site's address (`https://gongshi.example.cn/yongkang/`), for absolute links and the 404 page's links from the host's root.
    let baseURL: String

    /// The site paths `bytes`, the file at `page`, points to.
    func targets(of page: String, _ bytes: Data) -> Set<String> {
        let text = String(decoding: bytes, as: UTF8.self)
        var found: Set<String> = []
        for match in text.matches(of: #/(?:\s(?:href|src)=(?:"([^"]*)"|'([^']*)'))|<loc>([^<]*)</loc>/#) {
            guard let raw = match.output.1 ?? match.output.2 ?? match.output.3, let path = resolve(String(raw), from: page) else { continue }
            found.insert(path)
        }
        found.remove(page)
        return found
    }

    /// `address` as written in the page at `page`, as a path of the output; nil when it leaves the site.
    func resolve(_ address: String, from page: String) -> String? {
        var address = Self.unescaped(address)
        if let cut = address.firstIndex(where: { $0 == "?" || $0 == "#" }) { address = String(address[..<cut]) }
        let basePath = URL(string: baseURL)?.path ?? "/"
        let base = basePath.hasSuffix("/") ? basePath : basePath + "/"
        var parts: [Substring]
        if address.hasPrefix(baseURL) {
            parts = address.dropFirst(baseURL.count).split(separator: "/", omittingEmptySubsequences: false)
        } else if address.contains(":") || address.hasPrefix("//") {
            return nil
        } else if address.hasPrefix("/") {
            guard address.hasPrefix(base) else { return nil }
            parts = address.dropFirst(base.count).split(separator: "/", omittingEmptySubsequences: false)
        } else {
            parts = page.split(separator: "/", omittingEmptySubsequences: false).dropLast() + address.split(separator: "/", omittingEmptySubsequences: false)
        }
        var path: [Substring] = []
        for part in parts {
            switch part {
            case "..": guard !path.isEmpty else { return nil }; path.removeLast()
            case ".", "": continue
            default: path.append(part)
            }
        }
        if address.isEmpty || address.hasSuffix("/") || parts.last == "" || parts.last == "." || parts.last == ".." { path.append("index.html") }
        return path.isEmpty ? nil : path.joined(separator: "/")
    }

    /// The character references the templates' escaping writes in an attribute.
    static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}

import Foundation

/// `share.txt`: for the newest month of the site, one line per compound with the statement's title and
/// address and the service list's, ready to paste in each compound's WeChat group. Made from the pages as
/// published (their `<title>`), so what residents see is what the line says.
struct ShareText {
    let site: BuiltSite
    let baseURL: String

    /// The newest month with a statement or service list page, and the lines for it; nil when the site has none.
    func lines() -> (month: String, lines: [String])? {
        var months: [String: [String: (statement: Bool, services: Bool)]] = [:]
        for path in site.files.keys {
            let parts = path.split(separator: "/")
            guard parts.count == 4, parts[3] == "index.html", parts[1] == "ledger" || parts[1] == "services",
                  parts[2].wholeMatch(of: #/\d{4}-\d{2}/#) != nil else { continue }
            var pages = months[String(parts[2]), default: [:]][String(parts[0]), default: (false, false)]
            if parts[1] == "ledger" { pages.statement = true } else { pages.services = true }
            months[String(parts[2]), default: [:]][String(parts[0])] = pages
        }
        guard let month = months.keys.max(), let compounds = months[month] else { return nil }
        let lines = compounds.keys.sorted().map { slug in
            let pages = compounds[slug]!
            var parts: [String] = []
            if pages.statement { parts += [title(of: "\(slug)/ledger/\(month)/index.html"), "\(baseURL)\(slug)/ledger/\(month)/"] }
            if pages.services {
                if pages.statement { parts.append("服务清单") } else { parts.append(title(of: "\(slug)/services/\(month)/index.html")) }
                parts.append("\(baseURL)\(slug)/services/\(month)/")
            }
            return parts.joined(separator: " ")
        }
        return (month, lines)
    }

    /// A page's `<title>`, its character references read back.
    func title(of path: String) -> String {
        let text = String(decoding: site.bytes(of: path) ?? Data(), as: UTF8.self)
        guard let match = text.firstMatch(of: #/<title>([^<]*)</title>/#) else { return path }
        return PageLinks.unescaped(String(match.output.1))
    }
}

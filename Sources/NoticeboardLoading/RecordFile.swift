import NoticeboardModel

/// What a file under `content/` holds, told from its path.
package enum RecordFile: Sendable, Equatable {
    case site
    case branch(id: String)
    case communityNotice(name: String)
    case compound(slug: String)
    case statement(slug: String, month: String)
    case seals(slug: String)
    case ledgerSheet(slug: String, month: String)
    case approval(slug: String, id: String)
    case serviceList(slug: String, month: String)
    case evaluation(slug: String, quarter: String)
    case plate(slug: String, unit: String)
    case compoundNotice(slug: String, name: String)
    case unexpected

    /// `path` is relative to the site root: `content/compounds/xq-0001/ledger/2026-10.yaml`.
    package init(path: String) {
        self.init(path.utf8.split(separator: UInt8(ascii: "/")).dropFirst().map { String(Substring($0)) })
    }

    /// `components` are the path under `content/`, split at its slashes.
    package init(_ components: [String]) {
        /// The name without its extension, compared as bytes: what a file system compares.
        func stem(_ name: String, _ ext: String) -> String? {
            let name = Substring(name).utf8, count = ext.utf8.count
            guard name.count > count, name.suffix(count).elementsEqual(ext.utf8) else { return nil }
            return String(Substring(name.dropLast(count)))
        }
        switch components.count {
        case 1 where components[0] == "site.yaml":
            self = .site
        case 2 where components[0] == "branches":
            self = stem(components[1], ".yaml").map { .branch(id: $0) } ?? .unexpected
        case 2 where components[0] == "notices":
            self = stem(components[1], ".md").map { .communityNotice(name: $0) } ?? .unexpected
        case 3 where components[0] == "compounds" && components[2] == "compound.yaml":
            self = .compound(slug: components[1])
        case 4 where components[0] == "compounds":
            let slug = components[1], name = components[3]
            switch components[2] {
            case "ledger" where name == Seal.fileName: self = .seals(slug: slug)
            case "ledger" where name.hasSuffix(".csv"): self = stem(name, ".csv").map { .ledgerSheet(slug: slug, month: $0) } ?? .unexpected
            case "ledger": self = stem(name, ".yaml").map { .statement(slug: slug, month: $0) } ?? .unexpected
            case "approvals": self = stem(name, ".md").map { .approval(slug: slug, id: $0) } ?? .unexpected
            case "services": self = stem(name, ".md").map { .serviceList(slug: slug, month: $0) } ?? .unexpected
            case "evaluations": self = stem(name, ".yaml").map { .evaluation(slug: slug, quarter: $0) } ?? .unexpected
            case "households": self = stem(name, ".md").map { .plate(slug: slug, unit: $0) } ?? .unexpected
            case "notices": self = stem(name, ".md").map { .compoundNotice(slug: slug, name: $0) } ?? .unexpected
            default: self = .unexpected
            }
        default:
            self = .unexpected
        }
    }

    package var isMarkdown: Bool {
        switch self {
        case .communityNotice, .approval, .serviceList, .plate, .compoundNotice: true
        default: false
        }
    }

    /// The month of a compound's monthly file: a statement, its ledger sheet, a service list.
    package var month: String? {
        switch self {
        case .statement(_, let m), .ledgerSheet(_, let m), .serviceList(_, let m): m
        default: nil
        }
    }

    /// The compound folder the file lies in, if any.
    package var slug: String? {
        switch self {
        case .compound(let s), .statement(let s, _), .seals(let s), .ledgerSheet(let s, _), .approval(let s, _), .serviceList(let s, _),
             .evaluation(let s, _), .plate(let s, _), .compoundNotice(let s, _): s
        default: nil
        }
    }
}

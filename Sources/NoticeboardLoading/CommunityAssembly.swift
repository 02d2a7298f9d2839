import Foundation
import NoticeboardModel
import NoticeboardPrivacy
import NoticeboardValues

/// Puts parsed files together into a community, checking that file names and contents agree (IN-004).
package struct CommunityAssembly {
    private(set) var site: Site?
    package var diagnostics: [Diagnostic] = []
    private(set) var sawSite = false
    /// Record files that exist but could not be read; references to them are not reported again.
    private var unreadable: Set<String> = []
    private var branches: [Branch] = []
    private var notices: [Notice] = []
    private var compounds: [String: Compound] = [:]
    private var records: [String: [ParsedFile]] = [:]
    private var badSlugs: Set<String> = []
    private var personalNumbers: [PersonalNumber] = []
    private var sources = SourceDigests()

    package mutating func add(_ file: consuming ParsedFile) {
        diagnostics += file.diagnostics
        personalNumbers += file.personalNumbers
        if let digest = file.digest {
            let isServiceList = if case .serviceList = file.kind { true } else { false }
            sources.record(file.path, digest, slug: file.kind.slug, month: file.kind.month, isServiceList: isServiceList)
        }
        if case .site = file.kind { sawSite = true }
        if let slug = file.kind.slug, !Self.isSlug(slug) || Compound.reservedSlugs.contains(slug), badSlugs.insert(slug).inserted {
            diagnostics.append(Diagnostic(.in004, .error, at: .file("content/compounds/\(slug)"),
                                          Self.isSlug(slug) ? InputMessages.reservedSlug(slug) : InputMessages.badSlug(slug)))
        }
        checkFileName(file)
        // Switched on in place: a copy of the record would retain each of its texts once more.
        switch file.record {
        case nil: unreadable.insert(file.path)
        case .site(let s)?: site = s
        case .branch(let b)?: branches.append(b)
        case .communityNotice(let n)?: notices.append(n)
        case .compound(let c)?: compounds[c.slug] = c
        default: records[file.kind.slug ?? "", default: []].append(file)
        }
    }

    /// The assembled community; nil when site.yaml or the rule pack could not be read. Asked once: the
    /// records move into their compounds.
    package mutating func community(rulePack: RulePack?) -> Community? {
        if !sawSite {
            diagnostics.append(Diagnostic(.in002, .error, at: .file("content/site.yaml"), Message(
                zh: "缺少 content/site.yaml（社区名称、街道、网址）", en: "content/site.yaml is missing (community, street, base_url)")))
        }
        for slug in records.keys.sorted() {
            // Taken out of `records`, so that each record moves into its compound instead of being copied.
            guard var files = records.removeValue(forKey: slug) else { continue }
            guard var compound = compounds.removeValue(forKey: slug) else {
                if unreadable.contains(Community.compoundFile(slug)) { continue }
                diagnostics.append(Diagnostic(.in002, .error, at: .file("content/compounds/\(slug)/compound.yaml"), Message(
                    zh: "小区文件夹 \(slug) 缺少 compound.yaml", en: "compound folder \(slug) has no compound.yaml")))
                continue
            }
            mergeSheets(&files)
            files.drain { file in compound.attach(file.takeRecord()) }
            compound.sortRecords()
            compounds[slug] = compound
        }
        guard let site, let rulePack else { return nil }
        return Community(site: site, branches: branches.sorted { $0.id < $1.id },
                         compounds: compounds.values.sorted { $0.slug < $1.slug },
                         notices: notices.sorted(by: Notice.newestFirst), rulePack: rulePack, unreadable: unreadable,
                         personalNumbers: personalNumbers, sources: sources)
    }

    /// A statement whose lines are in `ledger/<month>.csv` gets them from there; the sheets' files leave `files`.
    private mutating func mergeSheets(_ files: inout [ParsedFile]) {
        var sheets: [String: (ParsedFile, LedgerSheet)] = [:]
        for file in files { if case .ledgerSheet(let month, let sheet)? = file.record { sheets[month] = (file, sheet) } }
        guard !sheets.isEmpty else { return }
        files.removeAll { if case .ledgerSheet? = $0.record { true } else { false } }
        for index in files.indices {
            guard case .statement(let statement)? = files[index].record,
                  let (sheetFile, sheet) = sheets.removeValue(forKey: statement.month.value.description) else { continue }
            if !statement.income.isEmpty || !statement.expenses.isEmpty {
                diagnostics.append(Diagnostic(.in002, .error, at: statement.location, Message(
                    zh: "收支明细同时写在这里和 \(sheetFile.path) 中，只能保留一处", en: "the lines are both here and in \(sheetFile.path): keep one")))
            }
            files[index] = ParsedFile(path: files[index].path, kind: files[index].kind,
                                      record: .statement(statement.with(income: sheet.income, expenses: sheet.expenses)), diagnostics: [])
        }
        for (month, (sheetFile, _)) in sheets.sorted(by: { $0.key < $1.key }) where !unreadable.contains(sheetFile.path.replacingOccurrences(of: ".csv", with: ".yaml")) {
            diagnostics.append(Diagnostic(.in002, .error, at: .file(sheetFile.path), Message(
                zh: "缺少同名的 \(month).yaml（月份、期初、期末、制表、审核等）", en: "\(month).yaml is missing beside it (month, opening, closing, …)")))
        }
    }

    /// Lowercase ASCII letters, digits and `-` (told by bytes: this runs for every file of a city).
    package static func isSlug(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// Names that become URL path segments: ASCII letters, digits, `-` and `_` (a `.` would let
    /// `index.html.md` become a folder named like a page).
    package static func isPathSafe(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { (0x61...0x7A).contains($0 | 0x20) || (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x5F }
    }

    private mutating func checkFileName(_ file: ParsedFile) {
        func disagree(_ field: String, _ written: String, at location: SourceLocation) {
            diagnostics.append(Diagnostic(.in004, .error, at: location, InputMessages.fileNameDisagrees(
                field: field, written: written, fileName: file.path.split(separator: "/").last.map(String.init) ?? file.path)))
        }
        func badName(_ name: String, expected: String) {
            diagnostics.append(Diagnostic(.in004, .error, at: .file(file.path), InputMessages.badFileName(name, expected: expected)))
        }
        let safeName = "英文字母、数字、- 或 _ 组成的名称（用作网址）/ letters, digits, - or _ (it becomes a URL)"
        let stated = file.record?.statedName
        switch file.kind {
        case let .statement(_, month):
            if Month(parsing: month) == nil { badName(month, expected: "YYYY-MM.yaml") }
            if let stated, stated.value != month { disagree("month", stated.value, at: stated.location) }
        case let .ledgerSheet(_, month):
            if Month(parsing: month) == nil { badName(month, expected: "YYYY-MM.csv") }
        case let .serviceList(_, month):
            if Month(parsing: month) == nil { badName(month, expected: "YYYY-MM.md") }
            if let stated, stated.value != month { disagree("month", stated.value, at: stated.location) }
        case let .evaluation(_, quarter):
            if Quarter(parsing: quarter) == nil { badName(quarter, expected: "YYYY-Qn.yaml") }
            if let stated, stated.value != quarter { disagree("quarter", stated.value, at: stated.location) }
        case let .plate(_, unit):
            if !Self.isPathSafe(unit) { badName(unit, expected: safeName) }
            if let stated, stated.value != unit { disagree("unit", stated.value, at: stated.location) }
        case let .approval(_, name), let .compoundNotice(_, name), let .communityNotice(name), let .branch(name):
            if !Self.isPathSafe(name) { badName(name, expected: safeName) }
        default:
            break
        }
    }
}

extension Compound {
    package mutating func attach(_ record: consuming ParsedFile.Record?) {
        switch record {
        case .statement(let s)?: if s.isDraft { draftStatements.append(s) } else { statements.append(s) }
        case .seals(let s)?: seals = s
        case .approval(let a)?: approvals.append(a)
        case .serviceList(let s)?: if s.isDraft { draftServiceLists.append(s) } else { serviceLists.append(s) }
        case .evaluation(let e)?: evaluations.append(e)
        case .plate(let p)?: plates.append(p)
        case .compoundNotice(let n)?: notices.append(n)
        default: break
        }
    }

    /// Sorts the records in place: the arrays were made by `attach` and are the compound's alone, so no
    /// record is copied (sorting a copy of the compound copied every record of a city once more).
    package mutating func sortRecords() {
        statements.sort { $0.month.value < $1.month.value }
        approvals.sort { $0.id < $1.id }
        serviceLists.sort { $0.month.value < $1.month.value }
        draftStatements.sort { $0.month.value < $1.month.value }
        draftServiceLists.sort { $0.month.value < $1.month.value }
        evaluations.sort { $0.quarter.value < $1.quarter.value }
        plates.sort { $0.unit.value.localizedStandardCompare($1.unit.value) == .orderedAscending }
        notices.sort(by: Notice.newestFirst)
    }
}

extension Notice {
    package static func newestFirst(_ a: Notice, _ b: Notice) -> Bool { a.date != b.date ? a.date > b.date : a.name < b.name }
}

import Foundation
import Testing
@testable import NoticeboardBoards
@testable import NoticeboardModel
@testable import NoticeboardOpenData
@testable import NoticeboardOutput
@testable import NoticeboardValues
import NoticeboardTestSupport

/// The data files beside the pages (docs/site.md, "Open data"): what they hold, that they agree with the
/// records and the pages, and that the package is a valid Tabular Data Package.
@Suite struct OpenDataTests {
    static func sample() throws -> URL { try CLI.sampleBuild() }

    static func json<T: Decodable>(_ type: T.Type, _ path: String, in folder: URL? = nil) throws -> T {
        try JSONDecoder().decode(type, from: Data(contentsOf: (folder ?? sample()).appendingPathComponent(path)))
    }

    @Test func aStatementsDataCarriesItsCodeAndThePreviousMonths() throws {
        let data = try Self.json(StatementData.self, "xinyuan/ledger/2026-10/data.json")
        #expect(data.code == "VBYY-U5TC" && data.previousCode == "GNFH-696H" && data.previousMonth == "2026-09")
        #expect(data.digest == "08441b997cc2fb9e7b784f2e82d0842683924a7ad3713b65fd4b8790a7a6e6fa")
        #expect(data.fingerprint == "da7ded0f2a6177e9f85476d6f4ca64029a22b93777eb951c69073e6af3aeb097")
        #expect(data.openingFen == 1_460_800 && data.closingFen == 1_634_850 && data.openingYuan == "14608.00")
        #expect(data.lines.count == 7 && data.lines[3].payee == "侯桂芝" && data.lines[3].amountYuan == "1800.00" && data.lines[3].category == "保洁")
        #expect(data.collection?.exempt == [.init(count: 2, reason: "低保户、重度残疾人家庭减免")])
        #expect(data.masked.isEmpty && data.canonicalFormOfData.sha256Hex == data.digest)
        // Every key is written, an absent value as null.
        let text = try String(contentsOf: try Self.sample().appendingPathComponent("xinyuan/ledger/2026-10/data.json"), encoding: .utf8)
        #expect(text.contains("\"approval\" : null"))
        let first = try Self.json(StatementData.self, "xinyuan/ledger/2026-08/data.json")
        #expect(first.previousFingerprint == "" && first.previousCode == nil && first.code == "LRWK-4MA4" && first.corrections.count == 1)
    }

    /// The form recomputed from each published statement's data gives the digest the records give (written by
    /// the build from the records, and for the sealed months the one `seal` recorded): every code of the sample
    /// can be recomputed from its data.json alone.
    @Test func everyStatementsDataGivesTheRecordsDigest() throws {
        let package = try Self.json(DataPackage.self, "datapackage.json")
        var sealed: [String: String] = [:]
        for resource in package.resources where resource.noticeboard.kind == "statement" && resource.format == "json" {
            let data = try Self.json(StatementData.self, resource.path)
            #expect(data.masked.isEmpty && data.canonicalFormOfData.sha256Hex == data.digest, "\(resource.path)")
            if sealed[data.compound] == nil {
                sealed[data.compound] = (try? String(contentsOf: SiteFixture.repository.appendingPathComponent("content/compounds/\(data.compound)/ledger/sealed.yaml"), encoding: .utf8)) ?? ""
            }
            if let line = sealed[data.compound]!.split(separator: "\n").first(where: { $0.hasPrefix("\(data.month):") }) {
                #expect(line.contains("digest: \(data.digest),"), "\(resource.path): the sealed digest")
            }
        }
    }

    @Test func theCSVIsUTF8WithAByteOrderMarkAndTheLinesOfTheJSON() throws {
        let csv = try Data(contentsOf: try Self.sample().appendingPathComponent("xinyuan/ledger/2026-10/data.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("小区,月份,序号,收支,日期,摘要,金额（分）,金额（元）,凭证号,收付款方,审批,分类\r\n"))
        #expect(text.contains("xinyuan,2026-10,4,支出,2026-10-05,保洁员工资,180000,1800.00,Z-2026-10-01,侯桂芝,,保洁\r\n"))
        let year = String(decoding: try Data(contentsOf: try Self.sample().appendingPathComponent("xinyuan/ledger/2026/data.csv")).dropFirst(3), as: UTF8.self)
        var lines = 0
        for month in ["2026-08", "2026-09", "2026-10"] { lines += try Self.json(StatementData.self, "xinyuan/ledger/\(month)/data.json").lines.count }
        let rows = year.split(separator: "\r\n").count
        #expect(rows == 1 + lines)
    }

    /// The totals and every amount of each statement's data are the page's.
    @Test func theFiguresOfEveryDataJSONAreThePages() throws {
        let package = try Self.json(DataPackage.self, "datapackage.json")
        let statements = package.resources.filter { $0.noticeboard.kind == "statement" && $0.format == "json" }
        #expect(statements.count == 33)
        for resource in statements {
            let data = try Self.json(StatementData.self, resource.path)
            let page = try String(contentsOf: try Self.sample().appendingPathComponent(data.page), encoding: .utf8)
            #expect(PageFigures.differences(page: page, data: data) == [], "\(data.page)")
            #expect(page.contains("下载数据") && page.contains("href=\"data.csv\"") && page.contains("href=\"data.json\""))
            #expect(data.totalIncomeFen == data.lines.filter { $0.kind == "income" }.map(\.amountFen).reduce(0, +))
        }
    }

    /// The overview's data says what the overview page says, compound by compound.
    @Test func theOverviewsDataIsThePages() throws {
        let data = try Self.json(OverviewData.self, "overview/data.json")
        // The months with a record, as the page's columns.
        #expect(data.compounds.count == 43 && data.licence == "CC-BY-4.0" && data.window == ["2026-08", "2026-09", "2026-10"])
        let page = try String(contentsOf: try Self.sample().appendingPathComponent("overview/index.html"), encoding: .utf8)
        for row in data.compounds {
            let at = try #require(page.range(of: ">\(row.name)</a></th>"), "\(row.name)")
            let cells = String(page[at.upperBound...].prefix(while: { $0 != "\n" }))
            let values = cells.matches(of: #/<td class="num"[^>]*>([^<]*)</td>/#).map { String($0.output.1) }
            #expect(values.prefix(5) == ["\(row.drafts)", "\(row.missing)", row.collectionRate ?? "—", row.satisfaction ?? "—", "\(row.warnings)"], "\(row.compound)")
            if let state = row.latestState { #expect(cells.contains("state-\(state)\">"), "\(row.compound)") }
            let months = cells.matches(of: #/class="state state-([a-z-]+) month-cell"/#).map { String($0.output.1) }
            #expect(months == data.window.map { row.months[$0] ?? "" }, "\(row.compound)")
        }
    }

    /// `frictionless validate` (PyPI's frictionless, with its JSON extra) passes the sample's package.
    @Test func theSamplesPackageIsAValidTabularDataPackage() throws {
        guard let frictionless = OpenDataSupport.tool("frictionless") else {
            #expect(!OpenDataSupport.inCI, "frictionless is missing: scripts/install-packages.sh --for-tests installs it")
            print("⚠︎ skipped: frictionless is not installed (pip install 'frictionless[json]')")
            return
        }
        let run = try CLI.run(["validate", "--json", "datapackage.json"], binary: frictionless, in: try Self.sample())
        #expect(run.status == 0, "\(run.stdout.prefix(3000))\(run.stderr.prefix(2000))")
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(report?["valid"] as? Bool == true)
        #expect(((report?["tasks"] as? [Any])?.count ?? 0) >= 170, "every resource validated")
    }

    @Test func thePackageNamesEveryFileWithItsHashAndTheLicence() throws {
        let sample = try Self.sample()
        let package = try Self.json(DataPackage.self, "datapackage.json")
        #expect(package.profile == "tabular-data-package" && package.licenses.first?.name == "CC-BY-4.0")
        for resource in package.resources {
            let bytes = try Data(contentsOf: sample.appendingPathComponent(resource.path))
            #expect(resource.sha256 == bytes.withUnsafeBytes { SHA256.hash($0) }.hexDigits, "\(resource.path)")
            #expect(FileManager.default.fileExists(atPath: sample.appendingPathComponent(resource.schema).path))
        }
        #expect(Set(package.resources.map(\.name)).count == package.resources.count)
        // Every data file written is listed: the package's list and the pages' data are the same.
        let written = try CLI.snapshot(sample).keys.map { String($0.dropFirst()) }
            .filter { ($0.hasSuffix(".json") || $0.hasSuffix(".csv")) && $0 != OpenDataPaths.package && !$0.hasPrefix(OpenDataPaths.schemasFolder + "/") }
        #expect(Set(written) == Set(package.resources.map(\.path)))
        // Listed in the page index, so the output stays the tool's.
        let index = try String(contentsOf: PageIndex.location(for: sample), encoding: .utf8)
        #expect(index.contains("\ndatapackage.json\t") && index.contains("\nxinyuan/ledger/2026-10/data.json\t") && index.contains("\nschemas/ledger-lines.csv.json\t"))
    }

    @Test func theLicenceIsTheRecordsOrRefused() throws {
        let root = try OpenDataSupport.siteRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("content/site.yaml")
        let text = try String(contentsOf: site, encoding: .utf8)
        try (text + "licence: ODbL-1.0\n").write(to: site, atomically: true, encoding: .utf8)
        let out = root.appendingPathComponent("public")
        #expect(try CLI.run(["build", "--root", root.path]).status == 0)
        let package = try Self.json(DataPackage.self, "datapackage.json", in: out)
        #expect(package.licenses == [DataPackage.license("ODbL-1.0")] && package.licenses[0].path?.hasPrefix("https://opendatacommons.org/") == true)
        try (text + "licence: 知识共享\n").write(to: site, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["check", "--root", root.path])
        #expect(refused.status == 1 && refused.stdout.contains("IN-002") && refused.stdout.contains("licence"), "\(refused.stdout)")
    }

    /// A payee written with a mobile number no committee member published: the data shows it masked, as the
    /// page does, says which value was masked, and `verify` checks that month by its chain only.
    @Test func aMaskedValueIsMaskedInTheDataAndVerifiedByTheChainOnly() throws {
        let root = try OpenDataSupport.siteRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let ledger = root.appendingPathComponent("content/compounds/xinyuan/ledger/2026-09.yaml")
        let text = try String(contentsOf: ledger, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "payee: 侯桂芝", with: "payee: 侯桂芝 13912345678")
        #expect(changed != text)
        try changed.write(to: ledger, atomically: true, encoding: .utf8)
        // The sealed digest of September no longer holds: record it as a correction.
        try (changed + "\n").write(to: ledger, atomically: true, encoding: .utf8)
        let built = try CLI.run(["build", "--root", root.path])
        guard built.status == 0 else {
            // INT-001 (September is sealed): a correction makes the change legitimate.
            let corrected = changed.contains("corrections:") ? changed : changed + "corrections:\n  - {date: 2026-10-20, what: 补记收款人电话, why: 便于联系}\n"
            try corrected.write(to: ledger, atomically: true, encoding: .utf8)
            let again = try CLI.run(["build", "--root", root.path])
            try #require(again.status == 0, "\(again.stderr)")
            return try checkMasked(root)
        }
        try checkMasked(root)
    }

    private func checkMasked(_ root: URL) throws {
        let out = root.appendingPathComponent("public")
        let bytes = try String(contentsOf: out.appendingPathComponent("xinyuan/ledger/2026-09/data.json"), encoding: .utf8)
        #expect(!bytes.contains("13912345678") && bytes.contains("139****5678"))
        let data = try Self.json(StatementData.self, "xinyuan/ledger/2026-09/data.json", in: out)
        #expect(data.masked.count == 1 && data.masked[0].hasSuffix(".payee"), "\(data.masked)")
        let run = try CLI.run(["verify", out.path])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("~ 馨园小区（xinyuan）2026-09"), "\(run.stdout)")
        #expect(run.stdout.contains("✓ 馨园小区（xinyuan）2026-10"), "the months after it chain on from its published digest")
    }
}

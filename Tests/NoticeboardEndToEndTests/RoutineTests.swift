import Foundation
#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// The monthly routine of a community worker: new-month, drafts, spreadsheets, init, serve.
@Suite struct RoutineTests {
    /// A copy of the repository's sample site root.
    static func sampleCopy() throws -> URL {
        let root = FixtureFiles.scratchFolder("noticeboard-routine")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["content", "seeds", "templates"] {
            try FileManager.default.copyItem(at: SiteFixture.repository.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return root
    }

    @Test func newMonthWritesDraftsForCompoundsWithACommitteeAndNothingElse() async throws {
        let root = try Self.sampleCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try CLI.snapshot(root)
        let first = try CLI.run(["new-month", "--root", root.path, "2026-11"])
        #expect(first.status == 0)
        // It ends with the rest of the routine, as typed here.
        #expect(first.stdout.contains("下一步：") && first.stdout.contains("noticeboard check --root \(root.path)")
                && first.stdout.contains("删去两个文件里的 draft: true") && first.stdout.contains("noticeboard build --root \(root.path)")
                && first.stdout.contains("noticeboard publish --root \(root.path)"), "\(first.stdout)")
        let after = try CLI.snapshot(root)
        let added = Set(after.keys).subtracting(before.keys).sorted()
        #expect(added.count == 42, "21 compounds with a committee, a statement and a service list each")
        #expect(added.allSatisfy { $0.hasSuffix("/ledger/2026-11.yaml") || $0.hasSuffix("/services/2026-11.md") })
        #expect(before.allSatisfy { after[$0.key] == $0.value }, "no existing file changed")

        let statement = try String(contentsOf: root.appendingPathComponent("content/compounds/xinyuan/ledger/2026-11.yaml"), encoding: .utf8)
        #expect(statement.contains("draft: true") && statement.contains("opening: \"16,348.50\"") && statement.contains("已按2026年10月期末自动填写"))
        #expect(statement.contains("category: 维修}") && statement.contains("保洁、垃圾清运、维修、水电、绿化、门岗值守、办公、其他"), "the pack's categories in a comment")
        // October's fee collection is carried: the households due and the fee policy, this month's numbers blank.
        #expect(statement.contains("collection:                  # 本月收费情况（上月应缴 126 户，已缴 124 户）；收费标准：卫生费每户每月10元，按季度收取"), "\(statement)")
        #expect(statement.contains("\n  due: 126 ") && statement.contains("\n  paid:      ") && statement.contains("    - {count: , reason: \"低保户、重度残疾人家庭减免\"}"), "\(statement)")
        let services = try String(contentsOf: root.appendingPathComponent("content/compounds/xinyuan/services/2026-11.md"), encoding: .utf8)
        #expect(services.contains("{name: \"门岗值守\", standard: \"每日7:00-22:00\", by: \"单元长轮值\", status: planned}"))
        #expect(!services.contains("status: in_progress") && !services.contains("2号充电桩待修"), "statuses reset, notes dropped")
        #expect(services.contains("posted:                      # 张贴日期"))
        #expect(services.contains("\n#  - {name: 楼道灯更换, standard: 坏了三天内修好, by: 物管会, status: planned, note: 备注，可不写}\n"), "an example item, every key")

        let second = try CLI.run(["new-month", "--root", root.path, "2026-11"])
        #expect(second.stdout.contains("没有写入任何文件"))
        #expect(try CLI.snapshot(root) == after)

        // The drafts check clean, are listed, and are not published.
        let check = try CLI.run(["check", "--root", root.path])
        #expect(check.status == 0 && check.stderr.contains("草稿 42 个（已检查，未发布；--drafts 列出）"), "\(check.stderr)")
        #expect(!check.stderr.contains("content/compounds/xinyuan/ledger/2026-11.yaml"), "one counted line, not 42")
        let listed = try CLI.run(["check", "--root", root.path, "--drafts"])
        #expect(listed.stderr.contains("content/compounds/xinyuan/ledger/2026-11.yaml"))
        #expect(try CLI.run(["build", "--root", root.path]).stdout.contains("42 个草稿"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public/xinyuan/ledger/2026-11").path))
        let compoundPage = try String(contentsOf: root.appendingPathComponent("public/xinyuan/index.html"), encoding: .utf8)
        // Residents see the month is in draft (502cc6f), with no page to open.
        #expect(compoundPage.contains("未公示（草稿）") && !compoundPage.contains("ledger/2026-11/"), "a draft month is named as such, never linked")
    }

    /// Filled in and published, the carried collection is the month's; published without it, FEE-003 says so.
    @Test func aMonthPublishedWithoutTheCarriedCollectionIsWarned() throws {
        let root = try Self.sampleCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try CLI.run(["new-month", "--root", root.path, "2026-11", "xinyuan"]).status == 0)
        let ledger = root.appendingPathComponent("content/compounds/xinyuan/ledger/2026-11.yaml")
        let services = root.appendingPathComponent("content/compounds/xinyuan/services/2026-11.md")
        let draft = try String(contentsOf: ledger, encoding: .utf8)
        let filled = draft.replacingOccurrences(of: "draft: true                  # 草稿：检查但不发布\n", with: "").replacingOccurrences(of: "\n  paid: ", with: "\n  paid: 124")
            .replacingOccurrences(of: "{count: , ", with: "{count: 2, ").replacingOccurrences(of: "checked_by: []", with: "checked_by: [马国庆]")
            .replacingOccurrences(of: "posted:     ", with: "posted: 2026-12-05")
        try filled.write(to: ledger, atomically: true, encoding: .utf8)
        let list = try String(contentsOf: services, encoding: .utf8)
        try list.replacingOccurrences(of: "draft: true\n", with: "").replacingOccurrences(of: "（在这里写本月要办的事，可用 Markdown 表格）", with: "入冬前完成水管防冻。")
            .write(to: services, atomically: true, encoding: .utf8)
        let published = try CLI.run(["check", "--root", root.path])
        #expect(published.status == 0 && published.stdout.isEmpty, "\(published.stdout)")

        let start = filled.range(of: "collection:")!, end = filled.range(of: "prepared_by:")!
        try filled.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "").write(to: ledger, atomically: true, encoding: .utf8)
        let without = try CLI.run(["check", "--root", root.path])
        #expect(without.status == 0, "a warning")
        #expect(without.stdout == "content/compounds/xinyuan/ledger/2026-11.yaml:3:8: warning[FEE-003]: 2026年11月收支明细没有收费情况（collection），2026年10月有："
                + "收缴情况每月都要公示，请照2026年10月写上 collection（due 应缴户数、paid 已缴户数、exempt 减免户数和原因）\n", "\(without.stdout)")
    }

    @Test func publishingADraftIsRemovingItsFlag() async throws {
        let statement = "content/compounds/hexie/ledger/2026-11.yaml"
        let draft = "month: 2026-11\ndraft: true\nopening: \"4,400.00\"\nincome: []\nexpenses: []\nclosing: \"4,400.00\"\nprepared_by: 戊委员\nchecked_by: []\nposted:\n"
        // A draft is checked for arithmetic, not for what comes at posting (checker, posted date, service list).
        #expect(try await findings([statement: draft]).isEmpty)
        #expect(try await findings([statement: draft.replacingOccurrences(of: "closing: \"4,400.00\"", with: "closing: \"4,401.00\"")]).map(\.rule) == [.fin001])
        let published = try await findings([statement: draft.replacingOccurrences(of: "draft: true\n", with: "")]).map(\.rule)
        #expect(Set(published) == [.fin008, .fin009, .svc001, .fee003], "October posted its collection, November none")
    }

    static let header = "日期,摘要,收入,支出,凭证号,收付款方,审批\r\n"
    static let lines = "2026/10/3,10-12月卫生费,\"3,600.00\",,S-2,,\r\n"

    @Test(arguments: ["utf8", "utf8-bom", "gb18030"])
    func spreadsheetLinesInEachEncoding(encoding: String) async throws {
        let text = Self.header + Self.lines
        let bytes: Data = switch encoding {
        case "utf8": Data(text.utf8)
        case "utf8-bom": Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        default: try Self.gb18030(text)
        }
        let fixture = try SiteFixture(try SiteFixture.octoberAsCSV(Data()))
        defer { fixture.remove() }
        try bytes.write(to: fixture.root.appendingPathComponent("content/compounds/hexie/ledger/2026-10.csv"))
        let result = try await fixture.check()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.zh))")
        let october = try #require(result.community?.compound("hexie")?.statements.last)
        #expect(october.income.map(\.item) == ["10-12月卫生费"] && october.totalIncome == Money(fen: 360_000))
        #expect(october.income.first?.amount.location == SourceLocation(file: "content/compounds/hexie/ledger/2026-10.csv", line: 2, column: 21))
    }

    @Test func spreadsheetRowWithABadAmountPointsAtItsCell() async throws {
        let text = Self.header + Self.lines + "2026/10/9,楼道灯,,12.345,Z-9,五金店,\r\n"
        let fixture = try SiteFixture(try SiteFixture.octoberAsCSV(Data()))
        defer { fixture.remove() }
        try Data(text.utf8).write(to: fixture.root.appendingPathComponent("content/compounds/hexie/ledger/2026-10.csv"))
        let d = try await fixture.check().diagnostics
        expectOne(d, .in003, "content/compounds/hexie/ledger/2026-10.csv", 3, 16, containing: "12.345")
    }

    @Test func spreadsheetRowDatedOutsideTheMonthIsBlamedInTheSpreadsheet() async throws {
        let text = Self.header + Self.lines.replacingOccurrences(of: "2026/10/3", with: "2026/11/3")
        let fixture = try SiteFixture(try SiteFixture.octoberAsCSV(Data()))
        defer { fixture.remove() }
        try Data(text.utf8).write(to: fixture.root.appendingPathComponent("content/compounds/hexie/ledger/2026-10.csv"))
        expectOne(try await fixture.check().diagnostics, .fin004, "content/compounds/hexie/ledger/2026-10.csv", 2, 1, containing: "2026-11-03")
    }

    static func gb18030(_ text: String) throws -> Data {
        let converted = try Browser.run("python3", ["-c", "import sys; sys.stdout.buffer.write(sys.argv[1].encode('gb18030').hex().encode())", text])
        var bytes: [UInt8] = []
        var index = converted.startIndex
        while index < converted.endIndex {
            let next = converted.index(index, offsetBy: 2)
            bytes.append(UInt8(converted[index..<next], radix: 16)!)
            index = next
        }
        #expect(String(data: Data(bytes), encoding: .utf8) == nil, "really not UTF-8")
        return Data(bytes)
    }

    @Test func initCreatesASiteThatBuildsCleanAndTakesANewMonth() throws {
        let root = FixtureFiles.scratchFolder("noticeboard-init")
        defer { try? FileManager.default.removeItem(at: root) }
        let created = try CLI.run(["init", root.path, "--community", "松园社区"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(try CLI.run(["check", "--root", root.path]).status == 0)
        #expect(try CLI.run(["new-month", "--root", root.path, "2026-11"]).stdout.contains("已写入 content/compounds/shili/ledger/2026-11.yaml"))
        // A first list has no items to carry: it shows one, every key, in a comment; published empty, it is SVC-006.
        let services = root.appendingPathComponent("content/compounds/shili/services/2026-11.md")
        let list = try String(contentsOf: services, encoding: .utf8)
        #expect(list.contains("items: []                    # 服务事项，每项一行，如：\n#  - {name: 楼道灯更换, standard: 坏了三天内修好, by: 物管会, status: planned, note: 备注，可不写}\n"), "\(list)")
        try list.replacingOccurrences(of: "draft: true\n", with: "").replacingOccurrences(of: "（在这里写本月要办的事，可用 Markdown 表格）", with: "无")
            .write(to: services, atomically: true, encoding: .utf8)
        let published = try CLI.run(["check", "--root", root.path])
        #expect(published.stdout.contains("content/compounds/shili/services/2026-11.md:5:8: warning[SVC-006]"), "\(published.stdout)")
        try list.write(to: services, atomically: true, encoding: .utf8)
        let build = try CLI.run(["build", "--root", root.path])
        #expect(build.status == 0 && build.stdout.contains("2 个草稿"), "\(build.stdout)")
        #expect(try String(contentsOf: root.appendingPathComponent("public/index.html"), encoding: .utf8).contains("松园社区"))
        #expect(try CLI.run(["init", root.path]).status == 2, "never writes into a folder with files")
    }

    /// An installed program has no repository beside it: `init` writes the templates and rule pack built
    /// into it, byte for byte the repository's, from any working folder.
    @Test func initNeedsNoRepositoryBesideTheProgram() throws {
        let elsewhere = FixtureFiles.scratchFolder("noticeboard-installed")
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        try FileManager.default.createDirectory(at: elsewhere.appendingPathComponent("bin"), withIntermediateDirectories: true)
        let program = elsewhere.appendingPathComponent("bin/noticeboard")
        try FileManager.default.copyItem(at: CLI.binary, to: program)
        let created = try CLI.run(["init", "site", "--community", "松园社区"], binary: program, in: elsewhere)
        #expect(created.status == 0, "\(created.stderr)")
        let site = elsewhere.appendingPathComponent("site")
        let repository = try SiteInitializer.files(of: SiteFixture.repository)
        #expect(!repository.isEmpty)
        #expect(try SiteInitializer.files(of: site).map(\.path) == repository.map(\.path), "every template and the rule pack")
        #expect(try CLI.run(["build", "--root", "site"], binary: program, in: elsewhere).status == 0)
    }

    /// The list that places the embedded files is the repository's folders, no file missing or extra.
    @Test func builtInDefaultsAreTheRepositorysTemplatesAndSeeds() throws {
        let repository = try SiteInitializer.files(of: SiteFixture.repository)
        let embedded = SiteInitializer(target: FileManager.default.temporaryDirectory).defaults
        #expect(embedded.map(\.path) == repository.map(\.path), "a file added to templates/ or seeds/ is listed in Sources/DefaultSite/DefaultSite.swift")
        for (file, original) in zip(embedded, repository) where file.path == original.path {
            #expect(file.bytes == original.bytes, "\(file.path) is embedded as it is in the repository")
        }
    }

    /// A port another program holds is not a dead end: the next free one is taken, and said so.
    @Test func serveTakesTheNextFreePortWhenItsOwnIsBusy() async throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let port = UInt16(20_000 + Int.random(in: 0..<2_000))
        // Another program listening on the port.
        let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(holder) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(holder, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        #expect(bound == 0 && listen(holder, 1) == 0)
        let log = fixture.root.appendingPathComponent("serve.log")
        #expect(FileManager.default.createFile(atPath: log.path, contents: nil))
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["serve", "--root", fixture.root.path, "--port", "\(port)"]
        process.environment = fixture.serveEnvironment
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        defer { process.terminate() }
        var said = ""
        for _ in 0..<100 where !said.contains("预览地址") {
            try await Task.sleep(for: .milliseconds(100))
            said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        }
        #expect(said.contains("端口 \(port) 已被别的程序占用，改用 \(port + 1)"), "\(said)")
        #expect(said.contains("预览地址：http://127.0.0.1:\(port + 1)/"))
    }

    @Test func serveAnswersRebuildsOnChangeAndShowsBuildErrorsInThePage() async throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let port = 18_000 + Int.random(in: 0..<2_000)
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["serve", "--root", fixture.root.path, "--port", "\(port)"]
        process.environment = fixture.serveEnvironment
        let log = fixture.root.appendingPathComponent("serve.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        defer { process.terminate() }
        func get(_ path: String) async -> (Int, String)? {
            guard let url = URL(string: "http://127.0.0.1:\(port)\(path)"),
                  let (data, response) = try? await URLSession.shared.data(from: url) else { return nil }
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
        }
        func waitFor(_ path: String, toContain text: String) async -> String? {
            for _ in 0..<60 {
                if let (_, body) = await get(path), body.contains(text) { return body }
                try? await Task.sleep(for: .milliseconds(250))
            }
            return nil
        }
        let home = await waitFor("/hexie/", toContain: "<h1>和谐小区</h1>")
        #expect(home != nil, "serves the built site")
        let stylesheet = DigestNames.path(of: "style.css", linkedFrom: home ?? "")
        #expect(await get("/\(stylesheet)")?.0 == 200)
        let missing = await get("/no/such/page")
        #expect(missing?.0 == 404)
        // The 404 page links from the host's root under base_url's path, which the preview serves too.
        #expect(missing?.1.contains(#"<link rel="stylesheet" href="/board/"# + stylesheet + #"">"#) == true)
        #expect(await get("/board/\(stylesheet)")?.0 == 200)
        let underBase = await get("/board/hexie/")
        #expect(underBase?.1.contains("<h1>和谐小区</h1>") == true)
        #expect(await waitFor("/hexie/", toContain: "/__noticeboard/version") != nil, "pages reload themselves")

        // The preview's record cache, damaged: the next rebuild says so in the terminal, as `build` does, and reads every record.
        let temporary = fixture.root.appendingPathComponent(".tmp")
        let preview = try #require(try FileManager.default.contentsOfDirectory(atPath: temporary.path).first { $0.hasPrefix("noticeboard-preview-") })
        let cache = temporary.appendingPathComponent("\(preview)/.site.records")
        var cached = try Data(contentsOf: cache)
        cached[cached.count - 5] ^= 0x20
        try cached.write(to: cache)
        let compound = fixture.root.appendingPathComponent("content/compounds/hexie/compound.yaml")
        let text = try String(contentsOf: compound, encoding: .utf8)
        try text.replacingOccurrences(of: "name: 和谐小区\n", with: "name: 和谐新村\n").write(to: compound, atomically: true, encoding: .utf8)
        #expect(await waitFor("/hexie/", toContain: "<h1>和谐新村</h1>") != nil, "rebuilt after the change")
        #expect(((try? String(contentsOf: log, encoding: .utf8)) ?? "").contains("记录缓存不完整或已损坏"), "the cache's note is said")

        try text.replacingOccurrences(of: "households: 120", with: "households: 很多").write(to: compound, atomically: true, encoding: .utf8)
        let error = await waitFor("/hexie/", toContain: "构建失败")
        #expect(error?.contains("content/compounds/hexie/compound.yaml:2:13") == true, "the diagnostics are in the page")
        let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(said.contains("content/compounds/hexie/compound.yaml:2:13: error[IN-002]: households 应为") && said.contains("构建失败：1 个错误"),
                "the terminal prints each error, not only that there are some: \(said)")

        // A template's problem is shown at its template, line and column, as `build` says it; no rule id.
        try text.write(to: compound, atomically: true, encoding: .utf8)
        let template = fixture.root.appendingPathComponent("templates/compound.mustache")
        let original = try String(contentsOf: template, encoding: .utf8)
        try ("{{titel}}" + original).write(to: template, atomically: true, encoding: .utf8)
        let templateError = await waitFor("/hexie/", toContain: "templates/compound.mustache:1:1")
        #expect(templateError?.contains("没有名为 {{titel}} 的值") == true && templateError?.contains("IN-001") == false, "\(templateError ?? "")")
        #expect(((try? String(contentsOf: log, encoding: .utf8)) ?? "").contains("noticeboard: templates/compound.mustache:1:1: 页面 compound 没有名为 {{titel}} 的值"))
        try original.write(to: template, atomically: true, encoding: .utf8)
        #expect(await waitFor("/hexie/", toContain: "<h1>和谐小区</h1>") != nil, "back once fixed")

        // The preview has a folder of its own in the temporary folder: public/ is written by `build` alone, which finds it to build.
        let previews = try FileManager.default.contentsOfDirectory(atPath: fixture.root.appendingPathComponent(".tmp").path)
        #expect(previews.count == 1 && previews[0].hasPrefix("noticeboard-preview-"), "\(previews)")
        #expect(!FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("public").path), "serve never writes public/")
        let build = try CLI.run(["build", "--root", fixture.root.path])
        #expect(build.status == 0 && !build.stdout.contains("没有变化") && build.stdout.contains("写入"), "\(build.stdout)")
    }
}

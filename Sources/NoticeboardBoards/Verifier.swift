import Foundation
import NoticeboardModel
import NoticeboardOpenData
import NoticeboardSupport
import NoticeboardValues

/// `noticeboard verify`: a published board checked from what it publishes alone (docs/verification-codes.md):
/// every file against the SHA-256 of `datapackage.json`; every statement's code recomputed from its `data.json`
/// and chained month to month; each code compared with the page, the sheet and the sheet's QR address; the
/// page's figures with the data's; codes kept from paper; and, against an older package, what changed.
package struct Verifier: Sendable {
    /// A code someone kept from a sheet: `2026-10=VBYY-U5TC`, or `xinyuan/2026-10=VBYY-U5TC`.
    package struct KeptCode: Sendable, Equatable {
        package let compound: String?
        package let month: String
        /// Without its dash, upper case.
        package let code: String

        package init?(_ text: String) {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return nil }
            let place = parts[0].split(separator: "/").map(String.init)
            guard (1...2).contains(place.count), let month = place.last, Month(parsing: month) != nil else { return nil }
            let code = parts[1].uppercased().filter { $0.isLetter || $0.isNumber }
            guard code.count == 8, code.allSatisfy({ VerificationCode.alphabet.contains($0) }) else { return nil }
            compound = place.count == 2 ? place[0] : nil
            self.month = month
            self.code = code
        }
    }

    /// What verifying found: one line per compound and month (and per other finding), whether anything differs.
    package struct Report: Sendable {
        package var lines: [String] = []
        package var differs = false
        package var months = 0, monthsFullyVerified = 0, monthsByChainOnly = 0, files = 0

        mutating func add(_ line: String, differs: Bool = false) {
            lines.append(line)
            if differs { self.differs = true }
        }
    }

    package let board: Board
    package let keptCodes: [KeptCode]
    /// An earlier copy's package (`OLD/datapackage.json`), to say what changed since.
    package let against: Board?

    package init(board: Board, keptCodes: [KeptCode] = [], against: Board? = nil) {
        self.board = board
        self.keptCodes = keptCodes
        self.against = against
    }

    /// Fails (`Board.Unreadable`) only when the board's package cannot be read: anything else is a finding.
    package func verify() async throws(Board.Unreadable) -> Report {
        let package = try await board.package()
        var report = Report()
        // Every file against the package's SHA-256, read once (several at a time); the data are kept to check further.
        let contents = await board.readAll(package.resources.map(\.path))
        var files: [String: Data] = [:]
        for resource in package.resources {
            report.files += 1
            do {
                let data = try contents[resource.path]!.get()
                let hash = data.withUnsafeBytes { SHA256.hash($0) }.hexDigits
                if hash != resource.sha256 {
                    report.add("✗ \(resource.path)：文件的 SHA-256 与 datapackage.json 不符 / its SHA-256 is not the package's (\(hash.prefix(12))… ≠ \(resource.sha256.prefix(12))…)", differs: true)
                }
                files[resource.path] = data
            } catch {
                report.add("✗ \(resource.path)：\(error.reason) / cannot be read", differs: true)
            }
        }
        let statements = package.resources.filter { $0.noticeboard.kind == "statement" && $0.format == "json" }
        var byCompound: [String: [(DataPackage.Resource, StatementData)]] = [:]
        for resource in statements {
            guard let data = files[resource.path] else { continue }
            do {
                let statement = try JSONDecoder().decode(StatementData.self, from: data)
                byCompound[statement.compound, default: []].append((resource, statement))
            } catch {
                report.add("✗ \(resource.path)：不是收支明细数据 / not a statement's data: \(error)", differs: true)
            }
        }
        var derivedCodes: [String: [String: String]] = [:]
        for compound in byCompound.keys.sorted() {
            let months = byCompound[compound]!.sorted { $0.1.month < $1.1.month }
            var previous = "", previousMonth: String?
            for (resource, data) in months {
                var problems: [String] = []
                let byChainOnly = !data.masked.isEmpty
                let derivedDigest = data.canonicalFormOfData.sha256Hex
                if !byChainOnly, derivedDigest != data.digest {
                    problems.append("data.json 的数字算出的摘要与其中的 digest 不符（数据在算出核验码后被改动）/ its values do not give its digest: changed after the code was made")
                }
                // The chain runs on the digest recomputed from the values: a changed month changes every later code.
                let digest = byChainOnly ? data.digest : derivedDigest
                let fingerprint = "\(previous)\n\(digest)".sha256Hex
                let code = VerificationCode(fingerprintHex: fingerprint)
                if data.previousMonth != previousMonth {
                    problems.append("上一个月应为 \(previousMonth ?? "无")，data.json 写的是 \(data.previousMonth ?? "无") / the chain's previous month is \(previousMonth ?? "none"), the data says \(data.previousMonth ?? "none")")
                }
                if data.previousFingerprint != previous {
                    problems.append("data.json 的 previous_fingerprint 不是上个月的指纹 / previous_fingerprint is not the previous month's fingerprint")
                }
                if data.fingerprint != fingerprint || data.code != code.description {
                    problems.append("按数据重算的核验码是 \(code)，data.json 写的是 \(data.code) / the code recomputed from the data is \(code), the data says \(data.code)")
                }
                if let csv = files[OpenDataPaths.beside(data.page, .csv)],
                   Array(csv) != StatementData.Line.table.csv(data.lines) {
                    problems.append("data.csv 的明细与 data.json 不同 / data.csv's lines differ from data.json's")
                }
                problems += await pageProblems(data, code: code)
                for kept in keptCodes where kept.month == data.month && kept.compound == compound {
                    if kept.code != code.compact {
                        problems.append("保存的核验码 \(kept.code.prefix(4))-\(kept.code.suffix(4)) 不在链上：这个月现在的核验码是 \(code) / the kept code is not on the chain: the month's code is now \(code)")
                    }
                }
                derivedCodes[compound, default: [:]][data.month] = code.compact
                report.months += 1
                let place = "\(data.compoundName)（\(compound)）\(data.month)"
                if problems.isEmpty {
                    if byChainOnly {
                        report.monthsByChainOnly += 1
                        report.add("~ \(place) \(code)：链上一致；\(data.masked.joined(separator: "、")) 为保护隐私已遮盖，数字无法由公开数据重算 / chain holds; masked for privacy, the figures cannot be recomputed from public data")
                    } else {
                        report.monthsFullyVerified += 1
                        report.add("✓ \(place) \(code)")
                    }
                } else {
                    report.add("✗ \(place)：" + problems.joined(separator: "；"), differs: true)
                }
                previous = fingerprint
                previousMonth = data.month
                _ = resource
                // The last month of a year makes the year's code (docs/verification-codes.md): on its page and sheet.
                if let month = Month(parsing: data.month), months.last(where: { $0.1.month.hasPrefix("\(month.year)-") })?.1.month == data.month {
                    let yearCode = VerificationCode(fingerprintHex: "noticeboard-year-1\n\(month.year)\n\(fingerprint)".sha256Hex)
                    for page in ["index.html", "print.html"] {
                        let path = "\(compound)/ledger/\(month.year)/\(page)"
                        if let html = try? await board.read(path), !String(decoding: html, as: UTF8.self).contains(yearCode.description) {
                            report.add("✗ \(data.compoundName)（\(compound)）\(month.year) 年度：\(path) 上没有年度核验码 \(yearCode) / the year's page does not show its code \(yearCode)", differs: true)
                        }
                    }
                }
            }
        }
        // A kept code without a compound names the month only: it must be the code of one compound's month.
        for kept in keptCodes where kept.compound == nil {
            let matches = derivedCodes.filter { $0.value[kept.month] == kept.code }.keys.sorted()
            if let match = matches.first {
                report.add("✓ 保存的核验码 \(kept.code.prefix(4))-\(kept.code.suffix(4)) 是 \(match) \(kept.month) 链上的核验码 / the kept code is on the chain of \(match) \(kept.month)")
            } else {
                let now = derivedCodes.compactMap { compound, codes in codes[kept.month].map { "\(compound) \($0.prefix(4))-\($0.suffix(4))" } }.sorted()
                report.add("✗ 保存的核验码 \(kept.code.prefix(4))-\(kept.code.suffix(4)) 不是任何小区 \(kept.month) 链上的核验码 / the kept code is on no compound's chain for \(kept.month)"
                           + (now.isEmpty ? "" : "（现在：\(now.prefix(5).joined(separator: "、"))\(now.count > 5 ? "…" : "")）"), differs: true)
            }
        }
        for kept in keptCodes where kept.compound != nil && derivedCodes[kept.compound!]?[kept.month] == nil {
            report.add("✗ \(kept.compound!) \(kept.month)：公示栏上没有这个月的收支明细 / the board has no statement of this month", differs: true)
        }
        let serviceLists = await serviceListFindings(package, files: files, report: &report)
        report.lines += serviceLists
        if let against { try await compare(with: against, now: package, files: files, report: &report) }
        return report
    }

    /// The statement's page and sheet against its data: the code on both, the sheet's QR address, the page's figures.
    private func pageProblems(_ data: StatementData, code: VerificationCode) async -> [String] {
        var problems: [String] = []
        guard let page = try? await board.read(data.page) else { return ["无法读取网页 \(data.page) / cannot read the page"] }
        let text = String(decoding: page, as: UTF8.self)
        if !text.contains(code.description) {
            let shown = PageFigures.codes(in: text)
            problems.append("网页 \(data.page) 上的核验码\(shown.isEmpty ? "找不到" : "是 " + shown.joined(separator: "、"))，应为 \(code) / the page shows \(shown.isEmpty ? "no code" : shown.joined(separator: ", ")), not \(code)")
        }
        problems += PageFigures.differences(page: text, data: data).map { "网页 \(data.page)：\($0)" }
        guard let sheet = try? await board.read(data.sheet) else { return problems + ["无法读取张贴版 \(data.sheet) / cannot read the sheet"] }
        let sheetText = String(decoding: sheet, as: UTF8.self)
        if !sheetText.contains(code.description) {
            problems.append("张贴版 \(data.sheet) 上的核验码不是 \(code) / the sheet does not show \(code)")
        }
        if !sheetText.contains("?v=\(code.compact)") {
            problems.append("张贴版 \(data.sheet) 的二维码地址不带 ?v=\(code.compact) / the sheet's QR address does not carry ?v=\(code.compact)")
        }
        return problems
    }

    /// Each service list's code recomputed from its data and compared with its page.
    private func serviceListFindings(_ package: DataPackage, files: [String: Data], report: inout Report) async -> [String] {
        var lines: [String] = []
        for resource in package.resources where resource.noticeboard.kind == "services" && resource.format == "json" {
            guard let bytes = files[resource.path], let data = try? JSONDecoder().decode(ServiceListData.self, from: bytes) else { continue }
            let code = VerificationCode(fingerprintHex: data.canonicalFormOfData.sha256Hex)
            var problems: [String] = []
            if data.masked.isEmpty, code.description != data.code {
                problems.append("按数据重算的核验码是 \(code)，data.json 写的是 \(data.code) / recomputed \(code), the data says \(data.code)")
            }
            let shown = data.masked.isEmpty ? code.description : data.code
            if let page = try? await board.read(data.page), !String(decoding: page, as: UTF8.self).contains(shown) {
                problems.append("网页 \(data.page) 上没有核验码 \(shown) / the page does not show \(shown)")
            }
            if !problems.isEmpty {
                report.differs = true
                lines.append("✗ \(data.compoundName)（\(data.compound)）\(data.month) 服务清单：" + problems.joined(separator: "；"))
            }
        }
        return lines
    }

    /// What changed since an earlier package, month by month; a posted month whose figures changed without a
    /// new correction differs.
    private func compare(with old: Board, now: DataPackage, files: [String: Data], report: inout Report) async throws(Board.Unreadable) {
        let before = try await old.package()
        let oldResources = Dictionary(before.resources.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let newResources = Dictionary(now.resources.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var changed = 0
        for path in Set(oldResources.keys).union(newResources.keys).sorted() {
            let was = oldResources[path], current = newResources[path]
            guard was?.hash != current?.hash else { continue }
            changed += 1
            let statement = (current ?? was)!.noticeboard.kind == "statement" && path.hasSuffix(".json")
            guard statement else {
                report.add("· \(path)：\(was == nil ? "新增 / added" : current == nil ? "已删除 / removed" : "有改动 / changed")")
                continue
            }
            let place = "\((current ?? was)!.noticeboard.compound ?? "") \((current ?? was)!.noticeboard.period ?? "")"
            guard let was else { report.add("· \(place)：新公示的月份 / a new month"); continue }
            guard current != nil, let newBytes = files[path], let new = try? JSONDecoder().decode(StatementData.self, from: newBytes) else {
                report.add("✗ \(place)：已公示的月份不见了 / a posted month is gone", differs: true)
                continue
            }
            guard let oldBytes = try? await old.read(was.path), let previous = try? JSONDecoder().decode(StatementData.self, from: oldBytes) else {
                report.add("· \(place)：有改动，旧的数据无法读取 / changed; the old data cannot be read")
                continue
            }
            if previous.digest == new.digest && previous.canonicalFormOfData.sha256Hex == new.canonicalFormOfData.sha256Hex {
                report.add("· \(place)：数字未变（分类、更正说明或链接有变）/ same figures; other values changed")
            } else if new.corrections.count > previous.corrections.count {
                let what = new.corrections.suffix(new.corrections.count - previous.corrections.count).map { "\($0.date) \($0.what)" }
                report.add("· \(place)：数字有改动，已登记更正 / figures changed, with a correction: \(what.joined(separator: "；"))")
            } else {
                report.add("✗ \(place)：已公示月份的数字改了，却没有登记更正 / a posted month's figures changed without a correction", differs: true)
            }
        }
        report.add("与旧的数据包相比：\(changed) 个文件有变化 / against the old package: \(changed) files changed")
    }
}

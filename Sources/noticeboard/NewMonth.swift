import ArgumentParser
import Foundation
import NoticeboardCore
import NoticeboardLoading
import NoticeboardModel
import NoticeboardRendering
import NoticeboardValues

struct NewMonth: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-month",
        abstract: "为新的月份建立收支明细和服务清单草稿 / scaffold a month's statement and service list as drafts",
        discussion: """
            期初自动取上月期末；服务清单沿用上月事项，状态重置为计划。已有的文件不会被覆盖。
            例 / example:  noticeboard new-month 2026-11
            """)

    @OptionGroup var site: SiteOptions
    @OptionGroup var language: LanguageOption

    @OptionGroup var arguments: MonthArguments

    func run() async throws {
        let month = arguments.month
        let outcome = try await MonthScaffold(root: site.rootURL).scaffold(month, compounds: arguments.compounds)
        let zh = language.language == .zh
        for path in outcome.written { print(zh ? "已写入 \(path)" : "wrote \(path)") }
        for path in outcome.repaired {
            print(zh ? "已修复 \(path)：上次运行中断，留下了空的或不完整的草稿，已重新写入" : "repaired \(path): an interrupted run left the draft empty or cut short; written again whole")
        }
        for path in outcome.leftovers { print(zh ? "已删除上次运行中断留下的临时文件 \(path)" : "removed \(path), a temporary file an interrupted run left") }
        for path in outcome.kept { print(zh ? "已存在，未改动 \(path)" : "exists, left alone \(path)") }
        if outcome.written.isEmpty && outcome.repaired.isEmpty { print(zh ? "没有写入任何文件" : "nothing written") }
    }
}

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
        if !(outcome.written + outcome.repaired + outcome.kept).isEmpty { print(nextSteps(month, zh: zh)) }
    }

    /// The rest of the monthly routine, each command as it is typed here (with `--root` when one was given).
    private func nextSteps(_ month: Month, zh: Bool) -> String {
        let root = site.root == "." ? "" : " --root \(site.root)"
        let sheets = (site.root == "." ? "" : site.root.hasSuffix("/") ? site.root : site.root + "/") + "public/print/\(month)/index.html"
        return zh ? """
            下一步：
              1. 填写上面的草稿：收支明细的 income、expenses、closing（有 collection 的填上本月收费情况），服务清单各项的 status
              2. noticeboard check\(root)（或 noticeboard serve\(root) 边改边看），改正每个错误
              3. 监督小组审核后，写上 checked_by 和 posted，删去两个文件里的 draft: true
              4. noticeboard build\(root)，打印 \(sheets) 张贴
              5. noticeboard publish\(root)，把网站发布出去
            """ : """
            next:
              1. fill in the drafts above: the statement's income, expenses, closing (and this month's collection where there is one), each service's status
              2. noticeboard check\(root) (or noticeboard serve\(root) to watch while editing), and fix every error
              3. once the supervision group has checked them, write checked_by and posted, and delete draft: true in both files
              4. noticeboard build\(root), and print \(sheets) for the gatehouse
              5. noticeboard publish\(root), to put the site online
            """
    }
}

import NoticeboardValues

/// What a publish did, or with `--dry-run` would do, told in the order it goes; and its exit status:
/// 0, or 4 when the upload worked but the live site does not serve what was sent.
package struct PublishOutcome: Sendable {
    let target: String
    /// The target as rclone names it (`nbtarget:/srv/www/yongkang`).
    let place: String
    let plan: PublishPlan
    let stages: [[String]]
    let dryRun: Bool
    var checkedAt: String?
    var checked = 0
    var differences: [LiveCheck.Difference] = []
    var nginxExample: String?
    var share: (month: String, lines: [String])?
    var shareFile: String?
    /// Whether this publish sent any page of the month share.txt is for.
    var shareSent = false

    /// How many files were (or would be) sent, and deleted.
    package var sent: Int { plan.uploads.count }
    package var deleted: Int { plan.deletions.count }

    package var exitStatus: Int32 { differences.isEmpty ? 0 : 4 }

    /// Every file in the order it goes up, then the deletions.
    package var order: [String] { stages.flatMap { $0 } }

    /// What to print, one line each.
    package func report(_ language: Language) -> [String] {
        let zh = language == .zh
        let reasons = Dictionary(uniqueKeysWithValues: plan.uploads.map { ($0.path, $0.reason) })
        var lines: [String] = []
        if !plan.editedByHand.isEmpty {
            lines.append(zh ? "目标上有 \(plan.editedByHand.count) 个 noticeboard 发布的文件被手工改动或删除，将重新上传或删除：\(Self.first(plan.editedByHand))"
                            : "\(plan.editedByHand.count) files noticeboard published were changed or removed on the target by hand; they are sent again or deleted:\(Self.first(plan.editedByHand))")
        }
        let replaced = plan.uploads.filter { $0.reason == .replacing }.map(\.path)
        if !replaced.isEmpty {
            lines.append(zh ? "目标上有 \(replaced.count) 个不是 noticeboard 发布的文件占用了网站的地址，将被替换：\(Self.first(replaced))"
                            : "\(replaced.count) files noticeboard did not publish stand at the site's addresses; they are replaced:\(Self.first(replaced))")
        }
        if dryRun {
            lines.append(zh ? "发布计划（\(target)：\(place)）：上传 \(sent) 个文件，删除 \(deleted) 个；--dry-run，未做任何改动"
                            : "plan for \(target) (\(place)): send \(sent) files, delete \(deleted); --dry-run, nothing was changed")
            for (index, path) in order.enumerated() {
                lines.append("  \(index + 1). \(zh ? "上传" : "send") \(path)  (\(reasons[path].map { Self.label($0, zh) } ?? ""))")
            }
            for path in plan.deletions { lines.append("  \(zh ? "删除" : "delete") \(path)") }
            return lines
        }
        lines.append(zh ? "已发布到 \(target)（\(place)）：上传 \(sent) 个文件，删除 \(deleted) 个，\(plan.finished.entries.count - sent) 个未变"
                        : "published to \(target) (\(place)): \(sent) files sent, \(deleted) deleted, \(plan.finished.entries.count - sent) unchanged")
        if plan.othersKept > 0 {
            lines.append(zh ? "目标上另有 \(plan.othersKept) 个文件不是 noticeboard 发布的，未改动" : "\(plan.othersKept) other files on the target are not noticeboard's and were left alone")
        }
        if let checkedAt {
            if differences.isEmpty {
                lines.append(zh ? "✓ 线上网站与上传的内容一致：核对了 \(checked) 个地址（\(checkedAt)）" : "✓ the live site serves what was sent: \(checked) addresses checked (\(checkedAt))")
            } else {
                lines.append(zh ? "✗ 上传已完成，但线上网站有 \(differences.count) 个地址与上传的不同（CDN 或代理可能仍在提供旧页面；刷新其缓存后重新运行 publish 核对）："
                                : "✗ the upload worked, but \(differences.count) addresses of the live site differ from what was sent (a CDN or proxy may still serve old pages; purge it and run publish again to check):")
                lines += differences.map { "  \($0.url)  \($0.reason)" }
            }
        }
        if let nginxExample {
            lines.append(zh ? "nginx 配置示例：\(nginxExample)" : "nginx lines for this target: \(nginxExample)")
        }
        if let share, let shareFile {
            if shareSent {
                lines.append(zh ? "\(shareFile)（\(share.month)，可复制到各小区微信群）：" : "\(shareFile) (\(share.month), to paste in each compound's WeChat group):")
                lines += share.lines
            } else {
                lines.append(zh ? "\(shareFile)：\(share.month) 的 \(share.lines.count) 行（本次未上传该月页面）" : "\(shareFile): \(share.lines.count) lines for \(share.month) (no page of that month was sent this time)")
            }
        }
        return lines
    }

    private static func label(_ reason: PublishPlan.Reason, _ zh: Bool) -> String {
        switch reason {
        case .new: zh ? "新" : "new"
        case .changed: zh ? "有改动" : "changed"
        case .unfinished: zh ? "上次未完成" : "last publish unfinished"
        case .restored: zh ? "目标上被手工改动" : "changed on the target by hand"
        case .replacing: zh ? "替换非 noticeboard 的文件" : "replaces a file not noticeboard's"
        }
    }

    private static func first(_ paths: [String]) -> String {
        paths.prefix(5).map { "\n  \($0)" }.joined() + (paths.count > 5 ? "\n  …" : "")
    }
}

import NoticeboardValues

/// Why a publish stopped, with its exit status (docs/commands.md): 2 for what must be fixed here (the site,
/// the settings, this computer), 3 for the target (unreachable, refused, a host key unknown or changed, a
/// transfer cut). Whatever was sent before a stop leaves every live link working; a rerun completes it.
package enum PublishFailure: Error, Sendable {
    /// site.yaml's `publish:` (or the file itself) has errors: exit 1, as for any record.
    case settingsInvalid([Diagnostic])
    case notBuilt(String)
    case changedSinceBuild(String, [String])
    case noTargets
    case unknownTarget(String, [String])
    case missingTool(String, package: String)
    case toolFailed(String, String)
    case folderMissing(String)
    case targetInSite(String)
    case keyFileProblem(String, inSite: Bool)
    case foreignManifest(String)
    case tooManyDeletions(count: Int, limit: Int, first: [String])
    case hostKeyUnknown(host: String, fingerprints: [String], knownHosts: String, add: String)
    case hostKeyChanged(host: String, fingerprints: [String], knownHosts: String)
    case unreachable(String, String)
    case transferFailed(String)

    package var exitStatus: Int32 {
        switch self {
        case .settingsInvalid: 1
        case .hostKeyUnknown, .hostKeyChanged, .unreachable, .transferFailed: 3
        default: 2
        }
    }

    package func message(_ language: Language) -> String {
        let list = { (paths: [String]) in paths.prefix(5).map { "\n  \($0)" }.joined() + (paths.count > 5 ? "\n  …" : "") }
        let text: Message
        switch self {
        case .settingsInvalid(let diagnostics):
            return DiagnosticPrinter(format: .text, language: language, colour: false).render(diagnostics)
        case .notBuilt(let path):
            text = Message(zh: "\(path) 没有本版本 noticeboard 生成的页面索引；请先运行 noticeboard build",
                           en: "\(path) has no page index of this noticeboard version; run noticeboard build first")
        case .changedSinceBuild(let path, let files):
            text = Message(zh: "\(path) 中有 \(files.count) 个文件在生成后被改动或删除，发布的必须是生成的原样；删除 \(path) 后重新运行：\(list(files))",
                           en: "\(files.count) files of \(path) were changed or removed after the build; what goes up must be what was built. Delete \(path) and run again:\(list(files))")
        case .noTargets:
            text = Message(zh: "content/site.yaml 中没有 publish: 目标（写法见 docs/records.md）",
                           en: "content/site.yaml names no publish: targets (see docs/records.md)")
        case .unknownTarget(let name, let names):
            text = Message(zh: "没有名为 \(name) 的发布目标；site.yaml 中有：\(names.joined(separator: "、"))",
                           en: "there is no publish target \(name); site.yaml has: \(names.joined(separator: ", "))")
        case .missingTool(let tool, let package):
            text = Message(zh: "找不到 \(tool)；请安装 Debian 软件包 \(package)（sudo apt install \(package)）",
                           en: "\(tool) was not found; install the Debian package \(package) (sudo apt install \(package))")
        case .toolFailed(let tool, let reason):
            text = Message(zh: "无法运行 \(tool)：\(reason)", en: "cannot run \(tool): \(reason)")
        case .folderMissing(let path):
            text = Message(zh: "发布目标文件夹 \(path) 不存在（网站目录是否已挂载？）", en: "the target folder \(path) does not exist (is the web root mounted?)")
        case .targetInSite(let path):
            text = Message(zh: "发布目标 \(path) 不能是站点根目录、它的上级或其中的文件夹", en: "the target \(path) cannot be the site root, a folder above it or inside it")
        case .keyFileProblem(let path, let inSite):
            text = inSite
                ? Message(zh: "key_file \(path) 在站点目录里：私钥不能和网站放在一起，请移到 ~/.ssh/", en: "key_file \(path) is inside the site: keep the private key apart from it, in ~/.ssh/")
                : Message(zh: "无法读取 key_file \(path)", en: "key_file \(path) cannot be read")
        case .foreignManifest(let place):
            text = Message(zh: "\(place) 中的 \(PublishManifest.fileName) 不是 noticeboard 的发布清单；未做任何改动",
                           en: "\(PublishManifest.fileName) in \(place) is not a noticeboard manifest; nothing was changed")
        case .tooManyDeletions(let count, let limit, let first):
            text = Message(zh: "本次要删除目标上 \(count) 个文件，超过上限 \(limit)（max_deletes）；未做任何改动。确认无误后加 --allow-deletes \(count) 重新运行：\(list(first))",
                           en: "this publish would delete \(count) files from the target, more than \(limit) (max_deletes); nothing was changed. If that is right, run again with --allow-deletes \(count):\(list(first))")
        case .hostKeyUnknown(let host, let fingerprints, let knownHosts, let add):
            text = Message(zh: "服务器 \(host) 的主机密钥不在 \(knownHosts) 中，未连接。它现在出示的指纹：\(list(fingerprints))\n请向服务器管理员核对（在服务器上运行 ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub），一致后运行：\n  \(add)",
                           en: "the host key of \(host) is not in \(knownHosts); not connected. The fingerprints it shows now:\(list(fingerprints))\nConfirm them with the server's administrator (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the server), then run:\n  \(add)")
        case .hostKeyChanged(let host, let fingerprints, let knownHosts):
            text = Message(zh: "服务器 \(host) 出示的主机密钥与 \(knownHosts) 中记录的不同，已拒绝连接（可能有人冒充服务器）。它现在的指纹：\(list(fingerprints))\n若服务器确实重装过，请向管理员核对后更新 \(knownHosts) 中的这一行（ssh-keygen -R 可删除旧行）",
                           en: "the host key of \(host) differs from the one in \(knownHosts); refused (someone may be posing as the server). Its fingerprints now:\(list(fingerprints))\nIf the server was really reinstalled, confirm them with its administrator and replace its line in \(knownHosts) (ssh-keygen -R removes the old one)")
        case .unreachable(let place, let reason):
            text = Message(zh: "无法连接 \(place)：\(reason)", en: "cannot reach \(place): \(reason)")
        case .transferFailed(let reason):
            text = Message(zh: "传输中断（已上传的部分不会造成断链；重新运行即可完成）：\(reason)",
                           en: "the transfer stopped (what went up leaves no broken link; run again to complete it): \(reason)")
        }
        return text.text(in: language)
    }
}

import Foundation
import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// `noticeboard publish` after the build: choose the target → read the built site → check the target
/// (folder there, host key known) → list it and read its manifest → plan → order → send, stage by stage →
/// delete → record the manifest → fetch the live site and compare → write share.txt and nginx.conf.example.
package struct Publisher: Sendable {
    package struct Options: Sendable {
        package var target: String?
        package var dryRun = false
        /// Where to fetch the live site from instead of `base_url`.
        package var verifyURL: String?
        /// How many deletions to allow instead of the target's `max_deletes`.
        package var allowDeletes: Int?

        package init(target: String? = nil, dryRun: Bool = false, verifyURL: String? = nil, allowDeletes: Int? = nil) {
            self.target = target
            self.dryRun = dryRun
            self.verifyURL = verifyURL
            self.allowDeletes = allowDeletes
        }
    }

    /// The site root, the built output, and where to tell each step as it starts.
    package let root: URL
    package let output: URL
    package let environment: [String: String]
    package let progress: @Sendable (Message) -> Void

    package init(root: URL, output: URL, environment: [String: String] = ProcessInfo.processInfo.environment,
                progress: @escaping @Sendable (Message) -> Void = { _ in }) {
        self.root = root.standardizedFileURL
        self.output = output.standardizedFileURL
        self.environment = environment
        self.progress = progress
    }

    package func publish(_ options: Options) async throws(PublishFailure) -> PublishOutcome {
        let settings = PublishTarget.read(root: root)
        guard !settings.diagnostics.hasErrors, let baseURL = settings.baseURL else { throw .settingsInvalid(settings.diagnostics) }
        let target = try choose(options.target, among: settings.targets)
        let site = try BuiltSite.read(output)
        let home = environment["HOME"] ?? NSHomeDirectory()
        let remote = RcloneRemote(target, home: home, root: root)
        try refuseUnsafe(target, remote)
        guard let executable = Subprocess.find("rclone", environment: environment) else { throw .missingTool("rclone", package: "rclone") }
        let scratch = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let run = Subprocess(scratch: scratch)
        if case .sftp(let server) = target.place {
            progress(Message(zh: "核对服务器 \(server.host) 的主机密钥", en: "checking the host key of \(server.host)"))
            try await HostKeys(run: run).check(server, knownHosts: RcloneRemote.knownHosts(of: server, home: home))
        }
        let rclone = Rclone(executable: executable, remote: remote, environment: environment, scratch: run)
        progress(Message(zh: "列出 \(target.name) 上的文件", en: "listing the files on \(target.name)"))
        let listing = try await rclone.list()
        let manifest = try await readManifest(rclone, listed: listing[PublishManifest.fileName] != nil, place: remote.root)
        let plan = PublishPlan(site: site.files, manifest: manifest, listing: listing)
        let allowed = options.allowDeletes ?? target.maxDeletes
        guard plan.deletions.count <= allowed else {
            throw .tooManyDeletions(count: plan.deletions.count, limit: allowed, first: Array(plan.deletions.prefix(10)))
        }
        let links = PageLinks(baseURL: baseURL)
        let pages = Dictionary(uniqueKeysWithValues: plan.uploads.filter { $0.path.hasSuffix(".html") || $0.path.hasSuffix(".xml") }.map {
            ($0.path, links.targets(of: $0.path, site.bytes(of: $0.path) ?? Data()))
        })
        let stages = UploadOrder.stages(of: plan.uploads, links: pages)
        var outcome = PublishOutcome(target: target.name, place: remote.root, plan: plan, stages: stages, dryRun: options.dryRun)
        guard !options.dryRun else { return outcome }

        if plan.pending != manifest && !plan.uploads.isEmpty {
            try await rclone.write(plan.pending.text, to: PublishManifest.fileName, headers: Self.manifestHeaders)
        }
        for (number, stage) in stages.enumerated() {
            progress(Message(zh: "上传第 \(number + 1)/\(stages.count) 批（\(stage.count) 个文件）", en: "sending stage \(number + 1) of \(stages.count) (\(stage.count) files)"))
            // Headers go up only to an object store, one rclone run for each set; elsewhere the web server sets them
            // (`NginxExample`) and a stage is one run: over SFTP, one login.
            let groups: [[String]: [String]] = remote.isObjectStore
                ? Dictionary(grouping: stage) { UploadHeaders.headers(of: $0, sha256: site.files[$0]?.sha256 ?? "") }
                : [[]: stage]
            for (headers, paths) in groups.sorted(by: { $0.key.joined() < $1.key.joined() }) {
                try await rclone.copy(paths, from: output, headers: headers)
            }
        }
        if !plan.deletions.isEmpty {
            progress(Message(zh: "删除 \(plan.deletions.count) 个不再需要的文件", en: "deleting \(plan.deletions.count) files no longer needed"))
            try await rclone.delete(plan.deletions)
        }
        if plan.finished != manifest {
            try await rclone.write(plan.finished.text, to: PublishManifest.fileName, headers: Self.manifestHeaders)
        }

        let verifyBase = options.verifyURL ?? baseURL
        progress(Message(zh: "核对线上网站 \(verifyBase)", en: "checking the live site at \(verifyBase)"))
        // What was sent, and the home page and the sitemap, which every publish must leave right.
        let checked = Set(plan.uploads.map(\.path) + ["index.html", "sitemap.xml"]).compactMap { path in site.files[path].map { (path, $0.sha256) } }
            .sorted { $0.0 < $1.0 }
        outcome.checkedAt = verifyBase
        outcome.checked = checked.count
        outcome.differences = await LiveCheck(base: verifyBase).differences(checked)
        switch target.place {
        case .folder, .sftp:
            let folder = remote.path
            outcome.nginxExample = try write(NginxExample.text(target: target.name, baseURL: baseURL, folder: folder), to: NginxExample.fileName)
        case .s3:
            break
        }
        if outcome.differences.isEmpty, let share = ShareText(site: site, baseURL: baseURL).lines() {
            outcome.shareFile = try write(share.lines.map { $0 + "\n" }.joined(), to: "share.txt")
            outcome.share = share
            outcome.shareSent = plan.uploads.contains { $0.path.contains("/\(share.month)/") }
        }
        return outcome
    }

    static let manifestHeaders = ["Cache-Control: no-cache", "Content-Type: text/plain; charset=utf-8"]

    private func choose(_ name: String?, among targets: [PublishTarget]) throws(PublishFailure) -> PublishTarget {
        guard let first = targets.first else { throw .noTargets }
        guard let name else { return first }
        guard let target = targets.first(where: { $0.name == name }) else { throw .unknownTarget(name, targets.map(\.name)) }
        return target
    }

    /// A folder target must exist (an unmounted web root must not fill this disk) and lie apart from the site;
    /// an SSH key must be readable and kept apart from the site.
    private func refuseUnsafe(_ target: PublishTarget, _ remote: RcloneRemote) throws(PublishFailure) {
        let site = root.resolvingSymlinksInPath().path + "/"
        func inSite(_ path: String) -> Bool {
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path + "/"
            return resolved.hasPrefix(site) || site.hasPrefix(resolved)
        }
        switch target.place {
        case .folder:
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: remote.path, isDirectory: &isFolder), isFolder.boolValue else { throw .folderMissing(remote.path) }
            if inSite(remote.path) { throw .targetInSite(remote.path) }
        case .sftp:
            guard let key = remote.settings["key_file"] else { return }
            if URL(fileURLWithPath: key).resolvingSymlinksInPath().path.hasPrefix(site) { throw .keyFileProblem(key, inSite: true) }
            guard FileManager.default.isReadableFile(atPath: key) else { throw .keyFileProblem(key, inSite: false) }
        case .s3:
            break
        }
    }

    private func readManifest(_ rclone: Rclone, listed: Bool, place: String) async throws(PublishFailure) -> PublishManifest {
        guard listed else { return PublishManifest() }
        guard let manifest = PublishManifest(text: try await rclone.read(PublishManifest.fileName)) else { throw .foreignManifest(place) }
        return manifest
    }

    /// Writes a file beside the site (in the site root), unless it already holds `text`; its path.
    private func write(_ text: String, to name: String) throws(PublishFailure) -> String {
        let url = root.appendingPathComponent(name)
        if FileManager.default.contents(atPath: url.path) == Data(text.utf8) { return url.path }
        do { try Data(text.utf8).write(to: url, options: .atomic) } catch { throw .toolFailed(name, error.localizedDescription) }
        return url.path
    }

    /// A private folder for rclone's empty configuration, file lists and the manifest on its way up.
    private static func scratchFolder() throws(PublishFailure) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("noticeboard-publish-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .toolFailed("mkdir", "\(url.path): \(error.localizedDescription)")
        }
        return url
    }
}

import Foundation
import NoticeboardModel
import NoticeboardSupport
import NoticeboardValues

extension PublishTarget {
    static let folderKeys = ["name", "kind", "max_deletes", "path"]
    static let sftpKeys = ["name", "kind", "max_deletes", "host", "port", "user", "path", "key_file", "known_hosts"]
    static let s3Keys = ["name", "kind", "max_deletes", "endpoint", "bucket", "region", "prefix", "provider", "acl"]

    /// One item of `publish:`; its keys depend on its `kind`.
    package init?(_ m: MappingReader) {
        let name = m.required("name", .targetName)
        let kind = m.required("kind", .choice as ValueKind<Kind>)
        let place: Place?
        switch kind?.value {
        case .folder:
            m.expect(keys: Self.folderKeys)
            place = m.required("path", .text).map { .folder(path: $0.value) }
        case .sftp:
            m.expect(keys: Self.sftpKeys)
            let host = m.required("host", .text), user = m.required("user", .text), path = m.required("path", .text)
            let port = m.optional("port", .port)?.value ?? 22
            let keyFile = m.optional("key_file", .text)?.value, knownHosts = m.optional("known_hosts", .text)?.value
            place = host.flatMap { host in user.flatMap { user in path.map { path in
                .sftp(Server(host: host.value, port: port, user: user.value, path: path.value, keyFile: keyFile, knownHosts: knownHosts))
            } } }
        case .s3:
            m.expect(keys: Self.s3Keys)
            let endpoint = m.required("endpoint", .url), bucket = m.required("bucket", .text)
            let region = m.optional("region", .text)?.value
            let prefix = m.optional("prefix", .text)?.value.split(separator: "/").joined(separator: "/") ?? ""
            let provider = m.optional("provider", .choice as ValueKind<StorageProvider>)?.value
            let acl = m.optional("acl", .objectAccess)?.value
            place = endpoint.flatMap { endpoint in bucket.map { bucket in
                .s3(Bucket(endpoint: endpoint.value, bucket: bucket.value, region: region, prefix: prefix, provider: provider, acl: acl))
            } }
        case nil:
            place = nil
        }
        let maxDeletes = m.optional("max_deletes", .wholeNumber)?.value ?? Self.defaultMaxDeletes
        guard let name, let place else { return nil }
        self.init(name: name.value, place: place, maxDeletes: maxDeletes, location: m.location)
    }

    /// The targets of `content/site.yaml` under `root`, read as `check` reads them, with the site's
    /// `base_url`; diagnostics for anything wrong in the file.
    package static func read(root: URL) -> (targets: [PublishTarget], baseURL: String?, diagnostics: [Diagnostic]) {
        let file = ParsedFile.parse(path: "content/site.yaml", root: root.standardizedFileURL)
        guard case .site(let site)? = file.record else { return ([], nil, file.diagnostics) }
        return (site.publish, site.baseURL.value, file.diagnostics)
    }
}

extension ValueKind where Value == String {
    /// A target's name, given on the command line as `--target NAME`: letters, digits, `-` and `_`.
    static let targetName = ValueKind { key, text in
        let name = text.trimmedOfSpaces
        let ok = !name.isEmpty && name.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_") }
        return ok ? .success(name) : .failure(.wrongType(InputMessages.wrongType("\(key)", expected: .init(
            zh: "由英文字母、数字、- 和 _ 组成的名称（如 web）", en: "a name of ASCII letters, digits, - and _ (web)"))))
    }

    /// The access uploaded objects are given.
    static let objectAccess = ValueKind { key, text in
        let allowed = ["private", "public-read"]
        return allowed.contains(text) ? .success(text) : .failure(.wrongType(InputMessages.badChoice("\(key)", value: text, allowed: allowed)))
    }
}

extension ValueKind where Value == Int {
    /// A TCP port.
    static let port = ValueKind { key, text in
        guard let port = Int(text), (1...65535).contains(port) else {
            return .failure(.wrongType(InputMessages.wrongType("\(key)", expected: .init(zh: "1 到 65535 之间的端口号", en: "a port from 1 to 65535"))))
        }
        return .success(port)
    }
}

import NoticeboardValues

/// Where `noticeboard publish` sends the site (`publish:` in site.yaml): a web root on this computer, a
/// server reached over SFTP, or S3-compatible storage. It names places, never credentials.
package struct PublishTarget: Sendable {
    /// The kinds of place, as written under `kind:`.
    package enum Kind: String, LabeledChoice {
        case folder, sftp, s3
        package var label: String {
            switch self {
            case .folder: "文件夹"
            case .sftp: "服务器"
            case .s3: "对象存储"
            }
        }
    }

    /// A server reached over SFTP; the key comes from ssh-agent or `keyFile`, the host key is checked against `knownHosts`.
    package struct Server: Sendable {
        package let host: String
        package let port: Int
        package let user: String
        package let path: String
        package let keyFile: String?
        /// The known_hosts file; nil for `~/.ssh/known_hosts`.
        package let knownHosts: String?

        package init(host: String, port: Int, user: String, path: String, keyFile: String?, knownHosts: String?) {
            self.host = host
            self.port = port
            self.user = user
            self.path = path
            self.keyFile = keyFile
            self.knownHosts = knownHosts
        }
    }

    /// An S3-compatible bucket; the keys come from the environment or the files the system keeps them in.
    package struct Bucket: Sendable {
        package let endpoint: String
        package let bucket: String
        package let region: String?
        /// The folder of the bucket the site goes into, without slashes at its ends ("" for the bucket's root).
        package let prefix: String
        /// rclone's name of the provider; nil to tell it from the endpoint.
        package let provider: StorageProvider?
        /// The access the uploaded objects are given (`public-read`); nil for the bucket's own.
        package let acl: String?

        package init(endpoint: String, bucket: String, region: String?, prefix: String, provider: StorageProvider?, acl: String?) {
            self.endpoint = endpoint
            self.bucket = bucket
            self.region = region
            self.prefix = prefix
            self.provider = provider
            self.acl = acl
        }
    }

    package enum Place: Sendable {
        case folder(path: String)
        case sftp(Server)
        case s3(Bucket)
    }

    package let name: String
    package let place: Place
    /// How many files one publish may delete without `--allow-deletes`.
    package let maxDeletes: Int
    package let location: SourceLocation

    package init(name: String, place: Place, maxDeletes: Int, location: SourceLocation) {
        self.name = name
        self.place = place
        self.maxDeletes = maxDeletes
        self.location = location
    }

    package static let defaultMaxDeletes = 256
}

/// The S3-compatible services rclone knows by name, as written under `provider:`.
package enum StorageProvider: String, LabeledChoice {
    case alibaba = "Alibaba", tencent = "TencentCOS", huawei = "HuaweiOBS", qiniu = "Qiniu", minio = "Minio", aws = "AWS", other = "Other"
    package var label: String {
        switch self {
        case .alibaba: "阿里云 OSS"
        case .tencent: "腾讯云 COS"
        case .huawei: "华为云 OBS"
        case .qiniu: "七牛云 Kodo"
        case .minio: "MinIO"
        case .aws: "AWS S3"
        case .other: "其他 S3 兼容存储"
        }
    }
}

/// Where `noticeboard publish` sends the site (`publish:` in site.yaml): a web root on this computer, a
/// server reached over SFTP, or S3-compatible storage. It names places, never credentials.
public struct PublishTarget: Sendable {
    /// The kinds of place, as written under `kind:`.
    public enum Kind: String, LabeledChoice {
        case folder, sftp, s3
        public var label: String {
            switch self {
            case .folder: "文件夹"
            case .sftp: "服务器"
            case .s3: "对象存储"
            }
        }
    }

    /// A server reached over SFTP; the key comes from ssh-agent or `keyFile`, the host key is checked against `knownHosts`.
    public struct Server: Sendable {
        public let host: String
        public let port: Int
        public let user: String
        public let path: String
        public let keyFile: String?
        /// The known_hosts file; nil for `~/.ssh/known_hosts`.
        public let knownHosts: String?
    }

    /// An S3-compatible bucket; the keys come from the environment or the files the system keeps them in.
    public struct Bucket: Sendable {
        public let endpoint: String
        public let bucket: String
        public let region: String?
        /// The folder of the bucket the site goes into, without slashes at its ends ("" for the bucket's root).
        public let prefix: String
        /// rclone's name of the provider; nil to tell it from the endpoint.
        public let provider: StorageProvider?
        /// The access the uploaded objects are given (`public-read`); nil for the bucket's own.
        public let acl: String?
    }

    public enum Place: Sendable {
        case folder(path: String)
        case sftp(Server)
        case s3(Bucket)
    }

    public let name: String
    public let place: Place
    /// How many files one publish may delete without `--allow-deletes`.
    public let maxDeletes: Int
    public let location: SourceLocation

    public static let defaultMaxDeletes = 256
}

/// The S3-compatible services rclone knows by name, as written under `provider:`.
public enum StorageProvider: String, LabeledChoice {
    case alibaba = "Alibaba", tencent = "TencentCOS", huawei = "HuaweiOBS", qiniu = "Qiniu", minio = "Minio", aws = "AWS", other = "Other"
    public var label: String {
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

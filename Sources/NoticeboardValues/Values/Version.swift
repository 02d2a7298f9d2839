/// The tool's version, printed by `--version` and in the build's summary.
public enum NoticeboardVersion {
    public static let current = "0.14.0"
}

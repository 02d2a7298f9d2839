/// A failure that makes going on impossible at any step (a missing folder, an unreadable template,
/// an output that may not be replaced): exit status 2, with the path and the reason.
public struct InputOutputError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason)" }

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

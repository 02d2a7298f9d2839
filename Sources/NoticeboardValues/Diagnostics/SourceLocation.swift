/// A place in a record file: its path, line and column (from 1), as diagnostics print it.
///
/// Sixteen bytes: the community holds millions of these (every value a rule may blame), so the path is one
/// shared reference (`SourcePath`) rather than a string per value, and the line and column are 32-bit.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    private let path: SourcePath
    private let storedLine: Int32, storedColumn: Int32

    public var file: String { path.text }
    public var line: Int { Int(storedLine) }
    public var column: Int { Int(storedColumn) }

    /// A place in the file `path` names: what a reader of one file uses, so that its values share the path.
    public init(path: SourcePath, line: Int, column: Int) {
        self.path = path
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    public init(file: String, line: Int, column: Int) {
        self.init(path: SourcePath(file), line: line, column: column)
    }

    /// The file as a whole, for problems that have no better place.
    public static func file(_ path: String) -> SourceLocation { SourceLocation(file: path, line: 1, column: 1) }

    public static func == (a: SourceLocation, b: SourceLocation) -> Bool {
        a.storedLine == b.storedLine && a.storedColumn == b.storedColumn && (a.path === b.path || a.path.text == b.path.text)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path.text)
        hasher.combine(storedLine)
        hasher.combine(storedColumn)
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        if a.path !== b.path, a.path.text != b.path.text { return a.path.text < b.path.text }
        return (a.storedLine, a.storedColumn) < (b.storedLine, b.storedColumn)
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// A record file's path relative to the site root, made once per file and shared by every place in it.
public final class SourcePath: Sendable {
    public let text: String

    public init(_ text: String) { self.text = text }
}

/// A value together with the place it was written, for every value a rule may blame.
public struct Located<Value: Sendable>: Sendable {
    public let value: Value
    public let location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

/// Where a value sits in its document (`committee.members[3].party_member`), for messages.
/// Linked rather than formatted, because it is needed only when something is wrong.
final class FieldPath: Sendable, CustomStringConvertible {
    let parent: FieldPath?
    let key: String
    /// The position in a list, from 1.
    let index: Int?

    init(_ key: String, in parent: FieldPath? = nil, index: Int? = nil) {
        self.parent = parent
        self.key = key
        self.index = index
    }

    /// The document itself: its keys are named without a prefix.
    static let root = FieldPath("")

    func child(_ key: String) -> FieldPath { FieldPath(key, in: self) }
    func item(_ index: Int) -> FieldPath { FieldPath(key, in: parent, index: index) }

    var description: String {
        let own = index.map { "\(key)[\($0)]" } ?? key
        guard let parent, !parent.description.isEmpty else { return own }
        return "\(parent).\(own)"
    }
}

/// A field named by its mapping's path and its key, without making a path of its own: a value is read
/// thousands of times for each time its name is printed in a message.
struct FieldName: CustomStringConvertible {
    let parent: FieldPath
    /// Nil when the field is `parent` itself (an item of a list).
    let key: String?

    init(_ key: String, in parent: FieldPath) {
        self.parent = parent
        self.key = key
    }

    init(_ path: FieldPath) {
        parent = path
        key = nil
    }

    var description: String { key.map { parent.child($0).description } ?? parent.description }
}

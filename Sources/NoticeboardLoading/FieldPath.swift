import NoticeboardValues

/// Where a value sits in its document (`committee.members[3].party_member`), for messages.
/// Linked rather than formatted, because it is needed only when something is wrong.
package final class FieldPath: Sendable, CustomStringConvertible {
    package let parent: FieldPath?
    package let key: String
    /// The position in a list, from 1.
    package let index: Int?

    package init(_ key: String, in parent: FieldPath? = nil, index: Int? = nil) {
        self.parent = parent
        self.key = key
        self.index = index
    }

    /// The document itself: its keys are named without a prefix.
    package static let root = FieldPath("")

    package func child(_ key: String) -> FieldPath { FieldPath(key, in: self) }
    package func item(_ index: Int) -> FieldPath { FieldPath(key, in: parent, index: index) }

    package var description: String {
        let own = index.map { "\(key)[\($0)]" } ?? key
        guard let parent, !parent.description.isEmpty else { return own }
        return "\(parent).\(own)"
    }
}

/// A field named by its mapping's path and its key, without making a path of its own: a value is read
/// thousands of times for each time its name is printed in a message.
package struct FieldName: CustomStringConvertible {
    package let parent: FieldPath
    /// Nil when the field is `parent` itself (an item of a list).
    package let key: String?

    package init(_ key: String, in parent: FieldPath) {
        self.parent = parent
        self.key = key
    }

    package init(_ path: FieldPath) {
        parent = path
        key = nil
    }

    package var description: String { key.map { parent.child($0).description } ?? parent.description }
}

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

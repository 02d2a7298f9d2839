import NoticeboardValues

/// A posted month's statement as it was sealed: its digest and how many corrections it had then.
/// Changing a sealed month needs a new entry in its `corrections` (INT-001).
package struct Seal: Sendable {
    package static let fileName = "sealed.yaml"

    package let month: Located<Month>
    /// SHA-256 of the statement's canonical form when it was sealed.
    package let digest: String
    package let corrections: Int

    package init(month: Located<Month>, digest: String, corrections: Int) {
        self.month = month
        self.digest = digest
        self.corrections = corrections
    }
}

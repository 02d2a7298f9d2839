/// A posted month's statement as it was sealed: its digest and how many corrections it had then.
/// Changing a sealed month needs a new entry in its `corrections` (INT-001).
struct Seal: Sendable {
    static let fileName = "sealed.yaml"

    let month: Located<Month>
    /// SHA-256 of the statement's canonical form when it was sealed.
    let digest: String
    let corrections: Int
}

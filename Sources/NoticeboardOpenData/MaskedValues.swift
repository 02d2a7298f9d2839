import NoticeboardPrivacy

/// A record's texts masked as the pages mask them, noting by name each value the mask changed: a value of the
/// canonical form that is published masked cannot be recomputed from the data (`masked` of a statement's data).
struct MaskedValues {
    let mask: PublicationMask
    private(set) var names: [String] = []

    init(_ mask: PublicationMask) { self.mask = mask }

    mutating func callAsFunction(_ text: String?, _ name: @autoclosure () -> String) -> String? {
        guard let text else { return nil }
        let shown = mask.text(text)
        if shown != text { names.append(name()) }
        return shown
    }

    mutating func callAsFunction(_ text: String, _ name: @autoclosure () -> String) -> String {
        let shown = mask.text(text)
        if shown != text { names.append(name()) }
        return shown
    }
}

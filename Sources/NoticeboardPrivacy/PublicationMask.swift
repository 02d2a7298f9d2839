/// The privacy policy at the publishing boundary, one for every format the site writes (pages, the sitemap,
/// the stylesheet, data files): every identity-card number is masked, and every mobile or bank card number
/// but those the records chose to publish (`published`, their digits).
package struct PublicationMask: Sendable {
    /// Digits of the numbers shown in full: committee members' public phones, the compounds' declared accounts.
    package let published: Set<String>

    package init(publishing published: Set<String>) { self.published = published }

    /// A value's text, masked before it reaches a template, so that the text a template puts around it cannot
    /// hide a number from the mask.
    package func text(_ text: String) -> String { PersonalNumbers.masked(text, except: published) }

    /// A file's bytes as a reader or a machine reads them, masked; nil when nothing needed masking. The ranges
    /// in `markup` are the program's own (QR codes, charts, sheets masked when they were rendered) and are
    /// passed over: each stands between the text around it as a break.
    package func bytes(_ bytes: [UInt8], passingOver markup: [Range<Int>] = []) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { all in
            guard !markup.isEmpty else { return PersonalNumbers.masked(all, except: published) }
            var result: [UInt8]?
            var start = 0
            for range in markup + [all.count..<all.count] {
                let segment = UnsafeBufferPointer(rebasing: all[start..<range.lowerBound])
                if let masked = PersonalNumbers.masked(segment, except: published) {
                    if result == nil { result = Array(all[..<start]) }
                    result?.append(contentsOf: masked)
                } else {
                    result?.append(contentsOf: segment)
                }
                result?.append(contentsOf: all[range])
                start = range.upperBound
            }
            return result
        }
    }
}

import Foundation

/// What a person's name, a payee, a voucher number or any other written text is to the rules that compare
/// it: two spellings a reader cannot tell apart have one key. Pages and messages keep showing what was written.
///
/// The key is the text
/// - in Unicode NFKC (full-width `Ｖ００１` is `v001`, `Ⅱ` is `ii`, the ideographic and no-break spaces are spaces),
/// - without format characters (general category Cf: zero-width spaces and joiners, U+2060, the soft hyphen,
///   bidi controls, the BOM) nor other default-ignorable code points (variation selectors, Hangul fillers),
/// - in lower case: a voucher number is copied by hand from a paper slip, where `a-01` and `A-01` are one slip,
///   and a payee `ABC维修部` is `abc维修部`; two vouchers kept apart by case alone would be the mistake,
/// - with every run of white space one ASCII space, none at either end, and none between two Chinese
///   characters: a two-character name is padded to three (`张　三`, `王 五`) in many lists, and it is one person.
package struct ComparisonKey: Hashable, Comparable, Sendable {
    /// The key's own text: for `holds`-style searches of one key in another, not for showing.
    package let text: String

    package init(_ written: String) {
        switch Self.work(for: written) {
        case .none: text = written
        case .asciiOnly: text = Self.foldingASCII(written)
        case .full: text = Self.canonical(written)
        }
    }

    package static func < (a: ComparisonKey, b: ComparisonKey) -> Bool { a.text < b.text }

    /// How much of the work a text needs. Nearly every value is its own key (`none`: ASCII without capitals,
    /// Chinese without look-alikes, no copy made) or needs only its ASCII capitals lowered and its ASCII white
    /// space collapsed (`asciiOnly`: voucher numbers such as `Z-2026-10-01`); Foundation's NFKC is for the rest.
    private enum Work { case none, asciiOnly, full }

    private static func work(for text: String) -> Work {
        var work = Work.none
        var previous: Unicode.Scalar? = nil
        var afterSpace = false
        for scalar in text.unicodeScalars {
            defer {
                previous = scalar
                afterSpace = scalar == " " || (0x09...0x0D).contains(scalar.value)
            }
            switch scalar.value {
            case 0x41...0x5A, 0x09...0x0D: work = .asciiOnly
            case 0x20 where previous == nil || afterSpace: work = .asciiOnly
            case 0..<0x80: continue
            // CJK Unified Ideographs and Extension A: no compatibility mapping, no case, nothing invisible.
            case 0x3400...0x4DBF, 0x4E00...0x9FFF: if afterSpace { return .full }
            default:
                if needsFullPath(scalar, afterSpace: afterSpace) { return .full }
            }
        }
        return afterSpace ? .asciiOnly : work
    }

    /// Whether a scalar other than ASCII and the common Chinese characters changes under NFKC, case folding or
    /// the dropping of default-ignorable characters (`changesWhenNFKCCaseFolded`), is white space, a format
    /// character, a mark or a Hangul jamo (which NFKC composes), or is a Chinese character after a space.
    private static func needsFullPath(_ scalar: Unicode.Scalar, afterSpace: Bool) -> Bool {
        let properties = scalar.properties
        if properties.changesWhenNFKCCaseFolded || properties.isWhitespace || (0x1100...0x11FF).contains(scalar.value) { return true }
        switch properties.generalCategory {
        case .format, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return afterSpace && properties.isIdeographic
        }
    }

    /// ASCII capitals lowered, runs of ASCII white space one space, none at either end; every other byte kept.
    private static func foldingASCII(_ text: String) -> String {
        let utf8 = text.utf8
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0, pendingSpace = false
            for byte in utf8 {
                switch byte {
                case 0x09...0x0D, 0x20:
                    pendingSpace = count > 0
                default:
                    if pendingSpace {
                        buffer[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    buffer[count] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                    count += 1
                }
            }
            return count
        }
    }

    /// The full path: NFKC (Foundation's ICU), format and default-ignorable characters out, lower case,
    /// NFKC once more (dropping an invisible character or lowering a letter can leave a letter and its accent
    /// apart), white space collapsed. What every text's key is; the initializer takes the shorter ways when
    /// they give the same.
    package static func canonical(_ written: String) -> String {
        let visible = written.precomposedStringWithCompatibilityMapping.unicodeScalars.filter { scalar in
            scalar.properties.generalCategory != .format && !scalar.properties.isDefaultIgnorableCodePoint
        }
        var kept = String.UnicodeScalarView()
        var pendingSpace = false
        var lastKept: Unicode.Scalar? = nil
        for scalar in String(String.UnicodeScalarView(visible)).lowercased().precomposedStringWithCompatibilityMapping.unicodeScalars {
            let properties = scalar.properties
            if properties.isWhitespace {
                pendingSpace = lastKept != nil
                continue
            }
            if pendingSpace && !(properties.isIdeographic && lastKept?.properties.isIdeographic == true) { kept.append(" ") }
            pendingSpace = false
            kept.append(scalar)
            lastKept = scalar
        }
        return String(kept)
    }
}

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
struct ComparisonKey: Hashable, Comparable, Sendable {
    /// The key's own text: for `holds`-style searches of one key in another, not for showing.
    let text: String

    init(_ written: String) {
        text = Self.needsWork(written) ? Self.canonical(written) : written
    }

    static func < (a: ComparisonKey, b: ComparisonKey) -> Bool { a.text < b.text }

    /// Whether any scalar would change: nearly every value is ASCII without capitals or Chinese without
    /// look-alikes, and is its own key, with no copy. (`changesWhenNFKCCaseFolded` covers NFKC, case and the
    /// default-ignorable code points; marks and Hangul jamo are left to the full path, which composes them.)
    private static func needsWork(_ text: String) -> Bool {
        var previous: Unicode.Scalar? = nil
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar.isASCII {
                switch scalar.value {
                case 0x41...0x5A, 0x09...0x0D: return true
                case 0x20 where previous == nil || previous == " ": return true
                default: continue
                }
            }
            let properties = scalar.properties
            if properties.changesWhenNFKCCaseFolded || properties.isWhitespace || (0x1100...0x11FF).contains(scalar.value) { return true }
            switch properties.generalCategory {
            case .format, .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: break
            }
            if previous == " " && properties.isIdeographic { return true }
        }
        return previous == " "
    }

    /// The full path: NFKC (Foundation's ICU), format and default-ignorable characters out, lower case,
    /// NFKC once more (dropping an invisible character or lowering a letter can leave a letter and its accent
    /// apart), white space collapsed. What every text's key is; the initializer skips it when nothing would change.
    static func canonical(_ written: String) -> String {
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

/// Finding and masking personal numbers (identity cards, mobiles, bank cards) in every spelling a reader would
/// still read as one: `13812345678`, `138-1234-5678`, `138.1234.5678`, `+86 138…`, full-width `１３８…`, split by
/// invisible characters, Markdown marks (`138**1234**5678`), inline tags, character references, percent escapes
/// in a link, or a line break in a paragraph. What the other layers use, in three parts:
///
/// - the number rules, `NumberShapes`: what in a reading is an identity card, a mobile or a bank card (groups of
///   digits, prefixes, the GB 11643 and Luhn check characters);
/// - the scanner, `NumberScanner`: `CandidateSpans` on the bytes, then `ReaderText` reading each span as a reader does;
/// - the page mask, `PageMask`: published text and bytes with every number but the published ones masked.
package enum PersonalNumbers {
    /// Every personal number in a record's text, where it was written.
    package static func find(in text: String, file: String) -> [PersonalNumber] { NumberScanner.find(in: text, file: file) }

    /// `text` with every personal number masked in the writer's spelling but the mobiles and accounts in `published`.
    package static func masked(_ text: String, except published: Set<String>) -> String { PageMask.masked(text, except: published) }

    /// A finished page or file masked as `masked(_:except:)`; nil when nothing needed masking.
    package static func masked(_ bytes: UnsafeBufferPointer<UInt8>, except published: Set<String>) -> [UInt8]? {
        PageMask.masked(bytes, except: published)
    }

    /// A number as written, masked: `139****5678`, `139-****-5678`.
    package static func mask(_ written: String) -> String { PageMask.mask(written) }

    /// The 11 digits of the mobile number `text` holds, however it is written.
    package static func mobileDigits(_ text: String) -> String? {
        NumberScanner.numbers(inShort: text).first { $0.kind == .mobile }?.digits
    }

    /// The digits of the bank card or account number `text` holds, however it is written.
    package static func cardDigits(_ text: String) -> String? {
        NumberScanner.numbers(inShort: text).first { $0.kind == .bankCard }?.digits
    }
}

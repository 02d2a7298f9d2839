#if canImport(Glibc)
import Glibc
#endif

extension String {
    /// Without leading and trailing spaces and tabs; the string itself (no copy) when it has none,
    /// which is nearly always: this runs for every value of every record.
    package var trimmedOfSpaces: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 { return self }
        return String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

extension String {
    /// Whether `text` occurs in this one, compared byte by byte (`memchr` for its first byte, then `memcmp`):
    /// Foundation's `contains` goes through NSString with locale-aware folding, which for every record of a
    /// city costs seconds.
    package func holds(_ text: String) -> Bool {
        guard !text.isEmpty else { return true }
        var haystack = self, needle = text
        return haystack.withUTF8 { (h: UnsafeBufferPointer<UInt8>) -> Bool in
            needle.withUTF8 { (n: UnsafeBufferPointer<UInt8>) -> Bool in
                guard h.count >= n.count, var start = h.baseAddress, let wanted = n.baseAddress else { return false }
                var remaining = h.count
                while remaining >= n.count, let hit = memchr(start, Int32(wanted.pointee), remaining - n.count + 1) {
                    let at = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(at, wanted, n.count) == 0 { return true }
                    remaining -= at - start + 1
                    start = at + 1
                }
                return false
            }
        }
    }

    /// Empty or only blanks (`trimmingBlanks`): decided at the first scalar that is not a space or a tab,
    /// which for nearly every value is the first one.
    package var isBlank: Bool {
        for scalar in unicodeScalars where scalar != " " && scalar != "\t" {
            // The space separators (Unicode's Zs), spelt out: looking up the category of every value's first scalar costs.
            switch scalar.value {
            case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: continue
            default: return false
            }
        }
        return true
    }

    /// Whether the UTF-8 bytes hold `byte`, searched in the string's own buffer (`utf8.contains` goes
    /// through the view's generic iterator, a good part of reading a record).
    package func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { bytes in bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false }
    }
}

extension StringProtocol {
    /// Without leading and trailing blanks: tabs and spaces of any width (the full-width 　 too: what
    /// Foundation's `.whitespaces` holds, but for the zero-width space, which Foundation on Linux counts too),
    /// and line breaks as well when `lineBreaks` is true. A character is a blank when all its scalars are.
    /// Foundation's `trimmingCharacters(in:)` goes through NSString, which for every value of a city's
    /// records costs seconds.
    package func trimmingBlanks(lineBreaks: Bool = false) -> SubSequence {
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.properties.generalCategory {
            case .spaceSeparator: true
            case .lineSeparator, .paragraphSeparator: lineBreaks
            default: scalar == "\t" || (lineBreaks && ("\n"..."\r" ~= scalar || scalar == "\u{85}"))
            }
        }
        func isBlank(_ character: Character) -> Bool { character.unicodeScalars.allSatisfy(isBlank) }
        // Nearly every value has nothing to trim: when its first and last scalars are not blank, neither
        // are its first and last characters. Printable ASCII at both ends says so without looking up a category.
        if let first = unicodeScalars.first, let last = unicodeScalars.last,
           first.value &- 0x21 < 0x5E && last.value &- 0x21 < 0x5E || !isBlank(first) && !isBlank(last) { return self[...] }
        guard let start = firstIndex(where: { !isBlank($0) }), let end = lastIndex(where: { !isBlank($0) }) else {
            return self[endIndex...]
        }
        return self[start...end]
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The first eight bytes in one word, the first in the lowest (zero-padded when there are fewer): two texts
    /// that differ nearly always differ in their lengths or there, so comparing them is comparing two words.
    package var firstEightBytes: UInt64 {
        var word: UInt64 = 0
        for i in 0..<Swift.min(8, count) { word |= UInt64(self[i]) << (8 * i) }
        return word
    }

    /// Whether the `count` bytes from `offset` are those of `other` from `otherOffset` (`memcmp`).
    package func sameBytes(at offset: Int, as other: UnsafeBufferPointer<UInt8>, at otherOffset: Int, count: Int) -> Bool {
        precondition(offset >= 0 && otherOffset >= 0 && offset + count <= self.count && otherOffset + count <= other.count)
        return count == 0 || memcmp(baseAddress! + offset, other.baseAddress! + otherOffset, count) == 0
    }
}

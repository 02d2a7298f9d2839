/// A number that identifies a person, found in a record's text.
public struct PersonalNumber: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// 居民身份证号码: 17 digits and a check character (GB 11643).
        case identityCard
        /// A mainland mobile number: 11 digits starting 13–19.
        case mobile
    }

    public let kind: Kind
    public let text: String
    public let location: SourceLocation
}

/// Finds and masks personal numbers. Columns count Unicode scalars, as Yams' marks do.
enum PersonalNumbers {
    static func find(in text: String, file: String) -> [PersonalNumber] {
        var found: [PersonalNumber] = []
        // Most records hold no run of 11 digits: one pass over the bytes decides.
        guard text.utf8.withContiguousStorageIfAvailable({ Self.hasLongDigitRun($0) }) ?? true else { return [] }
        var line = 1
        for lineText in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for (column, run) in digitRuns(Array(lineText.unicodeScalars)) {
                let kind: PersonalNumber.Kind? = isIdentityCard(run) ? .identityCard : isMobile(run) ? .mobile : nil
                if let kind {
                    found.append(PersonalNumber(kind: kind, text: String(String.UnicodeScalarView(run)),
                                                location: SourceLocation(file: file, line: line, column: column)))
                }
            }
            line += 1
        }
        return found
    }

    /// Whether the bytes hold 11 ASCII digits in a row, the shortest personal number.
    static func hasLongDigitRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                run += 1
                if run >= 11 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    /// `139****5678`.
    static func mask(_ mobile: String) -> String { String(mobile.prefix(3)) + "****" + String(mobile.suffix(4)) }

    /// Every mobile number in `text` masked, except those in `published`. Runs on the UTF-8 bytes: ASCII digits
    /// and letters never occur inside a multi-byte character, and a rendered page is scanned whole.
    static func maskMobiles(in text: String, except published: Set<String>) -> String {
        var text = text
        let masked: [UInt8]? = text.withUTF8 { bytes in
            var output: [UInt8] = []
            var copied = 0
            var i = 0
            while i < bytes.count {
                guard isDigit(bytes[i]) else { i += 1; continue }
                let start = i
                while i < bytes.count && isDigit(bytes[i]) { i += 1 }
                guard isMobile(digits: i - start, first: UInt32(bytes[start]), second: UInt32(bytes[min(start + 1, i - 1)])),
                      start == 0 || !isASCIILetter(bytes[start - 1]),
                      i == bytes.count || !isASCIILetter(bytes[i]) else { continue }
                let number = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                guard !published.contains(number) else { continue }
                output.append(contentsOf: bytes[copied..<start])
                output.append(contentsOf: mask(number).utf8)
                copied = i
            }
            guard copied > 0 else { return nil }
            output.append(contentsOf: bytes[copied...])
            return output
        }
        return masked.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// Runs of ASCII digits (with a trailing X for identity cards), not touching other letters or digits,
    /// each with its 1-based column.
    private static func digitRuns(_ scalars: [Unicode.Scalar]) -> [(Int, ArraySlice<Unicode.Scalar>)] {
        var runs: [(Int, ArraySlice<Unicode.Scalar>)] = []
        var i = 0
        while i < scalars.count {
            guard isDigit(scalars[i]) else { i += 1; continue }
            let start = i
            while i < scalars.count && isDigit(scalars[i]) { i += 1 }
            if i < scalars.count && (scalars[i] == "X" || scalars[i] == "x") && i - start == 17 { i += 1 }
            let before = start > 0 ? scalars[start - 1] : " "
            let after = i < scalars.count ? scalars[i] : " "
            if !isASCIILetter(before) && !isASCIILetter(after) && !isDigit(after) {
                runs.append((start + 1, scalars[start..<i]))
            }
        }
        return runs
    }

    static func isMobile(_ run: ArraySlice<Unicode.Scalar>) -> Bool {
        isMobile(digits: run.count, first: run.first?.value ?? 0, second: run.dropFirst().first?.value ?? 0)
    }

    /// The mainland mobile rule, on a run of digits: 11 of them, starting 13–19 (ASCII values).
    private static func isMobile(digits: Int, first: UInt32, second: UInt32) -> Bool {
        digits == 11 && first == 0x31 && (0x33...0x39).contains(second)
    }

    /// 18 characters whose last is the ISO 7064 MOD 11-2 check character of the first 17.
    static func isIdentityCard(_ run: ArraySlice<Unicode.Scalar>) -> Bool {
        guard run.count == 18 else { return false }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let digits = run.prefix(17).map { Int($0.value) - 48 }
        guard digits.allSatisfy({ (0...9).contains($0) }) else { return false }
        let sum = zip(digits, weights).map(*).reduce(0, +)
        let check = Array("10X98765432".unicodeScalars)[sum % 11]
        let last = run[run.startIndex + 17]
        return last == check || (check == "X" && last == "x")
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
    private static func isASCIILetter(_ b: UInt8) -> Bool { isASCIILetter(Unicode.Scalar(b)) }
    private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
}

extension String {
    /// Without leading and trailing spaces and tabs; the string itself (no copy) when it has none,
    /// which is nearly always: this runs for every value of every record.
    var trimmedOfSpaces: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 { return self }
        return String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

extension StringProtocol {
    /// Without leading and trailing blanks: tabs and spaces of any width (the full-width 　 too: what
    /// Foundation's `.whitespaces` holds), and line breaks as well when `lineBreaks` is true.
    /// Foundation's `trimmingCharacters(in:)` goes through NSString, which for every value of a city's
    /// records costs seconds.
    func trimmingBlanks(lineBreaks: Bool = false) -> SubSequence {
        func isBlank(_ character: Character) -> Bool {
            character.unicodeScalars.allSatisfy { scalar in
                switch scalar.properties.generalCategory {
                case .spaceSeparator: true
                case .lineSeparator, .paragraphSeparator: lineBreaks
                default: scalar == "\t" || (lineBreaks && ("\n"..."\r" ~= scalar || scalar == "\u{85}"))
                }
            }
        }
        guard let start = firstIndex(where: { !isBlank($0) }), let end = lastIndex(where: { !isBlank($0) }) else {
            return self[endIndex...]
        }
        return self[start...end]
    }
}

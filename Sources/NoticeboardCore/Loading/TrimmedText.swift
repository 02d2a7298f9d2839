extension String {
    /// Without leading and trailing spaces and tabs; the string itself (no copy) when it has none,
    /// which is nearly always: this runs for every value of every record.
    var trimmedOfSpaces: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 { return self }
        return String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

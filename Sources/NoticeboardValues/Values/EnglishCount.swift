/// Counts in English messages: `1 draft`, `2 drafts`. The Chinese messages need no plural.
public enum English {
    /// `count` and `noun`, the noun in the plural (`plural`, or the noun and `s`) unless the count is one.
    public static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
    }
}

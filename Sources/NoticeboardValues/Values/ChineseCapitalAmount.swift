extension Money {
    /// The amount in capital numerals, as Chinese financial notices write it: `壹万贰仟元整`,
    /// `贰万零肆佰叁拾陆元柒角整`, `壹仟元零伍分`.
    public var chineseCapital: String {
        let digits = Array("零壹贰叁肆伍陆柒捌玖")
        let magnitude = fen.magnitude
        let yuan = magnitude / 100, jiao = Int(magnitude / 10 % 10), fenDigit = Int(magnitude % 10)
        var text = fen < 0 ? "负" : ""
        if yuan > 0 {
            text += Self.capitalInteger(yuan, digits) + "元"
        }
        switch (jiao, fenDigit) {
        case (0, 0): text += yuan > 0 ? "整" : "零元整"
        case (_, 0): text += "\(digits[jiao])角整"
        case (0, _): text += (yuan > 0 ? "零" : "") + "\(digits[fenDigit])分"
        default: text += "\(digits[jiao])角\(digits[fenDigit])分"
        }
        return text
    }

    /// A whole number of yuan in groups of four digits (万, 亿), with one 零 for each run of zeros between digits.
    private static func capitalInteger(_ value: UInt64, _ digits: [Character]) -> String {
        let places = ["", "拾", "佰", "仟"], groups = ["", "万", "亿", "万亿"]
        var parts: [UInt64] = []
        var rest = value
        while rest > 0 {
            parts.append(rest % 10_000)
            rest /= 10_000
        }
        var text = "", pendingZero = false
        for index in parts.indices.reversed() {
            let group = parts[index]
            guard group > 0 else {
                pendingZero = !text.isEmpty
                continue
            }
            if !text.isEmpty && (pendingZero || group < 1000) { text += "零" }
            pendingZero = false
            var groupText = "", zero = false
            for place in (0..<4).reversed() {
                let digit = Int(group / UInt64([1, 10, 100, 1000][place]) % 10)
                if digit == 0 {
                    zero = !groupText.isEmpty
                } else {
                    if zero { groupText += "零" }
                    zero = false
                    groupText += "\(digits[digit])\(places[place])"
                }
            }
            text += groupText + groups[index]
        }
        return text
    }
}

/// A whole number's decimal digits written straight into bytes, as `String(number)` spells them, without making
/// the String: the open data writes millions of numbers.
enum DecimalDigits {
    static func append(_ number: Int64, to out: inout [UInt8]) {
        append(number.magnitude, negative: number < 0, to: &out)
    }

    static func append(_ magnitude: UInt64, negative: Bool = false, to out: inout [UInt8]) {
        if negative { out.append(UInt8(ascii: "-")) }
        var divisor: UInt64 = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
            divisor /= 10
        }
    }
}

import NoticeboardModel
import NoticeboardValues

extension Seal {
    /// `2026-10: {digest: <64 hex digits>, corrections: 0}`, one line per sealed month.
    package static func read(_ m: MappingReader) -> [Seal] {
        m.entries.compactMap { key, value in
            guard let month = Month(parsing: key.value) else {
                m.reader.report(.in003, at: key.location, InputMessages.malformed("month", value: key.value, expected: .init(
                    zh: "月份 YYYY-MM（如 2026-11）", en: "a month YYYY-MM (2026-11)")))
                return nil
            }
            guard let fields = m.mapping(value, key: FieldPath(key.value)) else { return nil }
            fields.expect(keys: ["digest", "corrections"])
            let digest = fields.required("digest", .digest)
            let corrections = fields.required("corrections", .wholeNumber)
            guard let digest, let corrections else { return nil }
            return Seal(month: Located(month, at: key.location), digest: digest.value, corrections: corrections.value)
        }
    }
}

extension ValueKind where Value == String {
    /// 64 lowercase hexadecimal digits, as `noticeboard seal` writes them.
    package static let digest = ValueKind { key, text in
        text.count == 64 && text.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) ? .success(text)
            : .failure(.wrongType(InputMessages.wrongType("\(key)", expected: .init(zh: "64 位十六进制指纹（由 noticeboard seal 写入）", en: "a 64-digit hex digest, as noticeboard seal writes it"))))
    }
}

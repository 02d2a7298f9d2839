/// A number that identifies a person, found in a record's text.
struct PersonalNumber: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// 居民身份证号码: 17 digits and a check character (GB 11643).
        case identityCard
        /// A mainland mobile number: 11 digits starting 13–19.
        case mobile
        /// A bank card or account number: 13 to 19 digits whose last is their Luhn check digit.
        case bankCard
    }

    let kind: Kind
    /// As written (`138-1234-5678`), invisible characters and markup included.
    let text: String
    /// Its ASCII digits: the 11 of a mobile, the 18 characters of an identity card, the 13–19 of a card.
    let digits: String
    let location: SourceLocation
}

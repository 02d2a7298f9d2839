import NoticeboardValues

/// A number that identifies a person, found in a record's text.
package struct PersonalNumber: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        /// 居民身份证号码: 17 digits and a check character (GB 11643).
        case identityCard
        /// A mainland mobile number: 11 digits starting 13–19.
        case mobile
        /// A bank card or account number: 13 to 19 digits whose last is their Luhn check digit.
        case bankCard
    }

    package let kind: Kind
    /// As written (`138-1234-5678`), invisible characters and markup included.
    package let text: String
    /// Its ASCII digits: the 11 of a mobile, the 18 characters of an identity card, the 13–19 of a card.
    package let digits: String
    package let location: SourceLocation
}

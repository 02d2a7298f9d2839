import Testing
@testable import NoticeboardOpenData
@testable import NoticeboardPrivacy

/// The digests the tool writes pass the publishing guard unmasked; a record's number beside them does not.
@Suite struct ToolMadeDigestTests {
    /// `173881414209947352` inside this digest is shaped like an identity-card number (a valid check digit):
    /// the guard masks such a run whatever stands around it. Seen in a 200-compound fixture's package.
    static let digest = "2aa173881414209947352eb8c9898044dc79589a598d364a381abc9adb861fa7"

    @Test func aDigestIsSetAsideAndPutBackAndTheRestIsStillMasked() {
        let json = "{\"hash\" : \"sha256:\(Self.digest)\", \"digest\" : \"\(Self.digest)\", \"payee\" : \"张 13912345678\"}"
        let plain = Array(json.utf8)
        let masked = plain.withUnsafeBufferPointer { PersonalNumbers.masked($0, except: []) } ?? plain
        #expect(!String(decoding: masked, as: UTF8.self).contains(Self.digest), "the guard alone breaks the digest")
        var aside = plain
        let digests = ToolMadeDigests.setAside(&aside)
        #expect(digests.count == 2 && !String(decoding: aside, as: UTF8.self).contains(Self.digest))
        var guarded = aside.withUnsafeBufferPointer { PersonalNumbers.masked($0, except: []) } ?? aside
        ToolMadeDigests.restore(&guarded, digests)
        let published = String(decoding: guarded, as: UTF8.self)
        #expect(published == json.replacingOccurrences(of: "13912345678", with: "139****5678"))
    }
}

import Testing
@testable import NoticeboardModel
@testable import NoticeboardRendering

/// A page key is held as two numbers and a page's reads as bits (a city's build holds some 120,000 of each):
/// each must be what its text form was, which the page index keeps.
@Suite struct PageKeyTests {
    /// A key is the first 16 bytes of its digest, spelt as 32 lowercase hexadecimal digits, and read back from them.
    @Test func aPageKeyIsItsDigestsFirstSixteenBytes() {
        for seed in 0..<300 {
            let digest = SHA256.hash(Array("page \(seed)".utf8))
            let key = PageKey(digest: digest)
            #expect(key.hex == digest.prefix(16).hexDigits)
            #expect(PageKey(hex: key.hex) == key)
            #expect(PageKey(data: Array("page \(seed)".utf8)) == key)
        }
        let keys = (0..<300).map { PageKey(digest: SHA256.hash(Array("page \($0)".utf8))) }
        #expect(Set(keys).count == 300)
        let good = keys[0].hex
        for bad in ["", String(good.dropLast()), good + "0", good.uppercased(), "g" + good.dropFirst(), " " + good.dropFirst(), "-"] {
            #expect(PageKey(hex: bad) == nil, "\(bad.debugDescription)")
        }
    }

    /// Every set of reads is recorded as its names in the catalogue's order and read back the same.
    @Test func everySetOfReadsIsRecordedAndReadBack() {
        let all = RecordReads.Read.allCases
        for bits in 0..<(1 << all.count) {
            let chosen = all.indices.filter { bits & (1 << $0) != 0 }.map { all[$0] }
            var reads = RecordReads()
            for read in chosen.reversed() { reads.note(read) }
            #expect(all.filter(reads.contains) == chosen)
            #expect(reads.recorded == chosen.map(\.rawValue).joined(separator: ","))
            #expect(RecordReads(recorded: reads.recorded) == reads)
            #expect(reads == RecordReads(chosen))
        }
        #expect(RecordReads(recorded: "site,unknown") == nil, "a read this version does not know")
    }
}

import Testing
@testable import NoticeboardLoading
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardFixture
@testable import NoticeboardPreview

/// The gate's reading of a request's head as its bytes arrive, on seeded requests of every shape.
@Suite struct RequestHeadTests {
    static let limits = RequestLimits()

    /// A request head of `lineLength` bytes of request line and `fields` header lines, with CR LF or bare LF ends.
    static func head(method: String, lineLength: Int, fields: Int, crlf: Bool, using random: inout SeededRandom) -> (line: [UInt8], head: [UInt8]) {
        let end: [UInt8] = crlf ? [13, 10] : [10]
        let prefix = Array("\(method) /".utf8), suffix = Array(" HTTP/1.1".utf8)
        let path = (0..<max(0, lineLength - prefix.count - suffix.count)).map { _ in UInt8.random(in: 0x61...0x7A, using: &random) }
        let line = prefix + path + suffix
        var head = line + end
        for index in 0..<fields {
            head += Array("X-\(index): ".utf8)
            head += [UInt8](repeating: UInt8(ascii: "v"), count: Int.random(in: 0..<80, using: &random))
            head += end
        }
        return (line, head + end)
    }

    @Test func aWholeHeadIsCompleteAndEveryPrefixOfItIsIncomplete() {
        var random = SeededRandom(7_101)
        for _ in 0..<60 {
            let (line, head) = Self.head(method: Bool.random(using: &random) ? "GET" : "HEAD", lineLength: Int.random(in: 16...Self.limits.requestLine, using: &random),
                                         fields: Int.random(in: 0..<30, using: &random), crlf: Bool.random(using: &random), using: &random)
            #expect(RequestHead(head, limits: Self.limits) == .complete(requestLine: line))
            #expect(RequestHead(head + Array("body".utf8), limits: Self.limits) == .complete(requestLine: line), "bytes after the head are not read")
            for cut in (0..<5).map({ _ in Int.random(in: 0..<head.count, using: &random) }) + [head.count - 1] {
                #expect(RequestHead(Array(head[..<cut]), limits: Self.limits) == .incomplete, "cut at \(cut) of \(head.count)")
            }
        }
    }

    @Test func aRequestLineOverTheLimitIs414WholeOrNot() {
        var random = SeededRandom(7_102)
        let limit = Self.limits.requestLine
        #expect(RequestHead(Self.head(method: "GET", lineLength: limit, fields: 0, crlf: true, using: &random).head, limits: Self.limits) != .refused(.uriTooLong))
        for _ in 0..<40 {
            let (_, head) = Self.head(method: "GET", lineLength: Int.random(in: (limit + 1)...(limit * 4), using: &random),
                                      fields: Int.random(in: 0..<5, using: &random), crlf: Bool.random(using: &random), using: &random)
            #expect(RequestHead(head, limits: Self.limits) == .refused(.uriTooLong))
            // Refused before the line ends, as soon as it is longer than a line may be.
            #expect(RequestHead(Array(head.prefix(limit + 2)), limits: Self.limits) == .refused(.uriTooLong))
        }
    }

    @Test func aHeadOverTheLimitIs431WholeOrNot() {
        var random = SeededRandom(7_103)
        for _ in 0..<40 {
            let (_, head) = Self.head(method: "GET", lineLength: 40, fields: Int.random(in: 800...2_000, using: &random),
                                      crlf: Bool.random(using: &random), using: &random)
            guard head.count > Self.limits.head else { continue }
            #expect(RequestHead(head, limits: Self.limits) == .refused(.requestHeaderFieldsTooLarge))
            #expect(RequestHead(Array(head.prefix(Self.limits.head + 1)), limits: Self.limits) == .refused(.requestHeaderFieldsTooLarge))
        }
        // Exactly at the limit is read; one byte more is not.
        let line = Array("GET / HTTP/1.1\r\n".utf8), ending = Array("\r\n\r\n".utf8)
        let field = Array("X: ".utf8) + Array(repeating: UInt8(ascii: "v"), count: Self.limits.head - line.count - ending.count - 3)
        #expect(RequestHead(line + field + ending, limits: Self.limits) == .complete(requestLine: Array(line.dropLast(2))))
        #expect(RequestHead(line + field + [UInt8(ascii: "v")] + ending, limits: Self.limits) == .refused(.requestHeaderFieldsTooLarge))
    }

    @Test(arguments: ["POST", "PUT", "DELETE", "OPTIONS", "PATCH", "get", "GETS", "", "\u{0}GET"])
    func methodsOtherThanGetAndHeadAre405OnceTheLineIsWhole(method: String) {
        var random = SeededRandom(7_104)
        let (line, head) = Self.head(method: method, lineLength: 60, fields: 3, crlf: true, using: &random)
        #expect(RequestHead(line, limits: Self.limits) == .incomplete)
        #expect(RequestHead(Array(head.prefix(line.count + 2)), limits: Self.limits) == .refused(.methodNotAllowed))
    }
}

import FlyingFox
import NoticeboardValues

/// What the gate makes of the bytes of a request received so far. It only finds line ends and the
/// method's word; FlyingFox parses the request line once it is known to be whole and short.
enum RequestHead: Equatable, Sendable {
    /// More bytes are needed.
    case incomplete
    /// The head is whole and within the limits; this is its request line, without the line end.
    case complete(requestLine: [UInt8])
    /// Answered with this status, without going further.
    case refused(HTTPStatusCode)

    /// The methods the preview answers; anything else is 405.
    static let methods = ["GET", "HEAD"]

    init(_ bytes: [UInt8], limits: RequestLimits) {
        let newline = UInt8(ascii: "\n")
        guard let lineEnd = bytes.firstIndex(of: newline) else {
            // One byte more than the limit may be the line's CR.
            self = bytes.count > limits.requestLine + 1 ? .refused(.uriTooLong) : .incomplete
            return
        }
        var line = bytes[..<lineEnd]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        guard line.count <= limits.requestLine else { self = .refused(.uriTooLong); return }
        let method = String(decoding: line.prefix { $0 != UInt8(ascii: " ") }, as: UTF8.self)
        guard Self.methods.contains(method) else { self = .refused(.methodNotAllowed); return }
        // The head ends with an empty line: a line end after another, with at most a CR between.
        var index = lineEnd
        while let next = bytes[(index + 1)...].firstIndex(of: newline) {
            if next - index <= 2, next - index == 1 || bytes[index + 1] == UInt8(ascii: "\r") {
                self = next < limits.head ? .complete(requestLine: Array(line)) : .refused(.requestHeaderFieldsTooLarge)
                return
            }
            index = next
        }
        self = bytes.count > limits.head ? .refused(.requestHeaderFieldsTooLarge) : .incomplete
    }
}

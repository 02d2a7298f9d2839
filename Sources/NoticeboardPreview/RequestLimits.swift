/// How much the preview reads of a request before answering, how long it waits, and how many
/// connections it holds at once. FlyingFox has no such bounds: its decoder reads a line until its end,
/// however long, in time that grows with the square of the line's length, and waits for it forever.
struct RequestLimits: Sendable {
    /// Bytes of the request line (`GET /path HTTP/1.1`), more is 414. Short, because FlyingFox's
    /// decoder spends time growing with the square of the line's length: 2 KiB costs it a fraction of a second.
    var requestLine = 2_048
    /// Bytes of the request line and the header fields together, more is 431.
    var head = 32_768
    /// The whole head must have arrived this long after the connection opened, or 408.
    var headTime: Duration = .seconds(10)
    /// A connection is closed this long after it opened, whatever it is doing.
    var connectionTime: Duration = .seconds(30)
    /// Connections open at once; one more is answered 503 and closed.
    var connections = 64
}

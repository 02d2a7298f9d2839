/// How much the preview reads of a request before answering, how long it waits, and how many
/// connections it holds at once. FlyingFox has no such bounds: its decoder reads a line until its end,
/// however long, in time that grows with the square of the line's length, and waits for it forever.
struct RequestLimits: Sendable {
    /// Bytes of the request line (`GET /path HTTP/1.1`), more is 414. Short, because FlyingFox's decoder
    /// spends time growing with the square of a line's length (measured on a debug build: 4 KB 1 s,
    /// 16 KB 13 s, 32 KB 44 s); the site's longest address is under 100 bytes.
    var requestLine = 1_024
    /// Bytes of the request line and the header fields together, more is 431.
    var head = 32_768
    /// The whole head must have arrived this long after the connection opened, or 408.
    var headTime: Duration = .seconds(10)
    /// A connection is closed this long after it opened, whatever it is doing.
    var connectionTime: Duration = .seconds(30)
    /// Connections open at once (`OpenConnections`); more wait in the system's queue, not yet accepted.
    var connections = 64
    /// When the connections are full, one that has waited this long on its client is let go for a new one.
    var patience: Duration = .seconds(1)
}

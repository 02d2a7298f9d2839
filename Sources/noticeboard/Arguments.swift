import ArgumentParser
import NoticeboardCore
import NoticeboardValues

/// The option values the commands take, parsed once by swift-argument-parser (a bad value is a usage
/// error, exit 2, with the accepted values in the message).
extension Month: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

extension DiagnosticFormat: ExpressibleByArgument {}

extension Language: ExpressibleByArgument {
    /// `zh`, `en`, in any case.
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// How bad a finding is. Errors stop `build`; warnings do not.
public enum Severity: String, Sendable, Hashable, Codable {
    case error
    case warning
}

/// The language diagnostics are printed in.
public enum Language: String, Sendable, CaseIterable {
    case zh
    case en

    /// English when `LANG` starts with `en`, Chinese otherwise.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        (environment["LANG"] ?? "").lowercased().hasPrefix("en") ? .en : .zh
    }
}

/// A message in both languages the tool speaks; which one is printed is chosen at the end.
public struct Message: Sendable, Hashable {
    public let zh: String
    public let en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(in language: Language) -> String { language == .zh ? zh : en }
}

/// A second place that helps to understand a finding (the other plate, the first use of a voucher).
public struct DiagnosticNote: Sendable, Hashable {
    public let location: SourceLocation
    public let message: Message

    package init(location: SourceLocation, message: Message) {
        self.location = location
        self.message = message
    }
}

/// One problem found in the content, at the node at fault.
public struct Diagnostic: Sendable, Hashable {
    public let location: SourceLocation
    public let severity: Severity
    public let rule: RuleID
    public let message: Message
    public let notes: [DiagnosticNote]

    public init(_ rule: RuleID, _ severity: Severity, at location: SourceLocation, _ message: Message, notes: [DiagnosticNote] = []) {
        self.rule = rule
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }

    /// Stable order for printing: file, line, column, then rule and text.
    package static func precedes(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.location != b.location { return a.location < b.location }
        if a.rule != b.rule { return a.rule.rawValue < b.rule.rawValue }
        return a.message.zh < b.message.zh
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public func sortedForPrinting() -> [Diagnostic] { sorted(by: Diagnostic.precedes) }
}

import Foundation
import Testing
@testable import MustacheEngine

/// The official Mustache specification (`Specification/`, MIT licence): every case of the modules the
/// templates need. A failing case names its module and test.
@Suite struct SpecificationTests {
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        let name: String
        let data: JSON
        let template: String
        let partials: [String: String]?
        let expected: String
        var module = ""
        var testDescription: String { "\(module): \(name)" }

        private enum CodingKeys: String, CodingKey { case name, data, template, partials, expected }
    }

    /// JSON as the specification writes its data.
    enum JSON: Decodable, Sendable {
        case null, bool(Bool), number(Int), decimal(Double), text(String), list([JSON]), object([String: JSON])

        init(from decoder: Decoder) throws {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() { self = .null }
            else if let flag = try? single.decode(Bool.self) { self = .bool(flag) }
            else if let number = try? single.decode(Int.self) { self = .number(number) }
            else if let decimal = try? single.decode(Double.self) { self = .decimal(decimal) }
            else if let text = try? single.decode(String.self) { self = .text(text) }
            else if let list = try? single.decode([JSON].self) { self = .list(list) }
            else { self = .object(try single.decode([String: JSON].self)) }
        }

        var value: Value {
            switch self {
            case .null: .absent
            case .bool(let flag): .flag(flag)
            case .number(let number): .number(number)
            case .decimal(let decimal): .text(String(decimal))
            case .text(let text): .text(text)
            case .list(let items): .list(items.map(\.value))
            case .object(let fields): .record(Record(fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value.value) }))
            }
        }
    }

    static let modules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]

    static let cases: [Case] = modules.flatMap { module -> [Case] in
        struct File: Decodable { let tests: [Case] }
        let url = Bundle.module.url(forResource: module, withExtension: "json", subdirectory: "Specification")!
        let file = try! JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        return file.tests.map { var c = $0; c.module = module; return c }
    }

    @Test(arguments: cases)
    func specification(_ spec: Case) throws {
        var texts = spec.partials ?? [:]
        texts["\u{0}test"] = spec.template
        let library = try TemplateLibrary(texts)
        let output = String(decoding: library.render("\u{0}test", spec.data.value), as: UTF8.self)
        #expect(output == spec.expected, "\(spec.module): \(spec.name)\ntemplate: \(spec.template.debugDescription)")
    }

    @Test func everyModuleIsRun() {
        #expect(Self.cases.count == 163)
        print("mustache specification: \(Self.cases.count) cases in \(Self.modules.count) modules")
    }
}

import Testing
@testable import MustacheEngine

/// What the templates rely on beyond the specification, and what the name check finds.
@Suite struct EngineTests {
    static func render(_ template: String, _ value: Value, partials: [String: String] = [:]) throws -> String {
        var texts = partials
        texts["page"] = template
        return String(decoding: try TemplateLibrary(texts).render("page", value), as: UTF8.self)
    }

    /// A value a row leaves out reads as nothing, a section over it is skipped, an inverted one shown;
    /// and the look-up stops at the row instead of finding a parent's value of the same name.
    @Test func anAbsentValueStopsTheLookUp() throws {
        let rows = Value.list([.record(Record([("voucher", .text("Z-01"))])), .record(Record([("voucher", .absent)]))])
        let value = Value.record(Record([("rows", rows), ("voucher", .text("上级"))]))
        #expect(try Self.render("{{#rows}}[{{voucher}}|{{#voucher}}有{{/voucher}}{{^voucher}}无{{/voucher}}]{{/rows}}", value) == "[Z-01|有][|无]")
        let bare = Value.record(Record([("rows", .list([.record(Record([]))])), ("voucher", .text("上级"))]))
        #expect(try Self.render("{{#rows}}[{{voucher}}]{{/rows}}", bare) == "[上级]")
    }

    /// swift-mustache's list functions, which the templates use for separators.
    @Test func listFunctionsTellAnItemsPlace() throws {
        let value = Value.record(Record([("names", .list([.text("甲"), .text("乙"), .text("丙")]))]))
        #expect(try Self.render("{{#names}}{{.}}{{^last()}}、{{/last()}}{{/names}}", value) == "甲、乙、丙")
        #expect(try Self.render("{{#names}}{{index()}}{{#first()}}*{{/first()}}{{/names}}", value) == "0*12")
    }

    @Test func everythingIsEscapedForHTMLButTripleMustaches() throws {
        let value = Value.record(Record([("x", .text(#"<a href="x">甲&乙's</a>"#))]))
        #expect(try Self.render("{{x}}", value) == "&lt;a href=&quot;x&quot;&gt;甲&amp;乙&#39;s&lt;/a&gt;")
        #expect(try Self.render("{{{x}}}{{&x}}", value) == #"<a href="x">甲&乙's</a><a href="x">甲&乙's</a>"#)
        #expect(try Self.render("{{% CONTENT_TYPE: HTML }}{{x}}", value).hasPrefix("&lt;a"))
    }

    @Test func aSyntaxErrorHasItsPosition() {
        #expect(throws: TemplateLibrary.LoadError.self) { try TemplateLibrary(["page": "第一行\n  {{#a}}未结束"]) }
        do {
            _ = try TemplateLibrary(["page": "第一行\n  {{#a}}未结束"])
        } catch {
            #expect(error.template == "page" && error.error.position == TemplatePosition(line: 2, column: 3))
        }
    }

    static let shape = Shape.record([
        "title": .scalar,
        "site": .record(["community": .scalar]),
        "rows": .list(.record(["item": .scalar, "amount": .scalar])),
    ])

    @Test func namesAreCheckedThroughSectionsPartialsAndParents() throws {
        let library = try TemplateLibrary([
            "page": "{{<layout}}{{$main}}{{#rows}}{{item}} {{amount}} {{title}}{{^last()}},{{/last()}}{{/rows}}{{/main}}{{/layout}}",
            "layout": "{{site.community}}{{>footer}}{{$main}}{{/main}}",
            "footer": "{{site.community}}",
        ])
        #expect(library.unknownNames(in: "page", for: Self.shape).isEmpty)
    }

    @Test func aMisspeltNameIsFoundWhereItIsWritten() throws {
        let library = try TemplateLibrary([
            "page": "{{<layout}}{{$main}}\n{{#rows}}{{itme}}{{/rows}}{{/main}}{{/layout}}",
            "layout": "{{$main}}{{/main}}{{>footer}}",
            "footer": "{{site.comunity}}{{last()}}",
        ])
        let unknown = library.unknownNames(in: "page", for: Self.shape)
        #expect(unknown.map(\.name) == ["itme", "site.comunity", "last()"])
        #expect(unknown.first?.template == "page" && unknown.first?.position == TemplatePosition(line: 2, column: 10))
        #expect(unknown.first?.candidates.contains("item") == true)
        #expect(unknown[1].template == "footer" && unknown[1].candidates == ["community"])
    }
}

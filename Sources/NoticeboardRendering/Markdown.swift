internal import CMarkGFM
import Foundation

/// Markdown bodies (minutes, notices, service notes) to HTML through cmark-gfm.
/// GFM tables, strikethrough and autolinks; raw HTML is never passed through
/// (safe rendering omits it, and tagfilter neutralises the dangerous tags).
package enum Markdown {
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    /// cmark-gfm's extension registry must be filled once before any parser attaches an extension.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    package static func html(_ markdown: String) -> String {
        guard !markdown.isEmpty, registered else { return "" }
        // Staff write line by line and expect the lines kept, so a single line break stays a break.
        // Column alignment as a style attribute: `align` is obsolete HTML, and the stylesheet would override it.
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART | CMARK_OPT_HARDBREAKS | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        markdown.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}

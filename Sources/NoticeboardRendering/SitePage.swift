import Foundation
import MustacheEngine
import NoticeboardValues

/// One page of the site before it is made: where its outputs go, and how to make them. Every page kind
/// gives its pages in this one form (`PageKinds`), and one scheduler places them all (`SiteWriter`).
package struct SitePage: Sendable {
    /// For a page whose reads of the records are tracked (a `CompoundReads`: `MonthlyReads`, `YearReads`,
    /// `ApprovalReads`, `EvaluationReads`): where its outputs go, and what those reads give now, given the reads a
    /// build recorded for it. While they give what was recorded, the page is carried over without being made.
    package let tracked: (paths: [String], readsNow: @Sendable (RecordReads) -> PageKey)?
    /// The page made: its values, keyed, and its outputs. Called by the scheduler, on any core.
    package let make: @Sendable () -> MadePage

    package init(tracked: (paths: [String], readsNow: @Sendable (RecordReads) -> PageKey)? = nil, make: @escaping @Sendable () -> MadePage) {
        self.tracked = tracked
        self.make = make
    }

    /// A page keyed by its values alone, made when the scheduler asks.
    package init(_ outputs: @escaping @Sendable () -> [PageOutput]) {
        self.init { MadePage(outputs: outputs()) }
    }
}

/// A page with its values made: its outputs, and what it read of the records when that is tracked.
package struct MadePage {
    package let outputs: [PageOutput]
    /// What the page read, with their key (a `CompoundReads`); nil for a page keyed by its values alone.
    package let reads: (() -> (RecordReads, PageKey))?
    /// The part of the page other pages are assembled from (a posted record's sheet, for its month's bundle).
    package let sheet: SheetPart?

    package init(outputs: [PageOutput], reads: (() -> (RecordReads, PageKey))? = nil, sheet: SheetPart? = nil) {
        self.outputs = outputs
        self.reads = reads
        self.sheet = sheet
    }
}

/// What a site's file is written as.
package enum OutputFormat: String, Sendable {
    /// Through the template engine (`PageTemplate`).
    case html
    /// Through `Encodable`, for the open data beside a page.
    case json
    case csv
    /// Through the template engine, as the sitemap is.
    case xml
}

/// One file of a page: where it goes, in which format, its key (what it is made from), and how to render it.
package struct PageOutput {
    package let path: String
    package let format: OutputFormat
    package let key: PageKey
    package let render: () -> RenderedFile

    package init(path: String, format: OutputFormat, key: PageKey, render: @escaping () -> RenderedFile) {
        self.path = path
        self.format = format
        self.key = key
        self.render = render
    }
}

/// A sheet rendered at most once: for its own print page, and for its month's bundle.
package final class SheetPart: @unchecked Sendable {
    private let render: () -> String
    /// Set once, by whichever of the two asks first. They never run at once: the print page is placed on the
    /// month's task, and the bundle's task starts only after that task has been awaited.
    private var rendered: String?

    package init(render: @escaping () -> String) { self.render = render }

    package var html: String {
        if let rendered { return rendered }
        let html = render()
        rendered = html
        return html
    }

    /// The sheet, if it was rendered already.
    package var renderedHTML: String? { rendered }
}

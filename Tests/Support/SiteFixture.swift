import Foundation
import NoticeboardCore
import Testing

/// A small, valid site root in a temporary folder: one record of every kind, as in `Tests/Fixtures/site/`,
/// with the repository's templates. Tests change one file to break one rule, so any other finding is a bug.
package struct SiteFixture: Sendable {
    package let root: URL

    /// The repository, found from this file's path, for its templates, seeds and sample content.
    package static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `Tests/Fixtures/`: the fixture site and the cases made from it (its README says how they are written).
    package static let fixtures = repository.appendingPathComponent("Tests/Fixtures")

    /// The fixture site's records and rule pack, by path from the site root, read once.
    private static let records = Result { try FixtureFiles.read(fixtures.appendingPathComponent("site")) }

    /// The repository's templates, read once: every fixture gets its own copy to edit.
    private static let templates = Result { try FixtureFiles.read(repository.appendingPathComponent("templates")) }

    /// Every file of the fixture site (not the templates) as text, by path from the site root.
    package static func files() throws -> [String: String] {
        try records.get().mapValues { String(decoding: $0, as: UTF8.self) }
    }

    /// One file of the fixture site as text.
    package static func text(_ path: String) throws -> String {
        guard let bytes = try records.get()[path] else { throw FixtureError("the fixture site has no \(path)") }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the fixture, with `changes` replacing (or, when nil, removing) files, and the repository's templates.
    package init(_ changes: [String: String?] = [:]) throws {
        root = FixtureFiles.scratchFolder()
        var files = try Self.records.get()
        for (path, text) in changes { files[path] = text.map { Data($0.utf8) } }
        for (path, bytes) in files { try FixtureFiles.write(bytes, to: root.appendingPathComponent(path)) }
        for (path, bytes) in try Self.templates.get() { try FixtureFiles.write(bytes, to: root.appendingPathComponent("templates/\(path)")) }
    }

    /// One file of the fixture with `old` replaced by `new` (the text must occur).
    package static func edit(_ path: String, _ old: String, _ new: String) throws -> [String: String?] {
        try edit(path, [(old, new)])
    }

    /// One file of the fixture with several replacements, in order.
    package static func edit(_ path: String, _ replacements: [(String, String)]) throws -> [String: String?] {
        var text = try text(path)
        for (old, new) in replacements {
            guard text.contains(old) else { throw FixtureError("fixture \(path) has no \(old)") }
            text = text.replacingOccurrences(of: old, with: new)
        }
        return [path: text]
    }

    package func check() async throws -> Pipeline.CheckResult { try await Pipeline(root: root).check() }

    package func remove() { try? FileManager.default.removeItem(at: root) }

    /// The environment for `serve` of the fixture: the preview builds in the temporary folder, here one inside
    /// the fixture, so that it goes when the fixture does (in the system's, every run of the tests left some).
    package var serveEnvironment: [String: String] {
        ProcessInfo.processInfo.environment.merging(["TMPDIR": root.appendingPathComponent(".tmp").path]) { $1 }
    }

    /// Builds the fixture (with `changes`) into its `public/`, and returns it and that folder; a build that fails
    /// is an issue of the test.
    package static func built(_ changes: [String: String?] = [:]) async throws -> (SiteFixture, URL) {
        let fixture = try SiteFixture(changes)
        let out = fixture.root.appendingPathComponent("public")
        let result = try await Pipeline(root: fixture.root).build(into: out)
        if case .failed(let check) = result { Issue.record("\(check.diagnostics.map(\.message.zh))") }
        return (fixture, out)
    }

    /// The output of the unchanged fixture, built once for all the tests that only read it; its site is removed
    /// when the test process ends. A test that writes into it would change what the others read: it builds its own.
    package static func sharedBuild() async throws -> URL {
        try await shared.value
    }

    private static let shared = Task { () throws -> URL in
        let (fixture, out) = try await built()
        ScratchAtExit.remove(fixture.root)
        return out
    }

    /// One page of a built output, as text.
    package static func read(_ out: URL, _ page: String) throws -> String {
        try String(contentsOf: out.appendingPathComponent(page), encoding: .utf8)
    }

    /// The fixture's October with its lines in a CSV of the given bytes.
    package static func octoberAsCSV(_ bytes: Data) throws -> [String: String?] {
        try edit("content/compounds/hexie/ledger/2026-10.yaml", [("income:\n  - {date: 2026-10-03, item: 10-12月卫生费, amount: 3600, voucher: S-2}\n", ""), ("expenses: []\n", "")])
            .merging(["content/compounds/hexie/ledger/2026-10.csv": String(decoding: bytes, as: UTF8.self)]) { a, _ in a }
    }
}

/// A fixture that cannot be made as the test asks: thrown, so that it is the test's failure.
package struct FixtureError: Error, CustomStringConvertible {
    package let description: String
    package init(_ description: String) { self.description = description }
}

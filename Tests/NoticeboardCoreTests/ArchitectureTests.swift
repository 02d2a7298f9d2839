import Foundation
import Testing

/// The core's folders point one way (ARCHITECTURE.md): a file uses only the types of its own folder and
/// the folders before it. Read from the sources: every type a folder declares, and every file's words.
@Suite struct ArchitectureTests {
    static let order = ["Diagnostics", "Values", "Privacy", "Model", "Integrity", "Loading", "Checks", "Rendering", "Output", "Pipeline", "Routine"]
    static let core = SiteFixture.repository.appendingPathComponent("Sources/NoticeboardCore")

    @Test func foldersUseOnlyTheFoldersBeforeThem() throws {
        var declared: [String: String] = [:]  // type name → folder
        var files: [(folder: String, name: String, words: Set<String>)] = []
        let walker = FileManager.default.enumerator(at: Self.core, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let relative = url.path.dropFirst(Self.core.path.count + 1)
            let folder = relative.contains("/") ? String(relative.split(separator: "/")[0]) : ""
            let text = try String(contentsOf: url, encoding: .utf8)
            // Code only: comments and texts may name anything.
            let code = text.split(separator: "\n").map { line in
                let uncommented = line.range(of: "//").map { String(line[..<$0.lowerBound]) } ?? String(line)
                return uncommented.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
            }.joined(separator: "\n")
            let words = Set(code.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init))
            files.append((folder, url.lastPathComponent, words))
            for line in code.split(separator: "\n") {
                let tokens = line.split(separator: " ").map(String.init)
                for (index, token) in tokens.enumerated() where ["struct", "enum", "class", "protocol", "typealias"].contains(token) && index + 1 < tokens.count {
                    let name = String(tokens[index + 1].prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                    // Nested types (indented) belong to their outer type's folder too; the first declaration wins.
                    if !name.isEmpty, declared[name] == nil, line.hasPrefix(token) || line.hasPrefix("public") || line.hasPrefix("final") || line.hasPrefix("private") || line.hasPrefix("fileprivate") {
                        declared[name] = folder
                    }
                }
            }
        }
        #expect(Set(files.map(\.folder)).isSubset(of: Set(Self.order)), "a folder ARCHITECTURE.md does not name: \(Set(files.map(\.folder)).subtracting(Self.order))")
        for file in files {
            guard let rank = Self.order.firstIndex(of: file.folder) else { continue }
            for word in file.words {
                guard let owner = declared[word], let ownerRank = Self.order.firstIndex(of: owner), ownerRank > rank else { continue }
                Issue.record("\(file.folder)/\(file.name) uses \(word) from the later folder \(owner)")
            }
        }
    }
}

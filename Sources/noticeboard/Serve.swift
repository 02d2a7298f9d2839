import ArgumentParser
import Foundation
import NoticeboardCore
import NoticeboardPreview
import NoticeboardModel
import NoticeboardOutput
import NoticeboardRendering
import NoticeboardValues

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "本机预览：生成并在 127.0.0.1 提供网站，改动后自动重建、刷新 / preview on 127.0.0.1, rebuilding on change",
        discussion: "例 / example:  noticeboard serve --port 8000")

    @OptionGroup var site: SiteOptions
    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: "端口 / port")
    var port: UInt16 = 8000

    func run() async throws {
        let server = PreviewServer(root: site.rootURL, port: port, language: language.language) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        do {
            try await server.run()
        } catch {
            throw InputOutputError(path: "127.0.0.1:\(port)", reason: "\(error)")
        }
    }
}

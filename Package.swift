// swift-tools-version: 6.1
import PackageDescription

#if !os(Linux)
#error("noticeboard builds on Linux only: it uses Glibc and Linux system calls (openat, renameat2, /proc).")
#endif

let package = Package(
    name: "noticeboard",
    products: [
        .executable(name: "noticeboard", targets: ["noticeboard"]),
        .library(name: "NoticeboardCore", targets: ["NoticeboardCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CQREncode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // jemalloc (Debian's libjemalloc-dev): the program's allocator in place of glibc's, its settings, and how
        // it hands memory back (`Heap`). A C target, not a system library, because the settings are a C symbol.
        .target(
            name: "CJemalloc",
            linkerSettings: [.linkedLibrary("jemalloc")]
        ),
        .target(name: "MustacheEngine"),
        // The default templates and rule pack, built into the program for `init`: its `templates` and `seeds`
        // are links to the folders at the top, which stay where staff and the sample build use them.
        .target(
            name: "DefaultSite",
            resources: [.embedInCode("templates"), .embedInCode("seeds")]
        ),
        // The library, one target per layer; each uses only the targets above it (ARCHITECTURE.md), so a use
        // that points back up is a compile error. Between them, `package` access.
        .target(name: "NoticeboardSupport"),
        .target(name: "NoticeboardValues", dependencies: ["NoticeboardSupport"]),
        .target(name: "NoticeboardPrivacy", dependencies: ["NoticeboardValues", "NoticeboardSupport"]),
        .target(name: "NoticeboardModel", dependencies: ["NoticeboardPrivacy", "NoticeboardValues", "CCrypto"]),
        .target(
            name: "NoticeboardLoading",
            dependencies: ["NoticeboardModel", "NoticeboardPrivacy", "NoticeboardValues", "NoticeboardSupport", "CYAML"]
        ),
        // The open data (docs/site.md): pure functions from the model to the bytes of each data file and the
        // package; beside Loading and Checks, below Rendering, which publishes them with the pages.
        .target(
            name: "NoticeboardOpenData",
            dependencies: ["NoticeboardModel", "NoticeboardPrivacy", "NoticeboardValues", "NoticeboardSupport"]
        ),
        .target(
            name: "NoticeboardChecks",
            dependencies: ["NoticeboardLoading", "NoticeboardModel", "NoticeboardPrivacy", "NoticeboardValues", "NoticeboardSupport"]
        ),
        .target(
            name: "NoticeboardRendering",
            dependencies: [
                "NoticeboardLoading", "NoticeboardModel", "NoticeboardOpenData", "NoticeboardPrivacy", "NoticeboardValues",
                "NoticeboardSupport", "MustacheEngine", "CMarkGFM", "CQREncode",
            ]
        ),
        .target(
            name: "NoticeboardOutput",
            dependencies: ["NoticeboardRendering", "NoticeboardLoading", "NoticeboardModel", "NoticeboardValues", "NoticeboardSupport"]
        ),
        // The façade: the pipeline's named steps and the routines staff run around a build.
        .target(
            name: "NoticeboardCore",
            dependencies: [
                "NoticeboardOutput", "NoticeboardRendering", "NoticeboardChecks", "NoticeboardLoading", "NoticeboardModel",
                "NoticeboardPrivacy", "NoticeboardValues", "NoticeboardSupport", "DefaultSite",
            ]
        ),
        // Published boards read back, without their records: `verify` (local or over HTTPS, through Foundation's
        // URLSession) and the 街道 `portal` over many boards (its pages through the same templates and writer).
        .target(
            name: "NoticeboardBoards",
            dependencies: [
                "NoticeboardOpenData", "NoticeboardOutput", "NoticeboardRendering", "NoticeboardModel", "NoticeboardPrivacy",
                "NoticeboardValues", "NoticeboardSupport", "MustacheEngine", "DefaultSite",
            ]
        ),
        // The synthetic community for benchmarks, apart from the core: `generate-fixture` and the tests use it.
        .target(name: "NoticeboardFixture", dependencies: ["NoticeboardCore", "NoticeboardValues", "DefaultSite"]),
        .target(
            name: "NoticeboardPreview",
            dependencies: [
                "NoticeboardCore",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        // `publish`: what to send to a web host and in what order, driving rclone; the live site checked after.
        .target(
            name: "NoticeboardPublish",
            dependencies: ["NoticeboardOutput", "NoticeboardLoading", "NoticeboardModel", "NoticeboardValues"]
        ),
        .executableTarget(
            name: "noticeboard",
            dependencies: [
                "NoticeboardCore",
                "NoticeboardBoards",
                "NoticeboardFixture",
                "NoticeboardPreview",
                "NoticeboardPublish",
                "DefaultSite",
                "CJemalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // jemalloc finds its settings (CJemalloc's `malloc_conf`) among the program's exported symbols.
            linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic-symbol=malloc_conf"])]
        ),
        // The two hot parts of a build timed apart (scripts/bench.sh); not shipped.
        .executableTarget(
            name: "noticeboard-bench",
            dependencies: [
                "NoticeboardCore", "NoticeboardRendering", "NoticeboardLoading", "NoticeboardModel", "NoticeboardValues",
                "MustacheEngine", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/noticeboard-bench"
        ),
        // What both test targets share: the fixture site (`Tests/Fixtures/`), the findings it is expected to
        // give, and the built program. A library, not a test target, so that both can use it.
        .target(
            name: "NoticeboardTestSupport",
            dependencies: ["NoticeboardCore", "NoticeboardValues"],
            path: "Tests/Support"
        ),
        // The fast tests: the library in-process, in seconds (`scripts/test-fast.sh`).
        .testTarget(
            name: "NoticeboardCoreTests",
            dependencies: ["NoticeboardCore", "NoticeboardOpenData", "NoticeboardBoards", "NoticeboardFixture", "NoticeboardPreview", "NoticeboardTestSupport"],
            exclude: ["Rendering/Goldens"]
        ),
        // The end-to-end tests: the built program, headless Chromium, the fuzz test, the preview under attack, the
        // open data (frictionless, verify over HTTP, GNU parallel).
        .testTarget(
            name: "NoticeboardEndToEndTests",
            dependencies: [
                "NoticeboardCore", "NoticeboardOpenData", "NoticeboardBoards", "NoticeboardFixture", "NoticeboardPreview", "NoticeboardTestSupport",
                "noticeboard",
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .testTarget(
            name: "NoticeboardPublishTests",
            dependencies: ["NoticeboardPublish", "NoticeboardCore", "NoticeboardFixture", "noticeboard"]
        ),
        .testTarget(
            name: "MustacheEngineTests",
            dependencies: ["MustacheEngine"],
            resources: [.copy("Specification")]
        ),
    ]
)

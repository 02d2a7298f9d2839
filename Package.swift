// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "noticeboard",
    platforms: [.macOS(.v14)],
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
        .target(
            name: "NoticeboardCore",
            dependencies: [
                "CMarkGFM",
                "CQREncode",
                "CYAML",
                "MustacheEngine",
                "CCrypto",
                "CJemalloc",
                "DefaultSite",
            ]
        ),
        // The synthetic community for benchmarks, apart from the core: `generate-fixture` and the tests use it.
        .target(name: "NoticeboardFixture", dependencies: ["NoticeboardCore", "DefaultSite"]),
        .target(
            name: "NoticeboardPreview",
            dependencies: [
                "NoticeboardCore",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        // `publish`: what to send to a web host and in what order, driving rclone; the live site checked after.
        .target(name: "NoticeboardPublish", dependencies: ["NoticeboardCore"]),
        .executableTarget(
            name: "noticeboard",
            dependencies: [
                "NoticeboardCore",
                "NoticeboardFixture",
                "NoticeboardPreview",
                "NoticeboardPublish",
                "DefaultSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // jemalloc finds its settings (CJemalloc's `malloc_conf`) among the program's exported symbols.
            linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic-symbol=malloc_conf"])]
        ),
        .testTarget(
            name: "NoticeboardCoreTests",
            dependencies: [
                "NoticeboardCore", "NoticeboardFixture", "NoticeboardPreview", "noticeboard",
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            exclude: ["Rendering/Goldens"]
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

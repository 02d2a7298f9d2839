import Foundation
#if canImport(Glibc)
import Glibc
#endif
import NoticeboardRendering

/// Swaps two folders in one step, so that no moment leaves the output missing.
/// Linux's `renameat2(RENAME_EXCHANGE)` does it atomically; Swift's Glibc module does not declare the
/// function (it needs `_GNU_SOURCE`), so it is looked up in the C library by name.
package enum FolderSwap {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameExchange: UInt32 = 2

    private static let renameat2: RenameAt2? = {
        // RTLD_DEFAULT: the symbols of the process and the libraries it loaded.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// Exchanges the folders at `a` and `b` atomically; false when the system or the file system
    /// cannot (the caller then falls back to two renames), with `errno` telling why.
    package static func exchange(_ a: String, _ b: String) -> Bool {
        guard let renameat2 else { return false }
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
    }
}

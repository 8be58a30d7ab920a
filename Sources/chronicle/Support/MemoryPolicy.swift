#if canImport(Glibc)
import Glibc
#endif

/// How the command hands memory back to the system.
///
/// glibc raises its mmap threshold each time a large buffer is freed (up to 32 MB); after
/// that, buffers the size of a page come from the heap and stay in the process once freed.
/// A large page's bytes, text and lines, each released before the next stage, would then
/// still add up in resident memory, and a folder's peak would depend on the order pages
/// came in. A fixed threshold keeps every buffer of a megabyte or more mapped on its own
/// and returned when freed, so resident memory follows what is live.
enum MemoryPolicy {
    static let largeBuffer: Int32 = 1 << 20

    static func apply() {
        #if canImport(Glibc)
        // `mallopt` and `M_MMAP_THRESHOLD` (-3) are in <malloc.h>, which the Glibc module
        // does not export: the function is looked up, and absent (another C library) is fine.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let mmapThreshold: Int32 = -3
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(mmapThreshold, largeBuffer)
        #endif
    }
}

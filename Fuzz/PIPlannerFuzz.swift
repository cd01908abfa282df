// The libFuzzer entry for piplanner. Not part of the SwiftPM build: Scripts/fuzz.sh compiles it with the routes in
// Tests/PIPlannerCLITests/Fuzz/ against the package's libraries built with coverage and AddressSanitizer, and links
// libFuzzer's main (`swiftc -sanitize=fuzzer,address -parse-as-library`).
import Foundation

/// The routes and this process's workspace, made once: every input reuses the same two files.
let routes = FuzzRoutes.forThisProcess()

/// Called by libFuzzer once before the first input: removes the workspace when the process exits.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(
    _ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> CInt {
    _ = routes
    atexit { try? FileManager.default.removeItem(at: FuzzRoutes.processDirectory) }
    return 0
}

/// Called by libFuzzer for each input. A broken invariant is a crash: libFuzzer saves the input and stops.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if let broken = routes.check(bytes) {
        FileHandle.standardError.write(Data("piplanner fuzz: invariant broken: \(broken)\n".utf8))
        abort()
    }
    return 0
}

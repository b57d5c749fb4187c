#if SELFASSESS_FUZZ
    // libFuzzer's entry point for a program that has its own `main`; compiler-rt's libFuzzer
    // exports it (SwiftPM gives an executable's `main` to Swift, so libFuzzer's cannot be used).
    @_silgen_name("LLVMFuzzerRunDriver")
    private func runDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    /// Hands the process to libFuzzer with the selected target.
    enum LibFuzzer {
        static func run() -> Int32 {
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            return runDriver(&argc, &argv) { data, size in
                let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
                FuzzTarget.selected.run(bytes)
                return 0
            }
        }
    }
#endif

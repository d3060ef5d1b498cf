// libFuzzer's driver, called from each fuzz target's top level (see Tests/Fuzz/README.md): SwiftPM
// links the target's own `main`, so libFuzzer's is never run and the target must start the driver.
// The symbol comes from the toolchain's libFuzzer, linked in by `-sanitize=fuzzer`.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

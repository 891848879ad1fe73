// What a vault holds once its key is right: the fuzzer's bytes are the
// payload's plaintext, the first byte picking its compression (none, zlib
// or zstd). They go through vault::testing::loadPlaintext, which is
// Vault::open's path after the decryption, in memory: inflating, SQLite's
// deserialisation, the schema check, the migrations and the stored-value
// checks. The file and the cipher before it are left out on purpose (with
// them an execution took ten times as long); fuzz_vault_header reads the
// file's framing, and tst_vault checks that the seam answers as open() does.

#include "FuzzSupport.h"

#include "vault/Vault.h"
#include "vault/VaultFormat.h"

using namespace kamae;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    fuzz::ensureApplication();
    const auto compression = static_cast<vault::CompressionId>(data[0] % 3);
    // Images up to 1 MiB (the seeds are under 700 KB): a stream that
    // inflates further is refused as in open(), only sooner.
    (void)vault::testing::loadPlaintext(compression, data + 1, size - 1, std::size_t(1) << 20);
    return 0;
}

// A vault file's preamble, header and key slots, as every open reads them
// before any key is derived. A header that parses must encode to the same
// bytes again: they are the payload's associated data, so a field that
// parsing dropped or changed would make a good vault fail to open after
// its next save.

#include "FuzzSupport.h"

#include "vault/VaultFormat.h"

#include <cstdio>

using namespace kamae;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const vault::Parsed parsed = vault::parse(fuzz::bytesOf(data, size));
    if (parsed.error != vault::ParseError::None)
        return 0;
    if (vault::encodeHeader(parsed.header) != parsed.headerBytes) {
        std::fprintf(stderr, "a parsed header encodes to other bytes\n");
        std::abort();
    }
    for (const vault::KeySlot &slot : parsed.header.keySlots)
        (void)crypto::kdfParamsAcceptable(slot.kdfParams);
    return 0;
}

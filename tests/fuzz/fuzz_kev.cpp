// CISA's Known Exploited Vulnerabilities catalogue (JSON), as `kamae patches
// feed` and the Patches page load it.

#include "FuzzSupport.h"

#include "feeds/Kev.h"

using namespace kamae;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    feeds::FeedError error;
    (void)feeds::parseKev(fuzz::bytesOf(data, size), &error);
    return 0;
}

// JVN iPedia's RSS 1.0 (RDF) feeds, as `kamae patches feed` and the Patches
// page load them.

#include "FuzzSupport.h"

#include "feeds/Jvn.h"

using namespace kamae;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    feeds::FeedError error;
    (void)feeds::parseJvnRss(fuzz::bytesOf(data, size), &error);
    return 0;
}

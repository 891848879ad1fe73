// The XML scanner that reads XLSX parts, walked the ways its callers walk
// it: token by token, attributes looked up, text read, elements read whole
// or skipped. The first byte chooses which of those the walk prefers.

#include "FuzzSupport.h"

#include "io/XmlScanner.h"

using namespace kamae;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t mode = data[0];
    io::XmlScanner xml(fuzz::bytesOf(data + 1, size - 1));
    std::size_t steps = 0;
    for (;;) {
        const io::XmlScanner::Token token = xml.next();
        if (token == io::XmlScanner::Token::End || token == io::XmlScanner::Token::Invalid)
            break;
        if (token == io::XmlScanner::Token::StartElement) {
            (void)xml.name();
            (void)xml.attribute("r");
            (void)xml.attribute("t");
            (void)xml.attribute("s");
            if (xml.isStart("si") || xml.isStart("is") || (mode & 1 && steps % 3 == 0))
                (void)xml.readElementText();
            else if (xml.isStart("extLst") || (mode & 2 && steps % 5 == 0))
                xml.skipElement();
        } else if (token == io::XmlScanner::Token::Text) {
            (void)xml.text();
        }
        ++steps;
    }
    (void)xml.failed();
    return 0;
}

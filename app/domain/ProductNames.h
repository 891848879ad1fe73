#pragma once

#include <QString>

// How Kamae compares product and vendor names, and the aliases a person
// adds where a feed and the register name one product differently. The
// matching itself is patches/Matching.h.
namespace kamae {
namespace domain {

// Names as feeds and people write them are compared without case, width,
// spaces, punctuation or a company-form suffix: "Fortinet, Inc." and
// "FORTINET" are one vendor, "Windows Server" and "windows_server" one product.
QString normalizeName(const QString &name);

// "The feed's (vendor, product) is what our register calls (vendor, product)".
struct ProductAlias
{
    qint64 id = 0;
    QString feedVendor;
    QString feedProduct;
    QString assetVendor;
    QString assetProduct;
};

} // namespace domain
} // namespace kamae

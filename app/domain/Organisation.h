#pragma once

#include <QString>
#include <QVector>

namespace kamae {
namespace domain {

// SECURITY ACTION is IPA's self-declaration scheme for SMEs: ★ after the
// five basic pledges, ★★ after the self-check and a written basic policy.
enum class SecurityActionLevel
{
    None = 0,
    OneStar = 1,
    TwoStars = 2,
};

struct Site
{
    qint64 id = 0; // 0 until stored
    QString name;
    QString region;
    bool overseas = false;
    QString notes;

    bool operator==(const Site &o) const
    {
        return id == o.id && name == o.name && region == o.region && overseas == o.overseas &&
               notes == o.notes;
    }
    bool operator!=(const Site &o) const { return !(*this == o); }
};

struct Organisation
{
    QString name;
    QString industry;
    int employees = 0;
    SecurityActionLevel securityAction = SecurityActionLevel::None;
    QString notes;
    QVector<Site> sites;

    int overseasSiteCount() const
    {
        int n = 0;
        for (const Site &s : sites)
            n += s.overseas ? 1 : 0;
        return n;
    }

    bool operator==(const Organisation &o) const
    {
        return name == o.name && industry == o.industry && employees == o.employees &&
               securityAction == o.securityAction && notes == o.notes && sites == o.sites;
    }
    bool operator!=(const Organisation &o) const { return !(*this == o); }
};

} // namespace domain
} // namespace kamae

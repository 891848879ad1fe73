#include "score/SelfCheck.h"

#include "i18n/Language.h"

#include <algorithm>

namespace kamae {
namespace score {

namespace {

using C = Category;
using K = MeasureKind;
using E = Effort;

Question q(const char *key, int number, Part part, Category category, MeasureKind kind,
           Effort effort, bool pledge = false)
{
    Question out;
    out.key = QString::fromLatin1(key);
    out.number = number;
    out.part = part;
    out.category = category;
    out.kind = kind;
    out.effort = effort;
    out.basicPledge = pledge;
    return out;
}

QVector<Question> makeQuestions()
{
    const Part P1 = Part::Basic;
    const Part P2 = Part::Staff;
    const Part P3 = Part::Organisation;
    const Part PK = Part::Kamae;
    // IPA's order and topics; the category says which measure of the METI
    // alert the answer stands for until a module measures it from data.
    return {
        q("ipa01", 1, P1, C::Vulnerabilities, K::Technical, E::Hours, true), // updates
        q("ipa02", 2, P1, C::Vulnerabilities, K::Technical, E::Hours, true), // antivirus
        q("ipa03", 3, P1, C::Authentication, K::Human, E::Hours, true),      // passwords
        q("ipa04", 4, P1, C::Authentication, K::Technical, E::Hours, true),  // access
        q("ipa05", 5, P1, C::Incidents, K::Human, E::Minutes, true),         // threat info
        q("ipa06", 6, P2, C::Education, K::Human, E::Hours),                 // attachments
        q("ipa07", 7, P2, C::Education, K::Human, E::Hours),                 // misaddressed
        q("ipa08", 8, P2, C::Education, K::Technical, E::Hours),             // mail protection
        q("ipa09", 9, P2, C::Authentication, K::Technical, E::Hours),        // wireless LAN
        q("ipa10", 10, P2, C::Education, K::Human, E::Hours),                // web and SNS
        q("ipa11", 11, P2, C::Backups, K::Technical, E::Days),               // backups
        q("ipa12", 12, P2, C::Assets, K::Physical, E::Hours),                // papers, media
        q("ipa13", 13, P2, C::Assets, K::Human, E::Hours),                   // taking out
        q("ipa14", 14, P2, C::Authentication, K::Physical, E::Minutes),      // screen lock
        q("ipa15", 15, P2, C::Assets, K::Physical, E::Hours),                // visitors
        q("ipa16", 16, P2, C::Assets, K::Physical, E::Hours),                // device locks
        q("ipa17", 17, P2, C::Assets, K::Physical, E::Minutes),              // empty office
        q("ipa18", 18, P2, C::Assets, K::Physical, E::Hours),                // disposal
        q("ipa19", 19, P3, C::Education, K::Human, E::Days),                 // confidentiality
        q("ipa20", 20, P3, C::Education, K::Human, E::Days),                 // education
        q("ipa21", 21, P3, C::Assets, K::Human, E::Hours),                   // own devices
        q("ipa22", 22, P3, C::SupplyChain, K::Human, E::Days),               // partners
        q("ipa23", 23, P3, C::SupplyChain, K::Technical, E::Hours),          // services
        q("ipa24", 24, P3, C::Incidents, K::Human, E::Days),                 // response
        q("ipa25", 25, P3, C::Education, K::Human, E::Days),                 // written rules
        q("kamae.mfa", 26, PK, C::Authentication, K::Technical, E::Hours),
        q("kamae.bcp.plan", 27, PK, C::Bcp, K::Human, E::Days),
        q("kamae.bcp.review", 28, PK, C::Bcp, K::Human, E::Days),
        q("kamae.incident.reporting", 29, PK, C::Incidents, K::Human, E::Hours),
        q("kamae.supplychain.sites", 30, PK, C::SupplyChain, K::Human, E::Days),
        q("kamae.policy", 31, PK, C::Education, K::Human, E::Days),
    };
}

} // namespace

bool isAnswer(int value)
{
    return value == -2 || value == -1 || value == 0 || value == 2 || value == 4;
}

int answerPoints(Answer answer)
{
    return answer == Answer::Unanswered ? 0 : static_cast<int>(answer);
}

double answerValue(Answer answer)
{
    switch (answer) {
    case Answer::Implemented:
        return 1.0;
    case Answer::Partly:
        return 0.5;
    case Answer::Unanswered:
    case Answer::DontKnow:
    case Answer::NotImplemented:
        break;
    }
    return 0.0;
}

const QVector<Question> &questions()
{
    static const QVector<Question> all = makeQuestions();
    return all;
}

const Question *findQuestion(const QString &key)
{
    const QVector<Question> &all = questions();
    const auto it =
        std::find_if(all.cbegin(), all.cend(), [&key](const Question &q) { return q.key == key; });
    return it == all.cend() ? nullptr : &*it;
}

bool isIpaQuestion(const Question &question)
{
    return question.part != Part::Kamae;
}

QString basicPolicyQuestionKey()
{
    return QStringLiteral("kamae.policy");
}

Band bandFor(int ipaScore)
{
    if (ipaScore >= kIpaMaxScore)
        return Band::Excellent;
    if (ipaScore >= 70)
        return Band::Good;
    if (ipaScore >= 50)
        return Band::NeedsWork;
    return Band::Dangerous;
}

SelfCheckResult evaluate(const Assessment &assessment)
{
    SelfCheckResult r;
    for (const Question &q : questions()) {
        if (!isIpaQuestion(q))
            continue;
        const int part = static_cast<int>(q.part) - 1;
        r.partMax[part] += 4;
        const Answer a = assessment.answer(q.key);
        if (a == Answer::Unanswered)
            continue;
        ++r.answered;
        r.ipaScore += answerPoints(a);
        r.partScore[part] += answerPoints(a);
    }
    r.band = bandFor(r.ipaScore);
    return r;
}

domain::SecurityActionLevel SecurityActionReadiness::ready() const
{
    if (twoStarsReady)
        return domain::SecurityActionLevel::TwoStars;
    if (oneStarReady)
        return domain::SecurityActionLevel::OneStar;
    return domain::SecurityActionLevel::None;
}

SecurityActionReadiness securityActionReadiness(const Assessment *latest,
                                                domain::SecurityActionLevel declared,
                                                const QDate &today)
{
    SecurityActionReadiness r;
    r.declared = declared;
    r.oneStarReady = true;
    for (const Question &q : questions()) {
        if (!q.basicPledge)
            continue;
        Requirement req;
        req.text = SelfCheckText::shortTitle(q.key);
        req.met = latest && latest->answer(q.key) == Answer::Implemented;
        r.oneStarReady = r.oneStarReady && req.met;
        r.oneStar.append(req);
    }

    Requirement pledges;
    pledges.text = SelfCheckText::tr("The five basic pledges (★)");
    pledges.met = r.oneStarReady;
    r.twoStars.append(pledges);

    Requirement done;
    const bool recent =
        latest && latest->taken.isValid() && latest->taken.daysTo(today) <= kSelfCheckValidDays;
    const bool complete = latest && evaluate(*latest).complete();
    done.met = recent && complete;
    if (!latest)
        done.text = SelfCheckText::tr("All 25 self-check questions answered (not taken yet)");
    else if (!complete)
        done.text = SelfCheckText::tr("All 25 self-check questions answered (%1 of 25 so far)")
                        .arg(evaluate(*latest).answered);
    else if (!recent)
        done.text = SelfCheckText::tr("The self-check taken within the last year (last: %1)")
                        .arg(i18n::formatDate(latest->taken));
    else
        done.text = SelfCheckText::tr("All 25 self-check questions answered within the last year");
    r.twoStars.append(done);

    Requirement policy;
    policy.text = SelfCheckText::tr("A written information security basic policy");
    policy.met = latest && latest->answer(basicPolicyQuestionKey()) == Answer::Implemented;
    r.twoStars.append(policy);
    r.twoStarsReady = pledges.met && done.met && policy.met;

    if (static_cast<int>(declared) > static_cast<int>(r.ready())) {
        r.mismatch = declared == domain::SecurityActionLevel::TwoStars
                         ? SelfCheckText::tr("The company declares ★★, but the requirements "
                                             "below are not all met.")
                         : SelfCheckText::tr("The company declares ★, but not all five basic "
                                             "pledges are answered as implemented.");
    }
    return r;
}

} // namespace score
} // namespace kamae

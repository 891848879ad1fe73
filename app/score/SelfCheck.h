#pragma once

#include "domain/Organisation.h"
#include "score/ScoreTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QVector>

// The self-assessment (自社診断): the 25 questions in the structure of IPA's
// 「5分でできる！情報セキュリティ自社診断」, in Kamae's own words, plus a
// few questions of Kamae's own for the measures the 25 do not cover (BCP,
// overseas sites, reporting, MFA, a written basic policy). Only the 25 make
// the self-check result and its band; all of them feed the posture score.
namespace kamae {
namespace score {

// IPA's points per answer. Unanswered is Kamae's: no answer stored yet.
enum class Answer
{
    Unanswered = -2,
    DontKnow = -1,      // わからない
    NotImplemented = 0, // 実施していない
    Partly = 2,         // 一部実施している
    Implemented = 4,    // 実施している
};
bool isAnswer(int value); // one of the five values above
// IPA's points (Unanswered counts 0).
int answerPoints(Answer answer);
// The share of a factor an answer earns: 1, 0.5 or 0.
double answerValue(Answer answer);

enum class Part
{
    Basic = 1,        // Part 1: basic measures (1–5)
    Staff = 2,        // Part 2: staff measures (6–18)
    Organisation = 3, // Part 3: organisational measures (19–25)
    Kamae = 4,        // Kamae's own questions (26–)
};

struct Question
{
    QString key; // stable, stored: "ipa01" … "ipa25", "kamae.bcp.plan", …
    int number = 0;
    Part part = Part::Basic;
    Category category = Category::Assets;
    MeasureKind kind = MeasureKind::Technical;
    Effort effort = Effort::Hours;
    // One of SECURITY ACTION's five basic pledges (情報セキュリティ5か条).
    bool basicPledge = false;
};

// Every question, in order: the 25 first.
const QVector<Question> &questions();
const Question *findQuestion(const QString &key);
constexpr int kIpaQuestionCount = 25;
constexpr int kIpaMaxScore = 100;
bool isIpaQuestion(const Question &question);

// Kamae's question that stands for SECURITY ACTION ★★'s written basic policy.
QString basicPolicyQuestionKey();

// One sitting of the self-check.
struct Assessment
{
    qint64 id = 0; // 0 until stored
    QDate taken;
    QString notes;
    QHash<QString, Answer> answers; // unanswered questions are absent

    Answer answer(const QString &key) const { return answers.value(key, Answer::Unanswered); }
    bool operator==(const Assessment &o) const
    {
        return id == o.id && taken == o.taken && notes == o.notes && answers == o.answers;
    }
    bool operator!=(const Assessment &o) const { return !(*this == o); }
};

// IPA's bands of the 25-question total.
enum class Band
{
    Excellent = 0, // 100
    Good = 1,      // 70–99: weak spots to fix
    NeedsWork = 2, // 50–69: act soon
    Dangerous = 3, // 49 or less
};
Band bandFor(int ipaScore);

struct SelfCheckResult
{
    int ipaScore = 0; // the sum of IPA's points over the 25 (−25 … 100)
    int answered = 0; // of the 25
    Band band = Band::Dangerous;
    bool complete() const { return answered == kIpaQuestionCount; }
    // Points per part (1–3) and the most each part can reach.
    int partScore[3] = {0, 0, 0};
    int partMax[3] = {0, 0, 0};
};
SelfCheckResult evaluate(const Assessment &assessment);

// What SECURITY ACTION asks for, and how far the company is.
struct Requirement
{
    QString text; // translated
    bool met = false;
};
struct SecurityActionReadiness
{
    QVector<Requirement> oneStar;  // the five basic pledges in place
    QVector<Requirement> twoStars; // ★ plus the self-check done within a year and a policy
    bool oneStarReady = false;
    bool twoStarsReady = false;
    domain::SecurityActionLevel declared = domain::SecurityActionLevel::None;
    // The level the answers support.
    domain::SecurityActionLevel ready() const;
    // Empty, or why the declared level is more than the answers support.
    QString mismatch;
};
// `latest` may be null (no self-check yet).
SecurityActionReadiness securityActionReadiness(const Assessment *latest,
                                                domain::SecurityActionLevel declared,
                                                const QDate &today);
// A self-check older than this no longer counts for ★★.
constexpr int kSelfCheckValidDays = 365;

struct SelfCheckText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::score::SelfCheckText)

public:
    static QString question(const QString &key);   // the question, one sentence
    static QString why(const QString &key);        // one line: why it matters
    static QString shortTitle(const QString &key); // a few words for lists and actions
    static QString part(Part part);
    static QString answer(Answer answer);
    static QString band(Band band);       // short verdict
    static QString bandAdvice(Band band); // one sentence: what to do
};

} // namespace score
} // namespace kamae

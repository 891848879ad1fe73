#include "score/SelfCheck.h"

// The texts of the self-assessment (自社診断): each question of IPA's
// 「5分でできる！情報セキュリティ自社診断」 in Kamae's own words, and
// Kamae's additional questions.
namespace kamae {
namespace score {

// The question as a statement the company answers with 実施している …
QString SelfCheckText::question(const QString &key)
{
    if (key == QStringLiteral("ipa01"))
        return tr("Operating systems and software on every PC, smartphone and other device are "
                  "kept up to date with the latest updates.");
    if (key == QStringLiteral("ipa02"))
        return tr("Antivirus software is installed on every PC and device, and its virus "
                  "definitions are updated automatically.");
    if (key == QStringLiteral("ipa03"))
        return tr("Passwords are long and hard to guess, are not reused across services and are "
                  "never shared with others.");
    if (key == QStringLiteral("ipa04"))
        return tr("Access to shared folders and cloud shares is limited to the people who need it "
                  "for their work.");
    if (key == QStringLiteral("ipa05"))
        return tr("The company keeps up with new threats and attack methods, for example through "
                  "the alerts of IPA and JPCERT/CC.");
    if (key == QStringLiteral("ipa06"))
        return tr("Staff do not open attachments or links in suspicious mail and know the tricks "
                  "of attacks such as Emotet.");
    if (key == QStringLiteral("ipa07"))
        return tr("Staff check the recipient's address before sending a mail or a fax.");
    if (key == QStringLiteral("ipa08"))
        return tr("Important information sent by mail is never written in the message body but "
                  "sent encrypted, with any password passed on by another means.");
    if (key == QStringLiteral("ipa09"))
        return tr("Wireless LANs are encrypted with WPA2 or WPA3 and protected by a long key that "
                  "is hard to guess.");
    if (key == QStringLiteral("ipa10"))
        return tr("Staff follow rules for web browsing and social media that keep them away from "
                  "dangerous sites and online trouble.");
    if (key == QStringLiteral("ipa11"))
        return tr("Important information is backed up regularly so that it can be restored when it "
                  "is lost or encrypted.");
    if (key == QStringLiteral("ipa12"))
        return tr("Important papers and storage media are never left lying around but kept locked "
                  "away.");
    if (key == QStringLiteral("ipa13"))
        return tr("Important information and devices are taken out of the office only under rules, "
                  "such as permission and protection while away.");
    if (key == QStringLiteral("ipa14"))
        return tr("Staff lock their screen whenever they leave their desk.");
    if (key == QStringLiteral("ipa15"))
        return tr("Visitors are received at reception, accompanied and never left alone where work "
                  "is done.");
    if (key == QStringLiteral("ipa16"))
        return tr("PCs and other devices are protected against theft, for example by a cable lock "
                  "or by being locked away after work.");
    if (key == QStringLiteral("ipa17"))
        return tr("The office is locked whenever nobody is there, and the last person to leave "
                  "checks it.");
    if (key == QStringLiteral("ipa18"))
        return tr("Papers, storage media and devices holding important information are disposed of "
                  "so that nothing can be read or recovered.");
    if (key == QStringLiteral("ipa19"))
        return tr("Staff are bound by rules or a signed pledge to keep company information "
                  "confidential, also after they leave.");
    if (key == QStringLiteral("ipa20"))
        return tr("Staff receive information security training regularly.");
    if (key == QStringLiteral("ipa21"))
        return tr("There are rules on whether and how staff may use their own PCs and smartphones "
                  "for work.");
    if (key == QStringLiteral("ipa22"))
        return tr("Contracts with business partners include confidentiality clauses for the "
                  "information exchanged.");
    if (key == QStringLiteral("ipa23"))
        return tr("External services such as cloud services are chosen after checking their "
                  "security and reliability.");
    if (key == QStringLiteral("ipa24"))
        return tr("The company is prepared for an incident: who is called, who decides and what is "
                  "done first.");
    if (key == QStringLiteral("ipa25"))
        return tr("The information security rules are written down and made known to all staff.");
    if (key == QStringLiteral("kamae.mfa"))
        return tr("Accounts reachable from the internet, such as mail, cloud services, VPN and "
                  "remote access, require multi-factor authentication.");
    if (key == QStringLiteral("kamae.bcp.plan"))
        return tr("A written business continuity plan (BCP) sets out how core business goes on "
                  "with alternative means when IT systems stop.");
    if (key == QStringLiteral("kamae.bcp.review"))
        return tr("The business continuity plan, its emergency contacts and its call tree have "
                  "been reviewed and rehearsed within the last year.");
    if (key == QStringLiteral("kamae.incident.reporting"))
        return tr("The company knows whom to report to and consult when infected (the police, the "
                  "supervising ministry, IPA or JPCERT/CC) and which business partners to inform, "
                  "and it never pays attackers.");
    if (key == QStringLiteral("kamae.supplychain.sites"))
        return tr("Overseas sites, subsidiaries and key suppliers are held to the same security "
                  "measures and are supported and instructed like domestic sites.");
    if (key == QStringLiteral("kamae.policy"))
        return tr("An information security basic policy is written down, approved by management "
                  "and published.");
    return QString();
}

// One line: what goes wrong without the measure.
QString SelfCheckText::why(const QString &key)
{
    if (key == QStringLiteral("ipa01"))
        return tr("Most ransomware gets in through holes that an available update would have "
                  "closed.");
    if (key == QStringLiteral("ipa02"))
        return tr("Outdated definitions miss new malware; up-to-date antivirus stops most common "
                  "infections.");
    if (key == QStringLiteral("ipa03"))
        return tr("One leaked or guessed password opens every account that uses the same one.");
    if (key == QStringLiteral("ipa04"))
        return tr("The fewer people who can open a folder, the less one mistake or infected PC can "
                  "leak or destroy.");
    if (key == QStringLiteral("ipa05"))
        return tr("Attacks change fast; an alert read in time tells you which update or warning "
                  "matters now.");
    if (key == QStringLiteral("ipa06"))
        return tr("Opening one attachment or link is the usual start of an Emotet or ransomware "
                  "infection.");
    if (key == QStringLiteral("ipa07"))
        return tr("Misaddressed mail and faxes are a leading cause of data leaks, and they cannot "
                  "be called back.");
    if (key == QStringLiteral("ipa08"))
        return tr("Mail can go astray or be intercepted; encryption keeps the content unreadable "
                  "to others.");
    if (key == QStringLiteral("ipa09"))
        return tr("A weak wireless LAN lets anyone nearby read traffic and get into the office "
                  "network.");
    if (key == QStringLiteral("ipa10"))
        return tr("Fake sites spread malware, and one careless post can leak information or hurt "
                  "the company's name.");
    if (key == QStringLiteral("ipa11"))
        return tr("Without a recent backup, ransomware, a broken disk or one mistake can erase "
                  "years of work.");
    if (key == QStringLiteral("ipa12"))
        return tr("Papers and USB drives left on desks can be read, copied or taken by anyone "
                  "passing by.");
    if (key == QStringLiteral("ipa13"))
        return tr("Laptops, USB drives and papers taken outside are lost or stolen far more often "
                  "than inside.");
    if (key == QStringLiteral("ipa14"))
        return tr("An unlocked PC lets anyone passing by read, send or change data in your name.");
    if (key == QStringLiteral("ipa15"))
        return tr("An unaccompanied visitor can look at screens and papers or take devices "
                  "unnoticed.");
    if (key == QStringLiteral("ipa16"))
        return tr("A stolen laptop takes its data with it; a cable lock or a locked cabinet stops "
                  "easy theft.");
    if (key == QStringLiteral("ipa17"))
        return tr("An empty, unlocked office invites the theft of devices and papers and the data "
                  "on them.");
    if (key == QStringLiteral("ipa18"))
        return tr("Discarded papers, disks and old PCs often still hold data that someone can read "
                  "or recover.");
    if (key == QStringLiteral("ipa19"))
        return tr("A written obligation makes clear what staff must keep secret and lets you act "
                  "on a breach.");
    if (key == QStringLiteral("ipa20"))
        return tr("Most incidents begin with a mistake; trained staff spot phishing and report "
                  "problems early.");
    if (key == QStringLiteral("ipa21"))
        return tr("Personal devices lack the company's protection, and the data on them leaves "
                  "with their owner.");
    if (key == QStringLiteral("ipa22"))
        return tr("Information handed to a partner is only as safe as the partner's duty to "
                  "protect it.");
    if (key == QStringLiteral("ipa23"))
        return tr("Data kept in a cloud service is only as safe as the provider's security and "
                  "backups.");
    if (key == QStringLiteral("ipa24"))
        return tr("In the first hours of an incident, a ready plan limits the damage and prevents "
                  "panicked mistakes.");
    if (key == QStringLiteral("ipa25"))
        return tr("Written, known rules give everyone the same standard and are the basis of all "
                  "training.");
    if (key == QStringLiteral("kamae.mfa"))
        return tr("A stolen password alone no longer opens the account, which stops most account "
                  "takeovers.");
    if (key == QStringLiteral("kamae.bcp.plan"))
        return tr("When systems are down for days, a plan decides whether orders, shipping and "
                  "payroll go on.");
    if (key == QStringLiteral("kamae.bcp.review"))
        return tr("An untested plan with outdated contacts tends to fail on the day it is needed.");
    if (key == QStringLiteral("kamae.incident.reporting"))
        return tr("Early reports bring expert help and meet legal duties; paying funds attacks and "
                  "rarely recovers data.");
    if (key == QStringLiteral("kamae.supplychain.sites"))
        return tr("Attackers enter through the weakest site or supplier and go on to the head "
                  "office and its customers.");
    if (key == QStringLiteral("kamae.policy"))
        return tr("A published policy shows management's commitment and is required for SECURITY "
                  "ACTION ★★.");
    return QString();
}

// A few words for lists, SECURITY ACTION's requirements and next actions.
QString SelfCheckText::shortTitle(const QString &key)
{
    if (key == QStringLiteral("ipa01"))
        return tr("Software kept up to date");
    if (key == QStringLiteral("ipa02"))
        return tr("Antivirus");
    if (key == QStringLiteral("ipa03"))
        return tr("Strong passwords");
    if (key == QStringLiteral("ipa04"))
        return tr("Access restricted");
    if (key == QStringLiteral("ipa05"))
        return tr("Threat information");
    if (key == QStringLiteral("ipa06"))
        return tr("Care with attachments and links");
    if (key == QStringLiteral("ipa07"))
        return tr("Address checked before sending");
    if (key == QStringLiteral("ipa08"))
        return tr("Important mail protected");
    if (key == QStringLiteral("ipa09"))
        return tr("Wireless LAN secured");
    if (key == QStringLiteral("ipa10"))
        return tr("Web and social media rules");
    if (key == QStringLiteral("ipa11"))
        return tr("Backups");
    if (key == QStringLiteral("ipa12"))
        return tr("Papers and media locked away");
    if (key == QStringLiteral("ipa13"))
        return tr("Rules for taking things out");
    if (key == QStringLiteral("ipa14"))
        return tr("Screen lock");
    if (key == QStringLiteral("ipa15"))
        return tr("Visitor control");
    if (key == QStringLiteral("ipa16"))
        return tr("Devices protected against theft");
    if (key == QStringLiteral("ipa17"))
        return tr("Office locked when empty");
    if (key == QStringLiteral("ipa18"))
        return tr("Secure disposal");
    if (key == QStringLiteral("ipa19"))
        return tr("Staff confidentiality");
    if (key == QStringLiteral("ipa20"))
        return tr("Security training");
    if (key == QStringLiteral("ipa21"))
        return tr("Rules for personal devices");
    if (key == QStringLiteral("ipa22"))
        return tr("Confidentiality with partners");
    if (key == QStringLiteral("ipa23"))
        return tr("Choosing cloud services");
    if (key == QStringLiteral("ipa24"))
        return tr("Incident response ready");
    if (key == QStringLiteral("ipa25"))
        return tr("Written security rules");
    if (key == QStringLiteral("kamae.mfa"))
        return tr("Multi-factor authentication");
    if (key == QStringLiteral("kamae.bcp.plan"))
        return tr("Business continuity plan");
    if (key == QStringLiteral("kamae.bcp.review"))
        return tr("BCP reviewed and rehearsed");
    if (key == QStringLiteral("kamae.incident.reporting"))
        return tr("Incident reporting");
    if (key == QStringLiteral("kamae.supplychain.sites"))
        return tr("Overseas sites and suppliers");
    if (key == QStringLiteral("kamae.policy"))
        return tr("Basic security policy");
    return QString();
}

QString SelfCheckText::part(Part part)
{
    switch (part) {
    case Part::Basic:
        return tr("Part 1: Basic measures");
    case Part::Staff:
        return tr("Part 2: Staff measures");
    case Part::Organisation:
        return tr("Part 3: Organisational measures");
    case Part::Kamae:
        return tr("Kamae's additional questions");
    }
    return QString();
}

QString SelfCheckText::answer(Answer answer)
{
    switch (answer) {
    case Answer::Implemented:
        return tr("Implemented");
    case Answer::Partly:
        return tr("Partly implemented");
    case Answer::NotImplemented:
        return tr("Not implemented");
    case Answer::DontKnow:
        return tr("Don't know");
    case Answer::Unanswered:
        return tr("Not answered");
    }
    return QString();
}

// IPA's bands: 100, 70–99, 50–69, 49 or less.
QString SelfCheckText::band(Band band)
{
    switch (band) {
    case Band::Excellent:
        return tr("Well protected — keep it up");
    case Band::Good:
        return tr("Some weak spots");
    case Band::NeedsWork:
        return tr("Act soon");
    case Band::Dangerous:
        return tr("Serious danger");
    }
    return QString();
}

QString SelfCheckText::bandAdvice(Band band)
{
    switch (band) {
    case Band::Excellent:
        return tr("Keep every measure in place and take the self-check again at least once a "
                  "year.");
    case Band::Good:
        return tr("Work through the questions not yet fully implemented, starting with the basic "
                  "measures of Part 1.");
    case Band::NeedsWork:
        return tr("Basic measures are missing: fix the questions of Part 1 first and plan the rest "
                  "within the next few months.");
    case Band::Dangerous:
        return tr("The company is an easy target: start this week with updates, antivirus, "
                  "passwords and backups, and ask an expert for help.");
    }
    return QString();
}

} // namespace score
} // namespace kamae

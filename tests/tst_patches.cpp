// Patch rules (due dates, overdue, validation) and product matching.
#include "domain/PatchRules.h"
#include "patches/Matching.h"
#include "patches/ProductLines.h"
#include "patches/Proposals.h"

#include <QTest>

using namespace kamae;
using domain::PatchItem;
using domain::Severity;

namespace {

QStringList variantNames(const QString &vendor, const QString &product)
{
    QStringList out;
    for (const patches::NameVariant &v : patches::nameVariants(vendor, product))
        out << v.vendor + QLatin1Char('/') + v.product;
    return out;
}

QVector<qint64> sorted(QVector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

PatchItem item(Severity severity, bool exploited, const QDate &found)
{
    PatchItem p;
    p.assetId = 1;
    p.product = QStringLiteral("FortiOS");
    p.severity = severity;
    p.knownExploited = exploited;
    p.found = found;
    return p;
}

} // namespace

class TestPatches final : public QObject
{
    Q_OBJECT

private slots:
    void severityBands()
    {
        QCOMPARE(domain::severityFromCvss(9.8), Severity::Critical);
        QCOMPARE(domain::severityFromCvss(9.0), Severity::Critical);
        QCOMPARE(domain::severityFromCvss(8.9), Severity::High);
        QCOMPARE(domain::severityFromCvss(7.0), Severity::High);
        QCOMPARE(domain::severityFromCvss(6.9), Severity::Medium);
        QCOMPARE(domain::severityFromCvss(4.0), Severity::Medium);
        QCOMPARE(domain::severityFromCvss(0.1), Severity::Low);
        QCOMPARE(domain::severityFromCvss(0.0), Severity::Unknown);
        QCOMPARE(domain::severityFromCvss(-1), Severity::Unknown);
        QCOMPARE(domain::severityFromText(QStringLiteral("H")), Severity::High);
        QCOMPARE(domain::severityFromText(QStringLiteral(" Critical ")), Severity::Critical);
        QCOMPARE(domain::severityFromText(QStringLiteral("緊急")), Severity::Critical);
        QCOMPARE(domain::severityFromText(QStringLiteral("警告")), Severity::Medium);
        QCOMPARE(domain::severityFromText(QStringLiteral("?")), Severity::Unknown);
    }

    void dueDatesFollowThePolicy_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<bool>("exploited");
        QTest::addColumn<int>("days");
        QTest::newRow("known exploited, critical") << int(Severity::Critical) << true << 14;
        QTest::newRow("known exploited, low") << int(Severity::Low) << true << 14;
        QTest::newRow("critical") << int(Severity::Critical) << false << 30;
        QTest::newRow("high") << int(Severity::High) << false << 60;
        QTest::newRow("medium") << int(Severity::Medium) << false << 90;
        QTest::newRow("unknown") << int(Severity::Unknown) << false << 90;
    }
    void dueDatesFollowThePolicy()
    {
        QFETCH(int, severity);
        QFETCH(bool, exploited);
        QFETCH(int, days);
        const QDate found(2026, 2, 20);
        const PatchItem p = item(Severity(severity), exploited, found);
        const domain::PatchPolicy policy;
        QCOMPARE(domain::daysAllowed(p, policy), days);
        QCOMPARE(domain::dueDate(p, policy), found.addDays(days));
    }

    void policyIsEditable()
    {
        domain::PatchPolicy policy;
        policy.knownExploitedDays = 7;
        policy.criticalDays = 5; // stricter than the exploited rule: the stricter wins
        QCOMPARE(domain::daysAllowed(item(Severity::Critical, true, {}), policy), 5);
        QCOMPARE(domain::daysAllowed(item(Severity::High, true, {}), policy), 7);
        QVERIFY(!domain::dueDate(item(Severity::High, false, {}), policy).isValid());
        QVERIFY(domain::validatePolicy(policy));
        policy.otherDays = 0;
        QVERIFY(!domain::validatePolicy(policy));
    }

    void overdueOnlyWhileOpen()
    {
        const QDate today(2026, 11, 22);
        PatchItem p = item(Severity::High, false, today.addDays(-100));
        p.due = today.addDays(-1);
        QVERIFY(domain::isOverdue(p, today));
        p.due = today;
        QVERIFY(!domain::isOverdue(p, today)); // due today is not late yet
        p.due = today.addDays(-1);
        p.status = domain::PatchStatus::Scheduled;
        QVERIFY(domain::isOverdue(p, today));
        p.status = domain::PatchStatus::Applied;
        QVERIFY(!domain::isOverdue(p, today));
        p.status = domain::PatchStatus::RiskAccepted;
        QVERIFY(!domain::isOverdue(p, today));
        p.acceptedReviewDate = today;
        QVERIFY(domain::acceptanceNeedsReview(p, today));
        p.acceptedReviewDate = today.addDays(1);
        QVERIFY(!domain::acceptanceNeedsReview(p, today));
    }

    void identifiersAreChecked()
    {
        PatchItem p = item(Severity::High, false, QDate(2024, 5, 1));
        p.cves = {QStringLiteral("CVE-2018-13379"), QStringLiteral("CVE-2024-123456")};
        p.jvnIds = {QStringLiteral("JVNDB-2024-001234"), QStringLiteral("JVNVU#99999999"),
                    QStringLiteral("JVN#12345678")};
        QVERIFY(domain::validatePatch(p));
        for (const QString &bad : {QStringLiteral("foo"), QStringLiteral("CVE-2024"),
                                   QStringLiteral("cve-2024-1234 ")}) {
            PatchItem wrong = p;
            wrong.cves = {bad};
            QVERIFY2(!domain::validatePatch(wrong), qPrintable(bad));
        }
        PatchItem wrongJvn = p;
        wrongJvn.jvnIds = {QStringLiteral("JVNDB-24-1")};
        QVERIFY(!domain::validatePatch(wrongJvn));
    }

    void riskAcceptedNeedsAReasonAndAReviewDate()
    {
        PatchItem p = item(Severity::High, false, QDate(2026, 1, 1));
        QVERIFY(domain::validatePatch(p));
        p.status = domain::PatchStatus::RiskAccepted;
        const Status noReason = domain::validatePatch(p);
        QVERIFY(!noReason);
        QVERIFY(noReason.error().contains(QStringLiteral("reason")));
        p.acceptedReason = QStringLiteral("装置は閉域網のみで使用");
        QVERIFY(!domain::validatePatch(p));
        p.acceptedReviewDate = QDate(2027, 1, 1);
        QVERIFY(domain::validatePatch(p));
        p.status = domain::PatchStatus::Applied;
        QVERIFY(!domain::validatePatch(p));
        p.applied = QDate(2026, 2, 1);
        QVERIFY(domain::validatePatch(p));
        p.assetId = 0;
        QVERIFY(!domain::validatePatch(p));
    }

    void namesAreNormalised()
    {
        QCOMPARE(patches::normalizeName(QStringLiteral("Fortinet, Inc.")),
                 patches::normalizeName(QStringLiteral("FORTINET")));
        QCOMPARE(patches::normalizeName(QStringLiteral("Windows Server")),
                 patches::normalizeName(QStringLiteral("windows_server")));
        QCOMPARE(patches::normalizeName(QStringLiteral("Microsoft Corporation")),
                 QStringLiteral("microsoft"));
        QCOMPARE(patches::normalizeName(QStringLiteral("ＦｏｒｔｉＯＳ")),
                 QStringLiteral("fortios"));
        QCOMPARE(patches::normalizeName(QStringLiteral("株式会社バッファロー")),
                 QStringLiteral("バッファロー"));
        QVERIFY(patches::normalizeName(QStringLiteral("Zoom")) !=
                patches::normalizeName(QStringLiteral("Zoom Rooms")));
    }

    void matchesByVendorProductAndAlias()
    {
        const QVector<patches::AssetProduct> assets = {
            {1, QStringLiteral("Fortinet"), QStringLiteral("FortiGate"), QStringLiteral("6.0.4")},
            {2, QStringLiteral("Fortinet, Inc."), QStringLiteral("FortiOS"), QString()},
            {3, QStringLiteral("Microsoft"), QStringLiteral("Exchange Server"), QString()},
            {4, QString(), QStringLiteral("MOVEit Transfer"), QStringLiteral("2021.0")},
            {5, QStringLiteral("Progress"), QStringLiteral("MOVEit Transfer"), QString()},
            {6, QStringLiteral("Zoom"), QStringLiteral("Zoom Rooms"), QString()},
            {7, QString(), QString(), QString()},
        };
        const QVector<patches::ProductAlias> aliases = {
            {1, QStringLiteral("Fortinet"), QStringLiteral("FortiOS"), QStringLiteral("Fortinet"),
             QStringLiteral("FortiGate")},
        };
        const patches::ProductMatcher matcher(assets, aliases);

        patches::EntryProducts fortios;
        fortios.products = {{QStringLiteral("Fortinet"), QStringLiteral("FortiOS")}};
        QVector<qint64> ids = matcher.assetsFor(fortios);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QVector<qint64>{1, 2}));

        patches::EntryProducts moveit;
        moveit.products = {{QStringLiteral("Progress"), QStringLiteral("MOVEit Transfer")}};
        ids = matcher.assetsFor(moveit);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QVector<qint64>{4, 5}));

        patches::EntryProducts zoom;
        zoom.products = {{QStringLiteral("Zoom"), QStringLiteral("Zoom")}};
        QVERIFY(matcher.assetsFor(zoom).isEmpty());

        // A JVN entry names a product twice (display name and CPE): one match.
        patches::EntryProducts jvn;
        jvn.products = {{QStringLiteral("マイクロソフト"), QStringLiteral("Exchange Server")},
                        {QStringLiteral("microsoft"), QStringLiteral("exchange_server")}};
        QCOMPARE(matcher.assetsFor(jvn), (QVector<qint64>{3}));

        const auto all = matcher.matchAll({fortios, moveit, zoom});
        QCOMPARE(all.size(), 4);
    }

    void feedEntriesBecomeMatcherInput()
    {
        feeds::FeedEntry kev;
        kev.vendor = QStringLiteral("Fortinet");
        kev.product = QStringLiteral("FortiOS");
        patches::EntryProducts in = patches::entryProducts(kev);
        QCOMPARE(in.products.size(), 1);
        QCOMPARE(in.products.first().second, QStringLiteral("FortiOS"));

        feeds::FeedEntry jvn;
        jvn.vendor = QStringLiteral("fortinet");
        jvn.product = QStringLiteral("fortios");
        jvn.products = {{QStringLiteral("フォーティネット"), QStringLiteral("FortiOS")},
                        {QStringLiteral("fortinet"), QStringLiteral("fortios")}};
        jvn.cpes = {QStringLiteral("cpe:/o:fortinet:fortios:7.0")};
        in = patches::entryProducts(jvn);
        QCOMPARE(in.products.size(), 2);
        QCOMPARE(in.cpes, jvn.cpes);
        const patches::ProductMatcher matcher(
            {{1, QStringLiteral("Fortinet"), QStringLiteral("FortiOS"), QStringLiteral("7.0.12")},
             {2, QStringLiteral("Fortinet"), QStringLiteral("FortiOS"), QStringLiteral("6.4.1")}},
            {});
        QCOMPARE(matcher.assetsFor(in), (QVector<qint64>{1}));
    }

    void compoundProductNamesAreSplit()
    {
        QStringList v = variantNames(QStringLiteral("Adobe"), QStringLiteral("Acrobat and Reader"));
        QCOMPARE(v.first(), QStringLiteral("Adobe/Acrobat and Reader"));
        QVERIFY2(v.contains(QStringLiteral("Adobe/Acrobat")), qPrintable(v.join(u'|')));
        QVERIFY(v.contains(QStringLiteral("Adobe/Reader")));
        QVERIFY(v.contains(QStringLiteral("Adobe/Acrobat Reader DC"))); // the family
        v = variantNames(QStringLiteral("Adobe"), QStringLiteral("Reader and Acrobat"));
        QVERIFY(v.contains(QStringLiteral("Adobe/Acrobat Reader")));
        v = variantNames(QStringLiteral("Fortinet"),
                         QStringLiteral("FortiOS and FortiProxy SSL-VPN"));
        QVERIFY2(v.contains(QStringLiteral("Fortinet/FortiOS")), qPrintable(v.join(u'|')));
        QVERIFY(v.contains(QStringLiteral("Fortinet/FortiProxy")));
        v = variantNames(QStringLiteral("Apple"), QStringLiteral("iOS, iPadOS, and macOS"));
        QVERIFY2(v.contains(QStringLiteral("Apple/iOS")), qPrintable(v.join(u'|')));
        QVERIFY(v.contains(QStringLiteral("Apple/iPadOS")));
        QVERIFY(v.contains(QStringLiteral("Apple/macOS")));
        QVERIFY(!v.contains(QStringLiteral("Apple/and macOS")));
        v = variantNames(QStringLiteral("Google"), QStringLiteral("Chromium V8"));
        QVERIFY2(v.contains(QStringLiteral("Google/Chromium")), qPrintable(v.join(u'|')));
        QVERIFY(v.contains(QStringLiteral("Google/Chrome")));
        QVERIFY(v.contains(QStringLiteral("Microsoft/Edge")));
        v = variantNames(QStringLiteral("Microsoft"),
                         QStringLiteral("Windows CNG Key Isolation Service"));
        QVERIFY(v.contains(QStringLiteral("Microsoft/Windows")));
        v = variantNames(QStringLiteral("Microsoft"), QStringLiteral("Windows Server"));
        QVERIFY(!v.contains(QStringLiteral("Microsoft/Windows")));
        v = variantNames(
            QStringLiteral("Cisco"),
            QStringLiteral("Adaptive Security Appliance (ASA) and Firepower Threat Defense (FTD)"));
        QVERIFY2(v.contains(QStringLiteral("Cisco/ASA")), qPrintable(v.join(u'|')));
        QVERIFY(v.contains(QStringLiteral("Cisco/Firepower Threat Defense")));
        // "Backup & Replication" is one product.
        QCOMPARE(variantNames(QStringLiteral("Veeam"), QStringLiteral("Backup & Replication")),
                 QStringList{QStringLiteral("Veeam/Backup & Replication")});
    }

    void compoundNamesAndFamiliesMatchTheRegister()
    {
        const QVector<patches::AssetProduct> assets = {
            {1, QStringLiteral("Adobe"), QStringLiteral("Acrobat Reader DC"), QString()},
            {2, QStringLiteral("Google"), QStringLiteral("Chrome"), QString()},
            {3, QStringLiteral("Fortinet"), QStringLiteral("FortiOS"), QStringLiteral("7.2.4")},
            {4, QStringLiteral("Apple"), QStringLiteral("iOS"), QString()},
            {5, QStringLiteral("Microsoft"), QStringLiteral("Windows 11 Pro"), QString()},
            {6, QString(), QStringLiteral("iOS"), QString()},
            {7, QStringLiteral("Microsoft"), QStringLiteral("Edge"), QString()},
            {8, QStringLiteral("Google"), QStringLiteral("Google Chrome"), QString()},
        };
        const patches::ProductMatcher matcher(assets, {});
        auto kev = [](const char *vendor, const char *product, const char *description = "") {
            feeds::FeedEntry e;
            e.vendor = QString::fromLatin1(vendor);
            e.product = QString::fromLatin1(product);
            e.description = QString::fromLatin1(description);
            return patches::entryProducts(e);
        };
        QCOMPARE(matcher.assetsFor(kev("Adobe", "Acrobat and Reader")), (QVector<qint64>{1}));
        QCOMPARE(matcher.assetsFor(kev("Adobe", "Reader and Acrobat")), (QVector<qint64>{1}));
        QCOMPARE(sorted(matcher.assetsFor(kev("Google", "Chromium V8"))),
                 (QVector<qint64>{2, 7, 8}));
        QCOMPARE(matcher.assetsFor(kev("Fortinet", "FortiOS and FortiProxy SSL-VPN")),
                 (QVector<qint64>{3}));
        QCOMPARE(sorted(matcher.assetsFor(kev("Apple", "iOS and iPadOS"))), (QVector<qint64>{4}));
        QCOMPARE(matcher.assetsFor(kev("Microsoft", "Win32k")), QVector<qint64>{}); // alias only
        QCOMPARE(matcher.assetsFor(kev("Microsoft", "Windows")), (QVector<qint64>{5}));
        // A part of a compound is too weak for an asset without a vendor.
        QCOMPARE(matcher.assetsFor(kev("Cisco", "IOS and IOS XE Software")), QVector<qint64>{});
        // "Multiple Products": the description's subject names them.
        QCOMPARE(matcher.assetsFor(kev("Fortinet", "Multiple Products",
                                       "Fortinet FortiOS, FortiPAM, FortiProxy, and FortiWeb "
                                       "contain a format string vulnerability.")),
                 (QVector<qint64>{3}));
        QCOMPARE(matcher.assetsFor(kev("Fortinet", "Multiple Products",
                                       "Fortinet FortiFone, FortiVoice, FortiNDR and FortiMail "
                                       "contain a stack-based overflow vulnerability.")),
                 QVector<qint64>{});

        const QVector<patches::AssetMatch> why = matcher.matchesFor(kev("Google", "Chromium V8"));
        QVERIFY(!why.isEmpty());
        for (const patches::AssetMatch &m : why) {
            QCOMPARE(m.reason.feedProduct, QStringLiteral("Chromium V8"));
            QCOMPARE(m.reason.reading, patches::NameReading::Family);
        }
    }

    void productLinesFromTheAssetsText()
    {
        auto line = [](const char *vendor, const char *product, const char *version) {
            return patches::assetLine(QString::fromUtf8(vendor), QString::fromUtf8(product),
                                      QString::fromUtf8(version))
                .names();
        };
        QCOMPARE(line("Microsoft", "Windows", "11 23H2"), QStringLiteral("Windows 11"));
        QCOMPARE(line("Microsoft", "Windows", "11"), QStringLiteral("Windows 11"));
        QCOMPARE(line("Microsoft", "Windows", "10.0.22631"), QStringLiteral("Windows 11"));
        QCOMPARE(line("Microsoft", "Windows", "10.0.19045.4529"), QStringLiteral("Windows 10"));
        QCOMPARE(line("Microsoft", "Windows 11 Pro", ""), QStringLiteral("Windows 11"));
        QCOMPARE(line("", "Windows 10 Pro 22H2", ""), QStringLiteral("Windows 10"));
        QCOMPARE(line("Microsoft", "Windows", "10 / 11"), QStringLiteral("Windows 10, Windows 11"));
        QCOMPARE(line("Microsoft", "Windows", "8.1"), QStringLiteral("Windows 8.1"));
        QCOMPARE(line("Microsoft", "Windows Server", "2012 R2"),
                 QStringLiteral("Windows Server 2012 R2"));
        QCOMPARE(line("Microsoft", "Windows Server 2019 Standard", ""),
                 QStringLiteral("Windows Server 2019"));
        QCOMPARE(line("Microsoft", "Windows Server", "10.0.20348"),
                 QStringLiteral("Windows Server 2022"));
        QCOMPARE(line("Microsoft", "Office", "2019"), QStringLiteral("Office 2019"));
        QCOMPARE(line("Adobe", "Acrobat Reader DC", ""), QStringLiteral("Acrobat Reader DC"));
        QCOMPARE(line("Adobe", "Acrobat Reader", "2025.001.20521"),
                 QStringLiteral("Acrobat Reader DC"));
        QCOMPARE(line("Microsoft", "Windows", ""), QString()); // the line is unknown
        QCOMPARE(line("Apple", "iOS", "17.5"), QString());     // no line in the table
        QCOMPARE(patches::assetLine(QStringLiteral("Microsoft"), QStringLiteral("Windows"),
                                    QStringLiteral("10 / 11"))
                     .earliestRelease(),
                 QDate(2015, 7, 29));
        QCOMPARE(patches::assetLine(QStringLiteral("Microsoft"),
                                    QStringLiteral("Windows Server 2022"), QString())
                     .family,
                 QStringLiteral("Windows Server"));
        // Every line in the table has a release date and a family.
        for (const patches::ProductLine &l : patches::productLines()) {
            QVERIFY(l.released.isValid());
            QVERIFY(l.name.startsWith(l.family));
        }
    }

    void noVulnerabilityOlderThanTheLine()
    {
        const QDate win11(2021, 10, 5);
        // BlueKeep (2019) and a 2002 Windows CVE are not for Windows 11, even
        // though CISA added them to KEV after 2021.
        QVERIFY(
            patches::olderThanLine({QStringLiteral("CVE-2019-0708")}, QDate(2021, 11, 3), win11));
        QVERIFY(
            patches::olderThanLine({QStringLiteral("CVE-2002-0367")}, QDate(2022, 3, 3), win11));
        QVERIFY(
            patches::olderThanLine({QStringLiteral("CVE-2018-8639")}, QDate(2025, 3, 3), win11));
        QVERIFY(
            !patches::olderThanLine({QStringLiteral("CVE-2021-40444")}, QDate(2021, 11, 3), win11));
        QVERIFY(
            !patches::olderThanLine({QStringLiteral("CVE-2025-29824")}, QDate(2025, 4, 8), win11));
        // Added to KEV before the line shipped: it shipped with the fix.
        QVERIFY(patches::olderThanLine({QStringLiteral("CVE-2024-43573")}, QDate(2024, 10, 8),
                                       QDate(2024, 11, 1)));
        QVERIFY(!patches::olderThanLine({}, QDate(2020, 1, 1), QDate()));
        QCOMPARE(patches::newestCveYear(
                     {QStringLiteral("CVE-2014-1"), QStringLiteral("CVE-2016-12345")}),
                 2016);
    }

    void anEntryKnownBeforeTheLastUpdateIsProbablyFixed()
    {
        domain::Asset pc;
        pc.id = 1;
        pc.name = QStringLiteral("PC");
        pc.kind = domain::AssetKind::Device;
        pc.vendor = QStringLiteral("Microsoft");
        pc.product = QStringLiteral("Windows");
        pc.version = QStringLiteral("11 23H2");
        pc.lastUpdated = QDate(2025, 5, 14);
        auto entry = [](const char *cve, const QDate &added) {
            feeds::FeedEntry e;
            e.id = QString::fromLatin1(cve);
            e.cves = {e.id};
            e.vendor = QStringLiteral("Microsoft");
            e.product = QStringLiteral("Windows");
            e.published = added;
            e.knownExploited = true;
            return e;
        };
        const QVector<feeds::FeedEntry> entries = {
            entry("CVE-2025-29824", QDate(2025, 4, 8)),  // before the update
            entry("CVE-2025-33053", QDate(2025, 6, 10)), // after it
            entry("CVE-2025-32701", QDate(2025, 5, 14)), // the same day: not before
            entry("CVE-2019-0708", QDate(2021, 11, 3)),  // before Windows 11 existed
        };
        patches::ProposalInput input;
        input.assets = {pc};
        for (const feeds::FeedEntry &e : entries)
            input.entries.append({feeds::FeedKind::Kev, &e, QStringLiteral("KEV:") + e.id});
        input.today = QDate(2025, 8, 26);
        const QVector<patches::Proposal> proposals = patches::proposePatches(input);
        QCOMPARE(proposals.size(), 3);
        QCOMPARE(patches::countNew(proposals), 2);
        // New ones first.
        QCOMPARE(proposals.at(0).state, patches::ProposalState::New);
        QCOMPARE(proposals.at(1).state, patches::ProposalState::New);
        const patches::Proposal &fixed = proposals.at(2);
        QCOMPARE(fixed.item.cves, QStringList{QStringLiteral("CVE-2025-29824")});
        QCOMPARE(fixed.state, patches::ProposalState::ProbablyFixed);
        QCOMPARE(fixed.fixedBy, QDate(2025, 5, 14));
        QVERIFY(patches::stateText(fixed).contains(QStringLiteral("2025")));
        QCOMPARE(fixed.productLine, QStringLiteral("Windows 11"));
        QCOMPARE(patches::proposalId(fixed), QStringLiteral("1:KEV:CVE-2025-29824"));
        QVERIFY(!patches::reasonText(fixed).isEmpty());
    }

    void versionsNarrowTheMatchWhenKnown()
    {
        const QStringList cpes = {QStringLiteral("cpe:/o:fortinet:fortios:6.0"),
                                  QStringLiteral("cpe:/o:fortinet:fortios:5.6.3")};
        const QString v = QStringLiteral("Fortinet"), p = QStringLiteral("FortiOS");
        QVERIFY(patches::versionMayBeAffected(QStringLiteral("6.0.4"), cpes, v, p));
        QVERIFY(patches::versionMayBeAffected(QStringLiteral("5.6.3"), cpes, v, p));
        QVERIFY(!patches::versionMayBeAffected(QStringLiteral("7.2.1"), cpes, v, p));
        QVERIFY(!patches::versionMayBeAffected(QStringLiteral("6.01"), cpes, v, p));
        // Unknown versions on either side: assume affected.
        QVERIFY(patches::versionMayBeAffected(QString(), cpes, v, p));
        QVERIFY(patches::versionMayBeAffected(QStringLiteral("7.2.1"),
                                              {QStringLiteral("cpe:/o:fortinet:fortios")}, v, p));
        // CPEs of another product do not decide.
        QVERIFY(patches::versionMayBeAffected(
            QStringLiteral("7.2.1"), {QStringLiteral("cpe:/a:fortinet:forticlient:7.0")}, v, p));

        const patches::ProductMatcher matcher(
            {{1, v, p, QStringLiteral("7.2.1")}, {2, v, p, QStringLiteral("6.0.4")}}, {});
        patches::EntryProducts entry;
        entry.products = {{v, p}};
        entry.cpes = cpes;
        QCOMPARE(matcher.assetsFor(entry), (QVector<qint64>{2}));
    }
};

QTEST_GUILESS_MAIN(TestPatches)
#include "tst_patches.moc"

// Patch rules (due dates, overdue, validation) and product matching.
#include "domain/PatchRules.h"
#include "patches/Matching.h"

#include <QTest>

using namespace kamae;
using domain::PatchItem;
using domain::Severity;

namespace {

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

// The people list from CSV and XLSX (organisation/PeopleImport.h): headers
// guessed in Japanese and English, every bad row named with its line, rows
// that name an entry of the list update it, one transaction with undo.
#include "TestSupport.h"

#include "core/Clock.h"
#include "organisation/PeopleImport.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PeopleRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace kamae;
using organisation::PersonField;
using organisation::PersonImportAction;

namespace {

std::unique_ptr<store::Database> migrated()
{
    auto db = store::Database::createEmpty();
    if (!db || !store::migrate(*db.value()))
        return nullptr;
    return std::move(db.value());
}

QString fixture(const char *name)
{
    return QStringLiteral(KAMAE_TEST_DATA "/people/") + QLatin1String(name);
}

int scalar(const store::Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

struct Loaded
{
    io::Table table;
    organisation::PeopleColumnMapping mapping;
};

Loaded load(const char *name)
{
    auto table = organisation::readPeopleFile(fixture(name));
    if (!table)
        qWarning() << table.error();
    Loaded l;
    l.table = table ? table.value() : io::Table();
    l.mapping = organisation::guessPeopleMapping(l.table.header);
    return l;
}

const domain::Person *byName(const QVector<domain::Person> &people, const QString &name)
{
    return domain::findPersonByName(people, name);
}

} // namespace

class TestPeopleImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_people_import");
        clock::setFixedNow(QDateTime(QDate(2026, 12, 2), QTime(1, 0), QTimeZone::utc()));
    }
    void cleanupTestCase() { clock::reset(); }

    void guessesJapaneseAndEnglishHeaders()
    {
        const QStringList header = {QStringLiteral("社員番号"), QStringLiteral("氏名"),
                                    QStringLiteral("ふりがな"), QStringLiteral("所属"),
                                    QStringLiteral("役職"),     QStringLiteral("Ｅ－ｍａｉｌ"),
                                    QStringLiteral("電話"),     QStringLiteral("入社日"),
                                    QStringLiteral("退職日"),   QStringLiteral("名前")};
        const auto m = organisation::guessPeopleMapping(header);
        QVERIFY(!m.fieldOfColumn.at(0));
        QCOMPARE(*m.fieldOfColumn.at(1), PersonField::Name);
        QCOMPARE(*m.fieldOfColumn.at(2), PersonField::Reading);
        QCOMPARE(*m.fieldOfColumn.at(3), PersonField::Department);
        QCOMPARE(*m.fieldOfColumn.at(4), PersonField::Role);
        QCOMPARE(*m.fieldOfColumn.at(5), PersonField::Email);
        QCOMPARE(*m.fieldOfColumn.at(6), PersonField::Phone);
        QCOMPARE(*m.fieldOfColumn.at(7), PersonField::Joined);
        QCOMPARE(*m.fieldOfColumn.at(8), PersonField::Left);
        // The name is taken by the first column that names it.
        QVERIFY(!m.fieldOfColumn.at(9));

        const auto en = organisation::guessPeopleMapping(
            {QStringLiteral("Full name"), QStringLiteral("Furigana"), QStringLiteral("Dept"),
             QStringLiteral("E-mail"), QStringLiteral("Start date"), QStringLiteral("kind")});
        QCOMPARE(*en.fieldOfColumn.at(0), PersonField::Name);
        QCOMPARE(*en.fieldOfColumn.at(1), PersonField::Reading);
        QCOMPARE(*en.fieldOfColumn.at(2), PersonField::Department);
        QCOMPARE(*en.fieldOfColumn.at(3), PersonField::Email);
        QCOMPARE(*en.fieldOfColumn.at(4), PersonField::Joined);
        QCOMPARE(*en.fieldOfColumn.at(5), PersonField::Kind);
    }

    void chooseAndCheckColumns()
    {
        const QStringList header = {QStringLiteral("社員氏名"), QStringLiteral("Mail")};
        auto m = organisation::guessPeopleMapping(header);
        io::Table table;
        table.header = header;
        table.headerLine = 3;
        const Status missing = organisation::checkPeopleMapping(table, m);
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(QStringLiteral("社員氏名")), qPrintable(missing.error()));
        QVERIFY(missing.error().contains(QStringLiteral("氏名")));
        QVERIFY(missing.error().contains(QLatin1String("Row 3")));
        QVERIFY(organisation::choosePeopleColumn(m, header, QStringLiteral("name"),
                                                 QStringLiteral("社員氏名")));
        QVERIFY(organisation::checkPeopleMapping(table, m));
        const Status badKey = organisation::choosePeopleColumn(m, header, QStringLiteral("surname"),
                                                               QStringLiteral("Mail"));
        QVERIFY(badKey.error().contains(QLatin1String("reading")));
        const Status badHeader = organisation::choosePeopleColumn(
            m, header, QStringLiteral("email"), QStringLiteral("E-mail address"));
        QVERIFY(badHeader.error().contains(QStringLiteral("社員氏名, Mail")));
    }

    // Excel's "CSV (コンマ区切り)": Shift_JIS, a title above the header,
    // an empty row, yyyy/m/d dates; the employee number is said to be left out.
    void excelShiftJisList()
    {
        const Loaded l = load("staff_excel_sjis.csv");
        QCOMPARE(l.table.headerLine, 3);
        const auto plan = organisation::planPeopleImport(l.table, l.mapping, {});
        QVERIFY2(plan.errors.isEmpty(), qPrintable(plan.errors.value(0).message));
        QCOMPARE(plan.rows.size(), 4);
        QCOMPARE(plan.skippedEmpty, 1);
        QCOMPARE(plan.unmappedColumns, QStringList{QStringLiteral("社員番号")});
        QCOMPARE(plan.count(PersonImportAction::Add), 4);
        const domain::Person &first = plan.rows.at(0).person;
        QCOMPARE(first.name, QStringLiteral("髙橋 一郎"));
        QCOMPARE(first.reading, QStringLiteral("タカハシ イチロウ"));
        QCOMPARE(first.department, QStringLiteral("総務部"));
        QCOMPARE(first.role, QStringLiteral("部長"));
        QCOMPARE(first.email, QStringLiteral("takahashi@example.co.jp"));
        QCOMPARE(first.phone, QStringLiteral("03-1234-5678"));
        QCOMPARE(first.joined, QDate(2010, 4, 1));
        QVERIFY(!first.left.isValid());
        QCOMPARE(plan.rows.at(0).line, 4);
        QCOMPARE(plan.rows.at(2).line, 7);
    }

    // Excel's "CSV UTF-8": every bad row is named with its line and reason,
    // the good one is planned, the badge column is said to be left out.
    void badRowsAreNamed()
    {
        const Loaded l = load("staff_utf8_bom.csv");
        QCOMPARE(l.table.header.first(), QStringLiteral("Name"));
        const auto plan = organisation::planPeopleImport(l.table, l.mapping, {});
        QCOMPARE(plan.rows.size(), 1);
        QCOMPARE(plan.rows.first().person.name, QStringLiteral("Ito Ken"));
        QCOMPARE(plan.unmappedColumns, QStringList{QStringLiteral("Badge")});
        QCOMPARE(plan.errors.size(), 5);
        const QStringList expected = {
            QStringLiteral("The name is empty."),
            QStringLiteral("“kato(at)example.com” is not an e-mail address."),
            QStringLiteral("The e-mail address “ITO@example.com” is also on line 2."),
            QStringLiteral("Joined on must be a date"),
            QStringLiteral("Leaves on 2023-03-31, before joining on 2024-04-01."),
        };
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(plan.errors.at(i).line, i + 3);
            QVERIFY2(plan.errors.at(i).message.contains(expected.at(i)),
                     qPrintable(plan.errors.at(i).message));
        }
    }

    // Entries already in the list are updated (by address, else by name):
    // the file's values replace theirs, empty cells keep them.
    void existingEntriesAreUpdated()
    {
        auto db = migrated();
        QVERIFY(db);
        store::PeopleRepository people(*db);
        domain::Person takahashi;
        takahashi.name = QStringLiteral("髙橋 一郎");
        takahashi.email = QStringLiteral("takahashi@example.co.jp");
        takahashi.phone = QStringLiteral("03-1234-5678");
        takahashi.department = QStringLiteral("総務部");
        QVERIFY(people.insert(takahashi));
        domain::Person suzuki;
        suzuki.name = QStringLiteral("鈴木 花子");
        suzuki.department = QStringLiteral("営業部");
        suzuki.notes = QStringLiteral("typed in Kamae");
        QVERIFY(people.insert(suzuki));
        domain::Person yamada;
        yamada.name = QStringLiteral("山田 太郎");
        QVERIFY(people.insert(yamada));
        const auto before = people.all();
        QVERIFY(before);

        const Loaded l = load("staff_update.xlsx");
        const auto plan = organisation::planPeopleImport(l.table, l.mapping, before.value());
        QVERIFY2(plan.errors.isEmpty(), qPrintable(plan.errors.value(0).message));
        QCOMPARE(plan.rows.size(), 4);
        // 髙橋: matched by address; new role, the phone the file leaves empty kept.
        QCOMPARE(plan.rows.at(0).action, PersonImportAction::Update);
        QVERIFY(plan.rows.at(0).matchedByEmail);
        QCOMPARE(plan.rows.at(0).person.role, QStringLiteral("取締役"));
        QCOMPARE(plan.rows.at(0).person.phone, QStringLiteral("03-1234-5678"));
        QCOMPARE(plan.rows.at(0).person.joined, QDate(2010, 4, 1)); // an XLSX date serial
        // 鈴木: matched by name; gets an address and a leaving date.
        QCOMPARE(plan.rows.at(1).action, PersonImportAction::Update);
        QVERIFY(!plan.rows.at(1).matchedByEmail);
        QCOMPARE(plan.rows.at(1).changed,
                 (QStringList{QStringLiteral("reading"), QStringLiteral("email"),
                              QStringLiteral("left")}));
        QCOMPARE(plan.rows.at(1).person.left, QDate(2026, 9, 30));
        QCOMPARE(plan.rows.at(1).person.notes, QStringLiteral("typed in Kamae"));
        QCOMPARE(plan.rows.at(3).action, PersonImportAction::Add);
        QCOMPARE(plan.count(PersonImportAction::Update), 3);

        const int auditBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log"));
        const auto outcome = organisation::importPeople(*db, plan);
        QVERIFY2(outcome, qPrintable(outcome.error()));
        QCOMPARE(outcome->added.size(), 1);
        QCOMPARE(outcome->updatedBefore.size(), 3);
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")) > auditBefore);
        auto after = people.all();
        QVERIFY(after);
        QCOMPARE(after->size(), 4);
        QCOMPARE(byName(after.value(), QStringLiteral("鈴木 花子"))->email,
                 QStringLiteral("suzuki@example.co.jp"));
        QCOMPARE(byName(after.value(), QStringLiteral("中村 美咲"))->joined, QDate(2026, 11, 1));

        // The same file again changes nothing.
        const auto again = organisation::planPeopleImport(l.table, l.mapping, after.value());
        QCOMPARE(again.count(PersonImportAction::Unchanged), 4);

        // Undo puts the list back as it was; redo writes it again, same ids.
        QVERIFY(organisation::undoPeopleImport(*db, outcome.value()));
        auto undone = people.all();
        QVERIFY(undone);
        QCOMPARE(undone.value(), before.value());
        QVERIFY(organisation::redoPeopleImport(*db, outcome.value()));
        auto redone = people.all();
        QVERIFY(redone);
        QCOMPARE(redone.value(), after.value());
    }

    // "Outside the company" is an optional column of yes or no in either
    // language; any other value is a bad row, an empty cell keeps what the
    // entry says (staff for a new one).
    void outsideTheCompanyColumn()
    {
        for (const QString &header :
             {QStringLiteral("外部"), QStringLiteral("社外"), QStringLiteral("External"),
              QStringLiteral("external"), QStringLiteral("Outside the company")})
            QCOMPARE(organisation::guessPeopleMapping({QStringLiteral("氏名"), header})
                         .fieldOfColumn.at(1),
                     std::optional<PersonField>(PersonField::External));
        QVERIFY(organisation::peopleMappingKeys().contains(QStringLiteral("external")));

        auto db = migrated();
        QVERIFY(db);
        store::PeopleRepository people(*db);
        domain::Person vendor;
        vendor.name = QStringLiteral("保守 誠");
        vendor.external = true;
        QVERIFY(people.insert(vendor));
        domain::Person staff;
        staff.name = QStringLiteral("佐藤 花子");
        QVERIFY(people.insert(staff));
        const auto existing = people.all();
        QVERIFY(existing);

        io::Table table;
        table.header = {QStringLiteral("氏名"), QStringLiteral("外部")};
        const QVector<std::pair<const char16_t *, const char16_t *>> cells = {
            {u"a", u"1"},      {u"b", u"はい"},       {u"c", u"外部"},   {u"d", u"TRUE"},
            {u"e", u"Yes"},    {u"f", u"0"},          {u"g", u"いいえ"}, {u"h", u"社員"},
            {u"i", u"false"},  {u"j", u"no"},         {u"k", u""},       {u"l", u"maybe"},
            {u"保守 誠", u""}, {u"佐藤 花子", u"１"},
        };
        int line = 2;
        for (const auto &[name, value] : cells) {
            table.rows << QStringList{QString::fromUtf16(name), QString::fromUtf16(value)};
            table.sourceLines << line++;
        }
        const auto plan = organisation::planPeopleImport(
            table, organisation::guessPeopleMapping(table.header), existing.value());
        QCOMPARE(plan.errors.size(), 1);
        QCOMPARE(plan.errors.first().line, 13);
        QVERIFY2(plan.errors.first().message.contains(QStringLiteral("“maybe”")),
                 qPrintable(plan.errors.first().message));
        QVERIFY(plan.errors.first().message.contains(QStringLiteral("Outside the company")));
        QCOMPARE(plan.rows.size(), 13);
        QString outside;
        for (const organisation::PersonImportRow &row : plan.rows)
            if (row.person.external)
                outside += row.person.name.left(1);
        QCOMPARE(outside, QStringLiteral("abcde保佐")); // the full-width 1 too
        // The vendor's empty cell keeps the flag; 佐藤 becomes an outsider.
        QCOMPARE(plan.rows.at(11).action, PersonImportAction::Unchanged);
        QCOMPARE(plan.rows.at(12).action, PersonImportAction::Update);
        QCOMPARE(plan.rows.at(12).changed, QStringList{QStringLiteral("external")});

        const auto outcome = organisation::importPeople(*db, plan);
        QVERIFY2(outcome, qPrintable(outcome.error()));
        const auto after = people.all();
        QVERIFY(after);
        QVERIFY(byName(after.value(), QStringLiteral("a"))->external);
        QVERIFY(!byName(after.value(), QStringLiteral("k"))->external);
        QVERIFY(byName(after.value(), QStringLiteral("保守 誠"))->external);
        QVERIFY(byName(after.value(), QStringLiteral("佐藤 花子"))->external);
        // Undo puts 佐藤 back on the staff.
        QVERIFY(organisation::undoPeopleImport(*db, outcome.value()));
        QCOMPARE(people.all().value(), existing.value());
    }

    // A row whose address is one entry's and whose name is another's is an
    // error; so are two rows about one entry. Nothing is stored on a failure.
    void conflictsWithTheListAreErrors()
    {
        auto db = migrated();
        QVERIFY(db);
        store::PeopleRepository people(*db);
        domain::Person a;
        a.name = QStringLiteral("A");
        a.email = QStringLiteral("a@example.com");
        QVERIFY(people.insert(a));
        domain::Person b;
        b.name = QStringLiteral("B");
        QVERIFY(people.insert(b));
        const auto existing = people.all();
        io::Table table;
        table.header = {QStringLiteral("氏名"), QStringLiteral("メール"), QStringLiteral("種別")};
        table.rows = {{QStringLiteral("B"), QStringLiteral("A@example.com"), QString()},
                      {QStringLiteral("A"), QString(), QStringLiteral("部署")},
                      {QStringLiteral("C"), QString(), QStringLiteral("robot")},
                      {QStringLiteral("営業部"), QString(), QStringLiteral("部署")},
                      {QStringLiteral("A2"), QStringLiteral("a@example.com"), QString()}};
        table.sourceLines = {2, 3, 4, 5, 6};
        const auto plan = organisation::planPeopleImport(
            table, organisation::guessPeopleMapping(table.header), existing.value());
        QCOMPARE(plan.errors.size(), 3);
        QVERIFY(plan.errors.at(0).message.contains(QStringLiteral("another entry named “B”")));
        QCOMPARE(plan.errors.at(1).line, 4);
        QVERIFY(plan.errors.at(1).message.contains(QLatin1String("robot")));
        QCOMPARE(plan.errors.at(2).line, 6);
        QVERIFY2(plan.errors.at(2).message.contains(QLatin1String("Line 3")),
                 qPrintable(plan.errors.at(2).message));
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.rows.at(0).person.kind, domain::PersonKind::Department);
        QCOMPARE(plan.rows.at(0).action, PersonImportAction::Update);
        QCOMPARE(plan.rows.at(1).person.kind, domain::PersonKind::Department);

        // A plan the repository refuses (made stale by a change since) stores nothing.
        organisation::PeopleImportPlan stale;
        organisation::PersonImportRow good;
        good.person.name = QStringLiteral("New");
        organisation::PersonImportRow clash;
        clash.line = 9;
        clash.person.name = QStringLiteral("A");
        stale.rows = {good, clash};
        const auto failed = organisation::importPeople(*db, stale);
        QVERIFY(!failed);
        QVERIFY(failed.error().startsWith(QLatin1String("Line 9: ")));
        QCOMPARE(people.all()->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPeopleImport)
#include "tst_people_import.moc"

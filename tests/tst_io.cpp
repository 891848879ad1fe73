// Tables in and out of CSV and XLSX: encodings, quoting, the rules for
// short rows and blank lines, and clear failures for what cannot be read or
// written.
#include "TestSupport.h"

#include "io/Csv.h"
#include "io/Table.h"
#include "io/Xlsx.h"
#include "io/XmlScanner.h"

#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <utility>

#include <sys/stat.h>
#include <sys/types.h>

using namespace kamae;
using io::CsvReadOptions;
using io::CsvWriteOptions;
using io::ReadError;
using io::Table;
using io::TextEncoding;

Q_DECLARE_METATYPE(kamae::io::TextEncoding)
Q_DECLARE_METATYPE(kamae::io::Table)

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(KAMAE_TEST_DATA "/io/") + QString::fromLatin1(name);
}

QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

QByteArray shiftJis(const QString &text)
{
    QStringEncoder encoder("windows-31j");
    QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        qWarning("test text is not Windows-31J");
    return bytes;
}

Table table(const QStringList &header, const QVector<QStringList> &rows)
{
    Table t;
    t.header = header;
    t.rows = rows;
    return t;
}

// The table of tests/data/io/*.csv (see the README there).
Table fixtureTable()
{
    return table(
        {QStringLiteral("資産番号"), QStringLiteral("資産名"), QStringLiteral("分類"),
         QStringLiteral("所在地"), QStringLiteral("管理者"), QStringLiteral("備考"),
         QStringLiteral("取得日")},
        {
            {QStringLiteral("A-001"), QStringLiteral("顧客台帳"), QStringLiteral("情報"),
             QStringLiteral("本社 2F"), QStringLiteral("髙橋 一郎"),
             QStringLiteral("重要度①, 機密"), QStringLiteral("2024/04/01")},
            {QStringLiteral("A-002"), QStringLiteral("㈱サンプル商事 契約書"), QStringLiteral("紙"),
             QStringLiteral("倉庫 \"B\"棟"), QStringLiteral("鈴木"), QString(),
             QStringLiteral("2023/12/15")},
            {QStringLiteral("A-003"), QStringLiteral("ﾊﾝｶｸ ｶﾅ 端末"), QStringLiteral("機器"),
             QStringLiteral("支店"), QStringLiteral("佐藤"), QStringLiteral("1行目\n2行目"),
             QString()},
            {QStringLiteral("A-004"), QStringLiteral("波ダッシュ\uFF5Eと全角マイナス\uFF0D"),
             QStringLiteral("情報"), QStringLiteral("C:\\共有\\台帳"), QStringLiteral("山田"),
             QString(), QStringLiteral("2022/1/5")},
            {QStringLiteral("A-005"), QStringLiteral("テスト"), QString(), QString(), QString(),
             QString(), QString()},
        });
}

// Text that tends to break writers: Windows-31J-only characters, delimiters,
// quotes, line breaks of every kind inside fields, spaces at the ends.
Table trickyTable()
{
    return table({QStringLiteral("番号"), QStringLiteral("名前, 社名"), QStringLiteral("\"引用\""),
                  QStringLiteral("備考")},
                 {
                     {QStringLiteral("001"), QStringLiteral("㈱髙島屋①"), QStringLiteral("a,b"),
                      QStringLiteral("行1\r\n行2")},
                     {QStringLiteral("1-2"), QStringLiteral(" 前後に空白 "),
                      QStringLiteral("He said \"はい\""), QStringLiteral("LF\nだけ")},
                     {QString(), QString(), QString(), QString()},
                     {QStringLiteral("\"\""), QStringLiteral("タブ\tあり"),
                      QStringLiteral("CR\rだけ"), QStringLiteral("ﾊﾝｶｸ～－")},
                 });
}

void compareContent(const Table &actual, const Table &expected)
{
    QCOMPARE(actual.header, expected.header);
    QCOMPARE(actual.rows.size(), expected.rows.size());
    for (qsizetype i = 0; i < expected.rows.size(); ++i)
        QCOMPARE(actual.rows.at(i), expected.rows.at(i));
}

QVector<int> lines(std::initializer_list<int> values)
{
    return QVector<int>(values);
}

// A zip made by hand, for workbooks Kamae would never write.
bool writeZip(const QString &path, const QVector<std::pair<QString, QByteArray>> &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) ||
            file.write(data) != data.size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

QByteArray zipEntry(const QString &path, const QString &name)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const char kContentTypes[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" "
    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
const char kPackageRels[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

// Two sheets, the way Excel lays them out: shared strings with rich text
// runs and furigana, an inline string, numbers, dates in built-in and custom
// date styles, a boolean, a formula, an error, gaps in the cell references,
// an empty first row, an empty row between data rows.
QVector<std::pair<QString, QByteArray>> handMadeWorkbook()
{
    const QByteArray workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<workbookPr defaultThemeVersion=\"164011\"/>"
        "<sheets><sheet name=\"表紙\" sheetId=\"1\" r:id=\"rId7\"/>"
        "<sheet name=\"資産台帳\" sheetId=\"2\" r:id=\"rId8\"/></sheets></workbook>";
    const QByteArray workbookRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/worksheet\" Target=\"worksheets/data.xml\"/>"
        "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/worksheet\" Target=\"/xl/worksheets/cover.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/styles\" Target=\"styles.xml\"/></Relationships>";
    const QByteArray shared =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"8\" "
        "uniqueCount=\"7\">"
        "<si><t>資産番号</t></si>"                                        // 0
        "<si><t>資産名</t><rPh sb=\"0\" eb=\"3\"><t>シサンメイ</t></rPh>" // 1
        "<phoneticPr fontId=\"1\"/></si>"
        "<si><r><rPr><b/></rPr><t>取得</t></r><r><t>日</t></r></si>"     // 2
        "<si><t>数量</t></si>"                                           // 3
        "<si><t>有効</t></si>"                                           // 4
        "<si><t xml:space=\"preserve\"> 顧客台帳_x000D_\n控え </t></si>" // 5
        "<si><t>表紙です</t></si>"                                       // 6
        "</sst>";
    const QByteArray styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"2\"><numFmt numFmtId=\"176\" formatCode=\"yyyy/m/d\"/>"
        "<numFmt numFmtId=\"177\" formatCode=\"#,##0.00&quot;円&quot;\"/></numFmts>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
        "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"176\" applyNumberFormat=\"1\"/><xf numFmtId=\"177\"/>"
        "<xf numFmtId=\"22\"/></cellXfs></styleSheet>";
    const QByteArray cover =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>6</v></c></row></sheetData></worksheet>";
    // Row 1 empty; header on row 2 with a gap (D2 missing, E2 present);
    // row 4 absent; row 5 styled but empty; row 6 the last one with data.
    const QByteArray data =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<dimension ref=\"A1:E6\"/><sheetData>"
        "<row r=\"1\"><c r=\"B1\" s=\"1\"/></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c>"
        "<c r=\"C2\" t=\"s\"><v>2</v></c><c r=\"E2\" t=\"s\"><v>4</v></c></row>"
        "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>A-001</t></is></c>"
        "<c r=\"B3\" t=\"s\"><v>5</v></c><c r=\"C3\" s=\"1\"><v>45383</v></c>"
        "<c r=\"D3\"><v>42</v></c><c r=\"E3\" t=\"b\"><v>1</v></c></row>"
        "<row r=\"5\"><c r=\"A5\" s=\"2\"/></row>"
        "<row r=\"6\"><c r=\"A6\" t=\"str\"><f>\"A-\"&amp;\"002\"</f><v>A-002</v></c>"
        "<c r=\"C6\" s=\"2\"><v>44927.0</v></c><c r=\"D6\" s=\"3\"><v>0.30000000000000004</v></c>"
        "<c r=\"E6\" t=\"b\"><v>0</v></c></row>"
        "<row r=\"7\"><c r=\"C7\" s=\"4\"><v>45383.75</v></c><c r=\"D7\"><v>1234.5</v></c>"
        "<c r=\"E7\" t=\"e\"><v>#N/A</v></c></row>"
        "</sheetData></worksheet>";
    return {
        {QStringLiteral("[Content_Types].xml"), kContentTypes},
        {QStringLiteral("_rels/.rels"), kPackageRels},
        {QStringLiteral("xl/workbook.xml"), workbook},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels},
        {QStringLiteral("xl/sharedStrings.xml"), shared},
        {QStringLiteral("xl/styles.xml"), styles},
        {QStringLiteral("xl/worksheets/cover.xml"), cover},
        {QStringLiteral("xl/worksheets/data.xml"), data},
    };
}

QVector<std::pair<QString, QByteArray>> withPart(QVector<std::pair<QString, QByteArray>> entries,
                                                 const QString &name, const QByteArray &data)
{
    for (auto &entry : entries) {
        if (entry.first == name)
            entry.second = data;
    }
    return entries;
}

// The hand-made workbook with its directory's entry for `part` claiming a
// name of 54,507 bytes, far past the file's end, as fuzzing made them.
QByteArray withOverlongName(const QByteArray &zip, const QByteArray &part)
{
    QByteArray damaged = zip;
    const qsizetype directory = damaged.indexOf(QByteArray("PK\x01\x02", 4));
    const qsizetype name = damaged.indexOf(part, directory);
    if (directory < 0 || name < 46)
        return {};
    damaged[name - 46 + 28] = char(0xEB); // name length, little-endian: 0xD4EB
    damaged[name - 46 + 29] = char(0xD4);
    return damaged;
}

// A zip64 central directory of `count` empty files and nothing else: what a
// reader lists before it reads any file. Named p/0, p/1... or all `oneName`.
QByteArray zip64Directory(int count, const QByteArray &oneName = {})
{
    QByteArray out;
    const auto put16 = [&out](quint32 v) {
        out.append(char(v & 0xFF));
        out.append(char((v >> 8) & 0xFF));
    };
    const auto put32 = [&](quint32 v) {
        put16(v & 0xFFFF);
        put16(v >> 16);
    };
    const auto put64 = [&](quint64 v) {
        put32(quint32(v));
        put32(quint32(v >> 32));
    };
    for (int i = 0; i < count; ++i) {
        const QByteArray name = oneName.isEmpty() ? "p/" + QByteArray::number(i) : oneName;
        put32(0x02014B50); // central directory entry
        put16(45);         // made by
        put16(20);         // needed
        put16(0);          // flags
        put16(0);          // stored
        put32(0);          // time and date
        put32(0);          // CRC
        put32(0);          // compressed size
        put32(0);          // size
        put16(quint32(name.size()));
        put16(0); // extra field
        put16(0); // comment
        put16(0); // disk
        put16(0); // internal attributes
        put32(0); // external attributes
        put32(0); // local header
        out += name;
    }
    const quint64 size = quint64(out.size());
    const quint64 end64 = quint64(out.size());
    put32(0x06064B50); // zip64 end of central directory
    put64(44);
    put16(45);
    put16(45);
    put32(0);
    put32(0);
    put64(quint64(count));
    put64(quint64(count));
    put64(size);
    put64(0);
    put32(0x07064B50); // its locator
    put32(0);
    put64(end64);
    put32(1);
    put32(0x06054B50); // end of central directory, all fields in zip64
    put16(0xFFFF);
    put16(0xFFFF);
    put16(0xFFFF);
    put16(0xFFFF);
    put32(0xFFFFFFFF);
    put32(0xFFFFFFFF);
    put16(0);
    return out;
}

} // namespace

class TestIo final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setTestApplication("tst_io"); }

    // CSV reading
    void csvFixtures_data();
    void csvFixtures();
    void csvExplicitEncodingMismatch();
    void csvLineEnds_data();
    void csvLineEnds();
    void csvSourceLinesOfMultiLineRows();
    void csvHeaderOnly_data();
    void csvHeaderOnly();
    void csvShortRowsArePadded();
    void csvEmptyFieldsBeyondHeaderAreIgnored();
    void csvBlankLines();
    void csvDelimiterDetection_data();
    void csvDelimiterDetection();
    void csvTextAfterClosingQuote();
    void csvMalformed_data();
    void csvMalformed();
    void csvFileErrors();
    void csvRefusesDevicesAndPipes();
    void csvExcelUnicodeText();
    void csvUtf16Variants();
    void csvHeaderBelowTitleRows();
    void csvLimits();

    // CSV writing
    void csvWriteFormat();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void csvShiftJisKeepsWindows31JCharacters();
    void csvShiftJisRefusesWhatItCannotHold_data();
    void csvShiftJisRefusesWhatItCannotHold();
    void csvWriteFileIsAtomic();

    // XLSX
    void xlsxRoundTrip();
    void xlsxWrittenParts();
    void xlsxSheetNames();
    void xlsxHandMadeWorkbook();
    void xlsxSheetByName();
    void xlsxXmlAsOtherToolsWriteIt();
    void xlsxValueRightOfHeader();
    void xlsxStrayValueInTheLastRow();
    void xlsxEmptySheet();
    void xlsxDamaged_data();
    void xlsxDamaged();
    void xlsxPartNames();
    void xlsxWriteFailures();
    void xlsxExcelRegister();
    void xlsxLibreOfficeRegister();
    void xlsxElapsedTimes();
    void xlsxWideHeaderIsBounded();
    void xlsxCellLimitOnBothSides();
    void xlsxHugeNumbersInReferences();
    void xlsxRefusesDevices();
    void xmlScannerKeepsItsInput();
};

// --- CSV reading ------------------------------------------------------------

void TestIo::csvFixtures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QVector<int>>("expectedLines");
    // The cell with a line break makes row 3 span lines 4 and 5.
    const QVector<int> expected = lines({2, 3, 4, 6, 7});
    QTest::newRow("Excel Shift_JIS, detected")
        << fixture("excel_sjis.csv") << TextEncoding::Auto << expected;
    QTest::newRow("Excel Shift_JIS, stated")
        << fixture("excel_sjis.csv") << TextEncoding::ShiftJis << expected;
    QTest::newRow("UTF-8 BOM, detected")
        << fixture("utf8_bom.csv") << TextEncoding::Auto << expected;
    QTest::newRow("UTF-8 BOM, stated") << fixture("utf8_bom.csv") << TextEncoding::Utf8 << expected;
    QTest::newRow("UTF-8 LF, detected")
        << fixture("utf8_nobom_lf.csv") << TextEncoding::Auto << expected;
    QTest::newRow("tab, detected") << fixture("tab_utf8.tsv") << TextEncoding::Auto << expected;
}

void TestIo::csvFixtures()
{
    QFETCH(QString, path);
    QFETCH(TextEncoding, encoding);
    QFETCH(QVector<int>, expectedLines);

    CsvReadOptions options;
    options.encoding = encoding;
    const Result<Table> read = io::readCsvFile(path, options);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    compareContent(read.value(), fixtureTable());
    QCOMPARE(read->sourceLines, expectedLines);
    QCOMPARE(read->rowLengths, lines({7, 7, 7, 7, 7}));
    QVERIFY(!read->header.first().startsWith(QChar(0xFEFF)));
}

void TestIo::csvExplicitEncodingMismatch()
{
    // The Shift_JIS fixture read as UTF-8: the first kanji of the header is
    // not UTF-8, so the message names line 1 and its first byte (資 = 8E 91).
    CsvReadOptions options;
    options.encoding = TextEncoding::Utf8;
    ReadError where;
    const Result<Table> read = io::readCsvFile(fixture("excel_sjis.csv"), options, &where);
    QVERIFY(!read.ok());
    QCOMPARE(read.error(), QStringLiteral("Line 1: the file is not valid UTF-8 (byte 0x8E)."));
    QCOMPARE(where.line, 1);
    QCOMPARE(where.message, read.error());
}

void TestIo::csvLineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("CRLF") << utf8("a,b\r\n1,2\r\n3,4\r\n");
    QTest::newRow("LF") << utf8("a,b\n1,2\n3,4\n");
    QTest::newRow("CR") << utf8("a,b\r1,2\r3,4\r");
    QTest::newRow("no final line end") << utf8("a,b\r\n1,2\r\n3,4");
    QTest::newRow("mixed") << utf8("a,b\r\n1,2\n3,4\r");
}

void TestIo::csvLineEnds()
{
    QFETCH(QByteArray, bytes);
    const Result<Table> read = io::readCsv(bytes);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    compareContent(read.value(), table({QStringLiteral("a"), QStringLiteral("b")},
                                       {{QStringLiteral("1"), QStringLiteral("2")},
                                        {QStringLiteral("3"), QStringLiteral("4")}}));
    QCOMPARE(read->sourceLines, lines({2, 3}));
}

void TestIo::csvSourceLinesOfMultiLineRows()
{
    // Line breaks inside quotes are kept as they are and still counted as
    // lines: CRLF, LF and CR once each.
    const QByteArray bytes = utf8("id,note\r\n"          // 1
                                  "1,\"one\r\ntwo\"\r\n" // 2-3
                                  "2,\"a\nb\nc\"\r\n"    // 4-6
                                  "3,\"x\ry\"\r\n"       // 7-8
                                  "4,plain\r\n");        // 9
    const Result<Table> read = io::readCsv(bytes);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->sourceLines, lines({2, 4, 7, 9}));
    QCOMPARE(read->rows.at(0).at(1), QStringLiteral("one\r\ntwo"));
    QCOMPARE(read->rows.at(1).at(1), QStringLiteral("a\nb\nc"));
    QCOMPARE(read->rows.at(2).at(1), QStringLiteral("x\ry"));

    // And a later error still names the right line.
    const Result<Table> bad = io::readCsv(bytes + utf8("5,x,extra\r\n"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error(), QStringLiteral("Line 10 has 3 fields; the header has 2."));
}

void TestIo::csvHeaderOnly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("with line end") << utf8("資産番号,資産名\r\n");
    QTest::newRow("without line end") << utf8("資産番号,資産名");
    QTest::newRow("with BOM and blank lines") << utf8("\xEF\xBB\xBF資産番号,資産名\r\n\r\n\r\n");
    QTest::newRow("Shift_JIS") << shiftJis(QStringLiteral("資産番号,資産名\r\n"));
}

void TestIo::csvHeaderOnly()
{
    QFETCH(QByteArray, bytes);
    const Result<Table> read = io::readCsv(bytes);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->header, QStringList({QStringLiteral("資産番号"), QStringLiteral("資産名")}));
    QCOMPARE(read->rowCount(), 0);
    QVERIFY(read->sourceLines.isEmpty());
}

void TestIo::csvShortRowsArePadded()
{
    const Result<Table> read = io::readCsv(utf8("a,b,c,d\n1,2\n5\n6,7,8,9\n"));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    compareContent(
        read.value(),
        table({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")},
              {{QStringLiteral("1"), QStringLiteral("2"), QString(), QString()},
               {QStringLiteral("5"), QString(), QString(), QString()},
               {QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
                QStringLiteral("9")}}));
    QCOMPARE(read->rowLengths, lines({2, 1, 4}));
    for (const QStringList &row : read->rows)
        QCOMPARE(row.size(), 4);
}

void TestIo::csvEmptyFieldsBeyondHeaderAreIgnored()
{
    const Result<Table> read = io::readCsv(utf8("a,b\n1,2,,,\n3,,\n"));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    compareContent(read.value(), table({QStringLiteral("a"), QStringLiteral("b")},
                                       {{QStringLiteral("1"), QStringLiteral("2")},
                                        {QStringLiteral("3"), QString()}}));
    QCOMPARE(read->rowLengths, lines({2, 2}));

    // One value past the empty ones is still a row too long.
    const Result<Table> bad = io::readCsv(utf8("a,b\n1,2,,,x\n"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error(), QStringLiteral("Line 2 has 5 fields; the header has 2."));
}

void TestIo::csvBlankLines()
{
    // Several columns: blank lines anywhere are skipped, rows of empty
    // fields are kept (Excel writes them for empty rows inside the range).
    const Result<Table> several =
        io::readCsv(utf8("\r\n\r\na,b\r\n1,2\r\n\r\n,\r\n3,4\r\n\r\n\r\n"));
    QVERIFY2(several.ok(), qPrintable(several.error()));
    compareContent(several.value(), table({QStringLiteral("a"), QStringLiteral("b")},
                                          {{QStringLiteral("1"), QStringLiteral("2")},
                                           {QString(), QString()},
                                           {QStringLiteral("3"), QStringLiteral("4")}}));
    QCOMPARE(several->sourceLines, lines({4, 6, 7}));

    // One column: Excel writes an empty cell as an empty line, so blank
    // lines between rows are empty rows; those at the end are not.
    const Result<Table> one = io::readCsv(utf8("name\nx\n\n\ny\n\n\n"));
    QVERIFY2(one.ok(), qPrintable(one.error()));
    compareContent(one.value(),
                   table({QStringLiteral("name")},
                         {{QStringLiteral("x")}, {QString()}, {QString()}, {QStringLiteral("y")}}));
    QCOMPARE(one->sourceLines, lines({2, 3, 4, 5}));
    QCOMPARE(one->rowLengths, lines({1, 0, 0, 1}));
}

void TestIo::csvDelimiterDetection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("row");
    const QStringList abc = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("comma") << utf8("a,b,c\n1;2,3\t4,5\n") << abc
                           << QStringList{QStringLiteral("1;2"), QStringLiteral("3\t4"),
                                          QStringLiteral("5")};
    QTest::newRow("tab") << utf8("a\tb\tc\n1,2\t3;4\t5\n") << abc
                         << QStringList{QStringLiteral("1,2"), QStringLiteral("3;4"),
                                        QStringLiteral("5")};
    QTest::newRow("semicolon") << utf8("a;b;c\n1,5;2;3\n") << abc
                               << QStringList{QStringLiteral("1,5"), QStringLiteral("2"),
                                              QStringLiteral("3")};
    QTest::newRow("commas inside quotes do not count")
        << utf8("\"a,x,y,z\"\tb\tc\n1\t2\t3\n")
        << QStringList{QStringLiteral("a,x,y,z"), QStringLiteral("b"), QStringLiteral("c")}
        << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    QTest::newRow("one column") << utf8("name\nx y\n") << QStringList{QStringLiteral("name")}
                                << QStringList{QStringLiteral("x y")};
}

void TestIo::csvDelimiterDetection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, header);
    QFETCH(QStringList, row);
    const Result<Table> read = io::readCsv(bytes);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->header, header);
    QCOMPARE(read->rows.value(0), row);

    // A stated delimiter wins over detection.
    CsvReadOptions semicolon;
    semicolon.delimiter = QLatin1Char(';');
    const Result<Table> stated = io::readCsv(utf8("a,b;c\n1,2;3\n"), semicolon);
    QVERIFY2(stated.ok(), qPrintable(stated.error()));
    QCOMPARE(stated->header, QStringList({QStringLiteral("a,b"), QStringLiteral("c")}));
}

void TestIo::csvTextAfterClosingQuote()
{
    const Result<Table> read = io::readCsv(utf8("size,n\n\"12\" inch,1\n"));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->rows.at(0), QStringList({QStringLiteral("12 inch"), QStringLiteral("1")}));
}

void TestIo::csvMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    QTest::newRow("invalid UTF-8")
        << utf8("名前,値\r\nあ,1\r\nい\xFF,2\r\n") << TextEncoding::Utf8 << 3
        << QStringLiteral("Line 3: the file is not valid UTF-8 (byte 0xFF).");
    QTest::newRow("truncated UTF-8 at the end")
        << utf8("名前\r\nあ\xE3\x81") << TextEncoding::Utf8 << 2
        << QStringLiteral("Line 2: the file is not valid UTF-8 (byte 0xE3).");
    QTest::newRow("UTF-8 surrogate")
        << utf8("a\n\xED\xA0\x80\n") << TextEncoding::Utf8 << 2
        << QStringLiteral("Line 2: the file is not valid UTF-8 (byte 0xED).");
    QTest::newRow("Shift_JIS unmapped pair")
        << shiftJis(QStringLiteral("名前,値\r\nあ,1\r\n")) + QByteArray("x\x85\x40,2\r\n")
        << TextEncoding::ShiftJis << 3
        << QStringLiteral("Line 3: the file is not valid Shift_JIS (byte 0x85).");
    QTest::newRow("Shift_JIS lone lead byte at the end")
        << shiftJis(QStringLiteral("名前\r\nあ\r\n")) + QByteArray("\x82") << TextEncoding::ShiftJis
        << 3 << QStringLiteral("Line 3: the file is not valid Shift_JIS (byte 0x82).");
    QTest::newRow("Shift_JIS invalid single byte")
        << shiftJis(QStringLiteral("名前\nあ\n")) + QByteArray("\xFD\n") << TextEncoding::ShiftJis
        << 3 << QStringLiteral("Line 3: the file is not valid Shift_JIS (byte 0xFD).");
    // Shift_JIS text with one broken byte on line 4: UTF-8 fails on line 1,
    // Shift_JIS gets to line 4, which is the place to look.
    QTest::newRow("neither, Shift_JIS-like")
        << shiftJis(QStringLiteral("名前,値\r\nあ,1\r\nい,2\r\n")) + QByteArray("\xA0,3\r\n")
        << TextEncoding::Auto << 4
        << QStringLiteral("Line 4: the file is neither UTF-8 nor Shift_JIS (byte 0xA0).");
    QTest::newRow("neither, UTF-8-like")
        << utf8("名前,値\r\nあ,1\r\nい,2\r\n\xFF,3\r\n") << TextEncoding::Auto << 4
        << QStringLiteral("Line 4: the file is neither UTF-8 nor Shift_JIS (byte 0xFF).");
    QTest::newRow("unclosed quote")
        << utf8("a,b\r\n1,2\r\n3,\"never closed\r\n4,5\r\n6,7\r\n") << TextEncoding::Auto << 3
        << QStringLiteral("Line 3: a quoted field that starts here is never closed.");
    QTest::newRow("unclosed quote in the header")
        << utf8("\"a,b\n1,2\n") << TextEncoding::Auto << 1
        << QStringLiteral("Line 1: a quoted field that starts here is never closed.");
    QTest::newRow("unclosed quote after a multi-line field")
        << utf8("a,b\n1,\"x\ny\"\n2,\"z\n") << TextEncoding::Auto << 4
        << QStringLiteral("Line 4: a quoted field that starts here is never closed.");
    QTest::newRow("too many fields")
        << utf8("a,b,c\n1,2,3\n4,5,6\n7,8,9,10\n") << TextEncoding::Auto << 4
        << QStringLiteral("Line 4 has 4 fields; the header has 3.");
    QTest::newRow("empty file") << QByteArray() << TextEncoding::Auto << 0
                                << QStringLiteral("The file is empty.");
    QTest::newRow("only a BOM") << utf8("\xEF\xBB\xBF") << TextEncoding::Auto << 0
                                << QStringLiteral("The file is empty.");
    QTest::newRow("only blank lines") << utf8("\r\n\r\n\n") << TextEncoding::Auto << 0
                                      << QStringLiteral("The file has no header line.");
    QTest::newRow("only empty fields") << utf8(",,\r\n,\r\n") << TextEncoding::Auto << 0
                                       << QStringLiteral("The file has no header line.");
}

void TestIo::csvMalformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(int, line);
    QFETCH(QString, message);

    CsvReadOptions options;
    options.encoding = encoding;
    ReadError where;
    const Result<Table> read = io::readCsv(bytes, options, &where);
    QVERIFY(!read.ok());
    QCOMPARE(read.error(), message);
    QCOMPARE(where.line, line);
    QCOMPARE(where.message, message);
}

void TestIo::csvFileErrors()
{
    QTemporaryDir dir;
    const QString missing = QDir(dir.path()).filePath(QStringLiteral("nope.csv"));
    const Result<Table> read = io::readCsvFile(missing);
    QVERIFY(!read.ok());
    QCOMPARE(read.error(), QStringLiteral("There is no file at %1.").arg(missing));
}

// --- CSV writing ------------------------------------------------------------

void TestIo::csvWriteFormat()
{
    Table t = table({QStringLiteral("id"), QStringLiteral("名前"), QStringLiteral("note")},
                    {{QStringLiteral("1"), QStringLiteral("a,b"), QStringLiteral("say \"hi\"")},
                     {QStringLiteral("2"), QStringLiteral("line\nbreak"), QString()},
                     {QStringLiteral("3")},
                     {QStringLiteral("4"), QStringLiteral(" spaced "), QStringLiteral("cr\rlf")}});
    const Result<QByteArray> written = io::writeCsv(t);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(written.value(), utf8("\xEF\xBB\xBF"
                                   "id,名前,note\r\n"
                                   "1,\"a,b\",\"say \"\"hi\"\"\"\r\n"
                                   "2,\"line\nbreak\",\r\n"
                                   "3,,\r\n"
                                   "4, spaced ,\"cr\rlf\"\r\n"));

    CsvWriteOptions plain;
    plain.byteOrderMark = false;
    plain.delimiter = QLatin1Char('\t');
    const Result<QByteArray> tabs =
        io::writeCsv(table({QStringLiteral("a"), QStringLiteral("b")},
                           {{QStringLiteral("x,y"), QStringLiteral("tab\there")}}),
                     plain);
    QVERIFY2(tabs.ok(), qPrintable(tabs.error()));
    QCOMPARE(tabs.value(), utf8("a\tb\r\nx,y\t\"tab\there\"\r\n"));

    // One column: an empty cell is written as "" so it is not a blank line.
    const Result<QByteArray> single =
        io::writeCsv(table({QStringLiteral("name")}, {{QString()}, {QStringLiteral("x")}}), plain);
    QVERIFY2(single.ok(), qPrintable(single.error()));
    QCOMPARE(single.value(), utf8("name\r\n\"\"\r\nx\r\n"));

    CsvWriteOptions quote;
    quote.delimiter = QLatin1Char('"');
    QVERIFY(!io::writeCsv(t, quote).ok());
}

void TestIo::csvRoundTrip_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("UTF-8 BOM comma") << TextEncoding::Utf8 << true << QChar(u',');
    QTest::newRow("UTF-8 comma") << TextEncoding::Utf8 << false << QChar(u',');
    QTest::newRow("UTF-8 tab") << TextEncoding::Utf8 << true << QChar(u'\t');
    QTest::newRow("UTF-8 semicolon") << TextEncoding::Utf8 << false << QChar(u';');
    QTest::newRow("Shift_JIS comma") << TextEncoding::ShiftJis << false << QChar(u',');
    QTest::newRow("Shift_JIS tab") << TextEncoding::ShiftJis << false << QChar(u'\t');
}

void TestIo::csvRoundTrip()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(bool, bom);
    QFETCH(QChar, delimiter);

    CsvWriteOptions write;
    write.encoding = encoding;
    write.byteOrderMark = bom;
    write.delimiter = delimiter;
    for (const Table &original : {trickyTable(), fixtureTable()}) {
        const Result<QByteArray> bytes = io::writeCsv(original, write);
        QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
        QCOMPARE(bytes->startsWith("\xEF\xBB\xBF"), encoding == TextEncoding::Utf8 && bom);

        // Detected and stated give the same table.
        for (const TextEncoding readAs : {TextEncoding::Auto, encoding}) {
            CsvReadOptions read;
            read.encoding = readAs;
            const Result<Table> back = io::readCsv(bytes.value(), read);
            QVERIFY2(back.ok(), qPrintable(back.error()));
            compareContent(back.value(), original);
        }
    }
}

void TestIo::csvShiftJisKeepsWindows31JCharacters()
{
    // ① ㈱ are NEC special characters, 髙 an IBM extension, ～ － the
    // Windows-31J mappings of 0x8160 and 0x817C: all in what Excel writes.
    CsvWriteOptions options;
    options.encoding = TextEncoding::ShiftJis;
    const Result<QByteArray> bytes = io::writeCsv(
        table({QStringLiteral("x")}, {{QStringLiteral("①㈱髙\uFF5E\uFF0D\\ｱ")}}), options);
    QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
    QCOMPARE(bytes->toHex(' '), QByteArray("78 0d 0a 87 40 87 8a fb fc 81 60 81 7c 5c b1 0d 0a"));

    // 髙 also has an NEC-selected code (0xEEE0), which other tools write.
    const Result<Table> both = io::readCsv(QByteArray("x\r\n\xEE\xE0\xFB\xFC\r\n"));
    QVERIFY2(both.ok(), qPrintable(both.error()));
    QCOMPARE(both->rows.at(0).at(0), QStringLiteral("髙髙"));
}

void TestIo::csvShiftJisRefusesWhatItCannotHold_data()
{
    QTest::addColumn<Table>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("𠮷 in a named column")
        << table({QStringLiteral("番号"), QStringLiteral("店名")},
                 {{QStringLiteral("1"), QStringLiteral("吉野家")},
                  {QStringLiteral("2"), QStringLiteral("𠮷野家")}})
        << QStringLiteral("Row 3, column 2 (店名): “𠮷” cannot be written in Shift_JIS.");
    QTest::newRow("emoji in an unnamed column")
        << table({QStringLiteral("番号"), QString()},
                 {{QStringLiteral("1"), QStringLiteral("OK 😀")}})
        << QStringLiteral("Row 2, column 2: “😀” cannot be written in Shift_JIS.");
    QTest::newRow("euro sign in the header")
        << table({QStringLiteral("価格€")}, {})
        << QStringLiteral("Row 1, column 1 (価格€): “€” cannot be written in Shift_JIS.");
    QTest::newRow("yen sign U+00A5")
        << table({QStringLiteral("価格")}, {{QStringLiteral("¥100")}})
        << QStringLiteral("Row 2, column 1 (価格): “¥” cannot be written in Shift_JIS.");
}

void TestIo::csvShiftJisRefusesWhatItCannotHold()
{
    QFETCH(Table, input);
    QFETCH(QString, message);
    CsvWriteOptions options;
    options.encoding = TextEncoding::ShiftJis;
    const Result<QByteArray> sjis = io::writeCsv(input, options);
    QVERIFY(!sjis.ok());
    QCOMPARE(sjis.error(), message);

    // UTF-8 holds everything.
    const Result<QByteArray> utf = io::writeCsv(input);
    QVERIFY2(utf.ok(), qPrintable(utf.error()));
    const Result<Table> back = io::readCsv(utf.value());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    compareContent(back.value(), input);

    // And the file is not written at all.
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("out.csv"));
    const Status status = io::writeCsvFile(path, input, options);
    QVERIFY(!status.ok());
    QCOMPARE(status.error(), message);
    QCOMPARE(test::entriesIn(dir.path()), QStringList());
}

void TestIo::csvWriteFileIsAtomic()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("資産台帳.csv"));
    const Status written = io::writeCsvFile(path, fixtureTable());
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const Result<Table> back = io::readCsvFile(path);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    compareContent(back.value(), fixtureTable());

    // Replacing works and leaves no temporary file.
    QVERIFY(io::writeCsvFile(path, trickyTable()).ok());
    QCOMPARE(test::entriesIn(dir.path()), QStringList({QStringLiteral("資産台帳.csv")}));
    compareContent(io::readCsvFile(path).value(), trickyTable());

    const QString missingFolder = QDir(dir.path()).filePath(QStringLiteral("no/such/folder"));
    const QString inMissing = QDir(missingFolder).filePath(QStringLiteral("out.csv"));
    const Status failed = io::writeCsvFile(inMissing, fixtureTable());
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().startsWith(QStringLiteral("Cannot write ") + inMissing + u':'),
             qPrintable(failed.error()));
    QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("no"))));
    QCOMPARE(test::entriesIn(dir.path()), QStringList({QStringLiteral("資産台帳.csv")}));
}

// --- XLSX ---------------------------------------------------------------

void TestIo::xlsxRoundTrip()
{
    Table original = trickyTable();
    // What XML 1.0 cannot hold and what looks like Excel's own escapes.
    original.rows.append({QStringLiteral("ctl\x01\x0B\x1F"), QStringLiteral("_x0041_ _x005F_"),
                          QStringLiteral("<&>\"'"), QString(QChar(0xD800)) + QStringLiteral("x")});
    original.rows.append({QStringLiteral("最後"), QString(), QString(), QStringLiteral("end")});

    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("台帳.xlsx"));
    const Status written = io::writeXlsxFile(path, original, QStringLiteral("資産台帳"));
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(test::entriesIn(dir.path()), QStringList({QStringLiteral("台帳.xlsx")}));

    ReadError where;
    const Result<Table> back = io::readXlsxFile(path, {}, &where);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    compareContent(back.value(), original);
    QCOMPARE(back->sourceLines, lines({2, 3, 4, 5, 6, 7}));
    QCOMPARE(back->rowLengths, lines({4, 4, 0, 4, 4, 4}));

    // Same for a larger table, and for the fixture text.
    Table large = fixtureTable();
    for (int i = 0; i < 3000; ++i)
        large.rows.append({QStringLiteral("B-%1").arg(i), QStringLiteral("資産 %1").arg(i % 17),
                           QStringLiteral("情報"), QString(), QStringLiteral("担当 %1").arg(i % 5),
                           QString(), QStringLiteral("2024-01-%1").arg(i % 28 + 1)});
    QVERIFY(io::writeXlsxFile(path, large, QString()).ok());
    const Result<Table> largeBack = io::readXlsxFile(path);
    QVERIFY2(largeBack.ok(), qPrintable(largeBack.error()));
    compareContent(largeBack.value(), large);
}

void TestIo::xlsxWrittenParts()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("parts.xlsx"));
    QVERIFY(io::writeXlsxFile(path, fixtureTable(), QStringLiteral("O'Brien's")).ok());

    for (const char *part :
         {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
          "xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/sharedStrings.xml"}) {
        const QByteArray bytes = zipEntry(path, QString::fromLatin1(part));
        QVERIFY2(!bytes.isEmpty(), part);
        // Every part is well-formed XML.
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(QString::fromLatin1(part) + xml.errorString()));
    }
    const QByteArray sheet = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheet.contains("state=\"frozen\""));
    QVERIFY(sheet.contains("<autoFilter ref=\"A1:G6\"/>"));
    QVERIFY(sheet.contains("<c r=\"A1\" s=\"2\" t=\"s\">")); // header: bold text style
    QVERIFY(sheet.contains("<c r=\"A2\" s=\"1\" t=\"s\">"));
    QVERIFY(sheet.contains("<c r=\"F2\""));
    QVERIFY(!sheet.contains("<c r=\"F3\"")); // empty cells are left out
    const QByteArray styles = zipEntry(path, QStringLiteral("xl/styles.xml"));
    QVERIFY(styles.contains("<b/>"));
    const QByteArray workbook = zipEntry(path, QStringLiteral("xl/workbook.xml"));
    QVERIFY(workbook.contains("name=\"O'Brien's\""));
    QVERIFY(workbook.contains("'O''Brien''s'!$A$1:$G$6"));
}

void TestIo::xlsxSheetNames()
{
    QTemporaryDir dir;
    const QString written = QDir(dir.path()).filePath(QStringLiteral("one.xlsx"));
    QVERIFY(io::writeXlsxFile(written, fixtureTable(), QStringLiteral("資産台帳")).ok());
    const Result<QStringList> one = io::xlsxSheetNames(written);
    QVERIFY2(one.ok(), qPrintable(one.error()));
    QCOMPARE(one.value(), QStringList({QStringLiteral("資産台帳")}));

    const QString handMade = QDir(dir.path()).filePath(QStringLiteral("two.xlsx"));
    QVERIFY(writeZip(handMade, handMadeWorkbook()));
    const Result<QStringList> two = io::xlsxSheetNames(handMade);
    QVERIFY2(two.ok(), qPrintable(two.error()));
    QCOMPARE(two.value(), QStringList({QStringLiteral("表紙"), QStringLiteral("資産台帳")}));

    // The default sheet name.
    QVERIFY(io::writeXlsxFile(written, fixtureTable(), QString()).ok());
    QCOMPARE(io::xlsxSheetNames(written).value(), QStringList({QStringLiteral("Sheet1")}));
}

void TestIo::xlsxHandMadeWorkbook()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("hand.xlsx"));
    QVERIFY(writeZip(path, handMadeWorkbook()));

    const Result<Table> read = io::readXlsxFile(path, QStringLiteral("資産台帳"));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    // D2 is missing, so the header has an empty name there; furigana and
    // run formatting are not part of the text.
    QCOMPARE(read->header,
             QStringList({QStringLiteral("資産番号"), QStringLiteral("資産名"),
                          QStringLiteral("取得日"), QString(), QStringLiteral("有効")}));
    compareContent(
        read.value(),
        table(read->header,
              {
                  {QStringLiteral("A-001"), QStringLiteral(" 顧客台帳\r\n控え "),
                   QStringLiteral("2024-04-01"), QStringLiteral("42"), QStringLiteral("TRUE")},
                  {QString(), QString(), QString(), QString(), QString()},
                  {QString(), QString(), QString(), QString(), QString()},
                  {QStringLiteral("A-002"), QString(), QStringLiteral("2023-01-01"),
                   QStringLiteral("0.3"), QStringLiteral("FALSE")},
                  {QString(), QString(), QStringLiteral("2024-04-01 18:00:00"),
                   QStringLiteral("1234.5"), QStringLiteral("#N/A")},
              }));
    QCOMPARE(read->sourceLines, lines({3, 4, 5, 6, 7}));
    QCOMPARE(read->rowLengths, lines({5, 0, 0, 5, 5}));

    // The first sheet is the default.
    const Result<Table> cover = io::readXlsxFile(path);
    QVERIFY2(cover.ok(), qPrintable(cover.error()));
    QCOMPARE(cover->header, QStringList({QStringLiteral("表紙です")}));
    QCOMPARE(cover->rowCount(), 0);
}

void TestIo::xlsxSheetByName()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("hand.xlsx"));
    QVERIFY(writeZip(path, handMadeWorkbook()));
    QVERIFY(io::writeXlsxFile(QDir(dir.path()).filePath(QStringLiteral("w.xlsx")), fixtureTable(),
                              QStringLiteral("Assets"))
                .ok());
    // Excel compares sheet names without case.
    const Result<Table> assets = io::readXlsxFile(
        QDir(dir.path()).filePath(QStringLiteral("w.xlsx")), QStringLiteral("ASSETS"));
    QVERIFY2(assets.ok(), qPrintable(assets.error()));
    compareContent(assets.value(), fixtureTable());

    ReadError where;
    const Result<Table> missing = io::readXlsxFile(path, QStringLiteral("Sheet9"), &where);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error(), QStringLiteral("The workbook has no sheet named “Sheet9”."));
    QCOMPARE(where.line, 0);
    QCOMPARE(where.message, missing.error());
}

void TestIo::xlsxXmlAsOtherToolsWriteIt()
{
    // Namespace prefixes (the Open XML SDK writes x:), single quotes,
    // spaces around '=', comments, CDATA, character references, and line
    // ends inside text, which XML reads as LF unless written as &#13;.
    const QByteArray sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<!-- written by a tool -->\r\n"
        "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\r\n"
        "  <x:sheetData>\r\n"
        "    <x:row r='1'>\r\n"
        "      <x:c r='A1' t='inlineStr'><x:is><x:t>名前</x:t></x:is></x:c>\r\n"
        "      <x:c r = \"B1\" t=\"inlineStr\" ><x:is><x:t><![CDATA[<値> & \"x\"]]></x:t>"
        "</x:is></x:c>\r\n"
        "    </x:row>\r\n"
        "    <x:row r=\"2\"><!-- a comment between cells -->\r\n"
        "      <x:c r=\"A2\" t=\"inlineStr\"><x:is><x:t>a &amp; b &lt;c&gt; &#x41;&#66; "
        "&quot;q&quot; &apos;</x:t></x:is></x:c>\r\n"
        "      <x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>line1\r\nline2\rline3&#13;&#10;end"
        "</x:t></x:is></x:c>\r\n"
        "    </x:row>\r\n"
        "    <x:row r=\"3\"><x:c r=\"A3\"><x:v>\r\n  7\r\n</x:v></x:c><x:c r=\"B3\"/></x:row>\r\n"
        "  </x:sheetData>\r\n"
        "</x:worksheet>\r\n";
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("tool.xlsx"));
    QVERIFY(writeZip(
        path, withPart(handMadeWorkbook(), QStringLiteral("xl/worksheets/cover.xml"), sheet)));
    const Result<Table> read = io::readXlsxFile(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    compareContent(read.value(), table({QStringLiteral("名前"), QStringLiteral("<値> & \"x\"")},
                                       {{QStringLiteral("a & b <c> AB \"q\" '"),
                                         QStringLiteral("line1\nline2\nline3\r\nend")},
                                        {QStringLiteral("7"), QString()}}));
}

void TestIo::xlsxValueRightOfHeader()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("wide.xlsx"));
    const QByteArray sheet =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c>"
        "<c r=\"B1\" t=\"inlineStr\"><is><t>b</t></is></c></row>"
        "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"
        "<row r=\"4\"><c r=\"A4\"><v>2</v></c><c r=\"D4\"><v>9</v></c></row>"
        "</sheetData></worksheet>";
    QVERIFY(writeZip(
        path, withPart(handMadeWorkbook(), QStringLiteral("xl/worksheets/cover.xml"), sheet)));
    ReadError where;
    const Result<Table> read = io::readXlsxFile(path, {}, &where);
    QVERIFY(!read.ok());
    QCOMPARE(read.error(),
             QStringLiteral("Row 4 has a value in column D, right of the last header column (B)."));
    QCOMPARE(where.line, 4);
}

void TestIo::xlsxStrayValueInTheLastRow()
{
    // Someone typed in row 1,048,576 once: every row up to it is a data row.
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("stray.xlsx"));
    const QByteArray sheet =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c>"
        "<c r=\"T1\" t=\"inlineStr\"><is><t>t</t></is></c></row>"
        "<row r=\"1048576\"><c r=\"B1048576\"><v>1</v></c></row></sheetData></worksheet>";
    QVERIFY(writeZip(
        path, withPart(handMadeWorkbook(), QStringLiteral("xl/worksheets/cover.xml"), sheet)));
    const Result<Table> read = io::readXlsxFile(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->columnCount(), 20);
    QCOMPARE(read->rowCount(), 1048575);
    QCOMPARE(read->rows.first(), QStringList(20, QString()));
    QCOMPARE(read->rows.last().at(1), QStringLiteral("1"));
    QCOMPARE(read->sourceLines.last(), 1048576);
}

void TestIo::xlsxEmptySheet()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("empty.xlsx"));
    const QByteArray sheet =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData><row r=\"3\"><c r=\"A3\" s=\"1\"/></row></sheetData></worksheet>";
    QVERIFY(writeZip(
        path, withPart(handMadeWorkbook(), QStringLiteral("xl/worksheets/cover.xml"), sheet)));
    const Result<Table> read = io::readXlsxFile(path);
    QVERIFY(!read.ok());
    QCOMPARE(read.error(), QStringLiteral("The sheet “表紙” is empty."));

    // An empty table writes a valid workbook that reads back as empty.
    const QString written = QDir(dir.path()).filePath(QStringLiteral("written.xlsx"));
    QVERIFY(io::writeXlsxFile(written, Table(), QStringLiteral("空")).ok());
    QCOMPARE(io::readXlsxFile(written).error(), QStringLiteral("The sheet “空” is empty."));
}

void TestIo::xlsxDamaged_data()
{
    QTest::addColumn<QByteArray>("fileBytes");   // written as they are, when not empty
    QTest::addColumn<QString>("replacedPart");   // else: the hand-made workbook with this part
    QTest::addColumn<QByteArray>("replacement"); // replaced (or removed when empty)
    QTest::addColumn<QString>("expected");       // %1 = the path

    QByteArray noise(4096, Qt::Uninitialized);
    QRandomGenerator rng(20240401);
    for (char &c : noise)
        c = static_cast<char>(rng.bounded(256));
    QTest::newRow("random bytes") << noise << QString() << QByteArray()
                                  << QStringLiteral("%1 is not an Excel workbook (.xlsx), or it "
                                                    "is damaged.");
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("w.xlsx"));
        QVERIFY(writeZip(path, handMadeWorkbook()));
        const QByteArray overlong = withOverlongName(test::readFile(path), "xl/styles.xml");
        QVERIFY(!overlong.isEmpty());
        // Listed after the workbook's parts: the file is refused as a whole,
        // not read up to the damaged entry.
        QTest::newRow("an entry's name past the end")
            << overlong << QString() << QByteArray()
            << QStringLiteral("%1 is not an Excel workbook (.xlsx), or it is damaged.");
    }
    QTest::newRow("a CSV renamed") << utf8("a,b\r\n1,2\r\n") << QString() << QByteArray()
                                   << QStringLiteral("%1 is not an Excel workbook (.xlsx), or it "
                                                     "is damaged.");
    QTest::newRow("no workbook part")
        << QByteArray() << QStringLiteral("xl/workbook.xml") << QByteArray()
        << QStringLiteral("%1 is not an Excel workbook (.xlsx): xl/workbook.xml is missing.");
    QTest::newRow("no sheet part")
        << QByteArray() << QStringLiteral("xl/worksheets/cover.xml") << QByteArray()
        << QStringLiteral("%1 is not an Excel workbook (.xlsx): xl/worksheets/cover.xml is "
                          "missing.");
    QTest::newRow("broken sheet XML")
        << QByteArray() << QStringLiteral("xl/worksheets/cover.xml")
        << utf8("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row>")
        << QStringLiteral("%1 is damaged: xl/worksheets/cover.xml cannot be read (line 1: "
                          "Opening and ending tag mismatch.).");
    QTest::newRow("no sheets") << QByteArray() << QStringLiteral("xl/workbook.xml")
                               << utf8("<workbook><sheets/></workbook>")
                               << QStringLiteral("%1 has no sheets.");
    QTest::newRow("shared string out of range")
        << QByteArray() << QStringLiteral("xl/worksheets/cover.xml")
        << utf8("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row>"
                "</sheetData></worksheet>")
        << QStringLiteral("Row 1: cell A1 refers to text that is missing from the workbook.");
    QTest::newRow("bad cell reference")
        << QByteArray() << QStringLiteral("xl/worksheets/cover.xml")
        << utf8("<worksheet><sheetData><row r=\"1\"><c r=\"1A\"><v>1</v></c></row>"
                "</sheetData></worksheet>")
        << QStringLiteral("%1 is damaged: xl/worksheets/cover.xml cannot be read.");
    QTest::newRow("DOCTYPE with entities")
        << QByteArray() << QStringLiteral("xl/worksheets/cover.xml")
        << utf8("<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;</t>"
                "</is></c></row></sheetData></worksheet>")
        << QStringLiteral("%1 is damaged: xl/worksheets/cover.xml cannot be read.");
    QTest::newRow("undeclared entity")
        << QByteArray() << QStringLiteral("xl/worksheets/cover.xml")
        << utf8("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                "<t>a&nbsp;b</t></is></c></row></sheetData></worksheet>")
        << QStringLiteral("%1 is damaged: xl/worksheets/cover.xml cannot be read (line 1: "
                          "Entity 'nbsp' not declared.).");
    QTest::newRow("unclosed sheet")
        << QByteArray() << QStringLiteral("xl/worksheets/cover.xml")
        << utf8("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
        << QStringLiteral("%1 is damaged: xl/worksheets/cover.xml cannot be read (line 1: "
                          "Premature end of document.).");
    QTest::newRow("broken shared strings")
        << QByteArray() << QStringLiteral("xl/sharedStrings.xml")
        << utf8("<sst><si><t>a</si></sst>")
        << QStringLiteral("%1 is damaged: xl/sharedStrings.xml cannot be read (line 1: "
                          "Opening and ending tag mismatch.).");
    QTest::newRow("rows going up")
        << QByteArray() << QStringLiteral("xl/worksheets/cover.xml")
        << utf8("<worksheet><sheetData><row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"
                "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData></worksheet>")
        << QStringLiteral("%1 is damaged: xl/worksheets/cover.xml cannot be read.");
}

void TestIo::xlsxDamaged()
{
    QFETCH(QByteArray, fileBytes);
    QFETCH(QString, replacedPart);
    QFETCH(QByteArray, replacement);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("damaged.xlsx"));
    if (!fileBytes.isEmpty()) {
        QVERIFY(test::writeFile(path, fileBytes));
    } else {
        auto entries = handMadeWorkbook();
        if (replacement.isEmpty())
            entries.removeIf([&](const auto &entry) { return entry.first == replacedPart; });
        else
            entries = withPart(entries, replacedPart, replacement);
        QVERIFY(writeZip(path, entries));
    }
    const QString message = expected.contains(QLatin1String("%1")) ? expected.arg(path) : expected;
    const Result<Table> read = io::readXlsxFile(path);
    QVERIFY(!read.ok());
    QCOMPARE(read.error(), message);
    // The sheet list fails the same way when the workbook itself is broken.
    if (replacedPart.isEmpty() || replacedPart == QLatin1String("xl/workbook.xml")) {
        const Result<QStringList> names = io::xlsxSheetNames(path);
        QVERIFY(!names.ok());
        QCOMPARE(names.error(), message);
    }
}

void TestIo::xlsxPartNames()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("parts.xlsx"));

    // Part names are case-insensitive in Open Packaging.
    auto shouting = handMadeWorkbook();
    for (auto &entry : shouting)
        entry.first = entry.first.toUpper();
    QVERIFY(writeZip(path, shouting));
    const Result<Table> loud = io::readXlsxFile(path, QStringLiteral("資産台帳"));
    QVERIFY2(loud.ok(), qPrintable(loud.error()));
    QCOMPARE(loud->header.at(0), QStringLiteral("資産番号"));

    // The first of two entries of one name is read, as QuaZip's own lookup
    // did.
    const QByteArray other = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                             "<is><t>二番目</t></is></c></row></sheetData></worksheet>";
    auto twice = handMadeWorkbook();
    twice.append({QStringLiteral("XL/worksheets/Cover.xml"), other});
    QVERIFY(writeZip(path, twice));
    const Result<Table> cover = io::readXlsxFile(path);
    QVERIFY2(cover.ok(), qPrintable(cover.error()));
    QCOMPARE(cover->header, QStringList({QStringLiteral("表紙です")}));

    // A sound directory, refused for the part it lacks...
    QVERIFY(test::writeFile(path, zip64Directory(10)));
    QCOMPARE(io::readXlsxFile(path).error(),
             QStringLiteral("%1 is not an Excel workbook (.xlsx): xl/workbook.xml is missing.")
                 .arg(path));
    // ...and one that claims more files than any workbook holds.
    QVERIFY(test::writeFile(path, zip64Directory(100001)));
    const QString tooMany =
        QStringLiteral("%1 holds more than 100000 files; it is not a workbook Kamae can read.")
            .arg(path);
    QCOMPARE(io::readXlsxFile(path).error(), tooMany);
    QCOMPARE(io::xlsxSheetNames(path).error(), tooMany);
    // Files are counted, not names.
    QVERIFY(test::writeFile(path, zip64Directory(100001, "xl/workbook.xml")));
    QCOMPARE(io::readXlsxFile(path).error(), tooMany);
    QVERIFY(test::writeFile(path, zip64Directory(100000)));
    QCOMPARE(io::readXlsxFile(path).error(),
             QStringLiteral("%1 is not an Excel workbook (.xlsx): xl/workbook.xml is missing.")
                 .arg(path));
}

void TestIo::xlsxWriteFailures()
{
    QTemporaryDir dir;
    const QString inMissing = QDir(dir.path()).filePath(QStringLiteral("no/such/folder/out.xlsx"));
    const Status failed = io::writeXlsxFile(inMissing, fixtureTable(), QStringLiteral("a"));
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().startsWith(QStringLiteral("Cannot write ") + inMissing + u':'),
             qPrintable(failed.error()));
    QCOMPARE(test::entriesIn(dir.path()), QStringList());

    const QString path = QDir(dir.path()).filePath(QStringLiteral("out.xlsx"));
    for (const QString &bad :
         {QStringLiteral("a/b"), QStringLiteral("[x]"), QStringLiteral("'quoted'"),
          QStringLiteral("History"), QString(32, u'あ')}) {
        const Status status = io::writeXlsxFile(path, fixtureTable(), bad);
        QVERIFY2(!status.ok(), qPrintable(bad));
        QVERIFY2(status.error().startsWith(QStringLiteral("“") + bad +
                                           QStringLiteral("” cannot be "
                                                          "a sheet name")),
                 qPrintable(status.error()));
    }
    QCOMPARE(test::entriesIn(dir.path()), QStringList());

    Table tooLong = fixtureTable();
    tooLong.rows[1][2] = QString(32768, u'x');
    const Status longCell = io::writeXlsxFile(path, tooLong, QStringLiteral("a"));
    QVERIFY(!longCell.ok());
    QCOMPARE(longCell.error(), QStringLiteral("Row 3, column C: the text is longer than the "
                                              "32,767 characters a cell can hold."));
    QCOMPARE(test::entriesIn(dir.path()), QStringList());

    // A failed write leaves an existing workbook as it was.
    QVERIFY(io::writeXlsxFile(path, fixtureTable(), QStringLiteral("a")).ok());
    const QByteArray before = test::readFile(path);
    QVERIFY(!io::writeXlsxFile(path, tooLong, QStringLiteral("a")).ok());
    QCOMPARE(test::readFile(path), before);
}

QTEST_GUILESS_MAIN(TestIo)
#include "tst_io.moc"

// --- Issue 14: registers as Excel and LibreOffice save them ------------------

namespace {

// The IPA register of tests/data/io (make_registers.py): title, blank row,
// group row, sub-headings, five assets.
const QStringList kIpaSubHeadings = {QString(),
                                     QString(),
                                     QString(),
                                     QString(),
                                     QString(),
                                     QString(),
                                     QString(),
                                     QStringLiteral("個人情報"),
                                     QStringLiteral("要配慮個人情報"),
                                     QStringLiteral("特定個人情報"),
                                     QStringLiteral("機密性"),
                                     QStringLiteral("完全性"),
                                     QStringLiteral("可用性"),
                                     QString(),
                                     QString(),
                                     QString(),
                                     QString()};

// Picks the row of sub-headings (the fourth row of the sheet, the third
// non-empty one) as the asset import would.
int thirdRow(const QVector<QStringList> &rows)
{
    return rows.size() > 2 ? 2 : 0;
}

} // namespace

void TestIo::csvRefusesDevicesAndPipes()
{
    // A device is never read (it would be read without end), a FIFO never
    // opened (it would block), a folder named as such.
    for (const QString &device : {QStringLiteral("/dev/null"), QStringLiteral("/dev/zero")}) {
        const Result<Table> read = io::readCsvFile(device);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral(", not a file")), qPrintable(read.error()));
    }
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Result<Table> pipe = io::readCsvFile(fifo);
    QVERIFY(!pipe.ok());
    QVERIFY2(pipe.error().contains(QStringLiteral(", not a file")), qPrintable(pipe.error()));
    const Result<Table> folder = io::readCsvFile(dir.path());
    QVERIFY(!folder.ok());
    QVERIFY2(folder.error().contains(QStringLiteral("folder")), qPrintable(folder.error()));
}

void TestIo::csvExcelUnicodeText()
{
    // Excel's "Unicode テキスト": UTF-16LE with BOM, tabs, CRLF, a quoted
    // cell with a line break.
    const Result<Table> read = io::readCsvFile(fixture("ipa_register_excel_unicode.txt"));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->header.size(), 17);
    QCOMPARE(read->header.first(), QStringLiteral("情報資産管理台帳"));
    QCOMPARE(read->rows.at(1).at(2), QStringLiteral("情報資産名称"));
    QCOMPARE(read->rows.at(2), kIpaSubHeadings);
    QCOMPARE(read->rows.at(3).at(3), QStringLiteral("健康診断結果を含む\n（産業医と共有）"));
    QCOMPARE(read->rows.at(4).at(16), QStringLiteral("37:30:00"));
    QCOMPARE(read->sourceLines, lines({2, 3, 4, 5, 7, 8, 9, 10}));
}

void TestIo::csvUtf16Variants()
{
    const QString text = QStringLiteral("名称\t場所\r\n顧客台帳\t本社\r\n");
    QByteArray be("\xFE\xFF", 2);
    for (const QChar c : text) {
        be.append(static_cast<char>(c.unicode() >> 8));
        be.append(static_cast<char>(c.unicode() & 0xFF));
    }
    const Result<Table> read = io::readCsv(be);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->header, QStringList({QStringLiteral("名称"), QStringLiteral("場所")}));
    QCOMPARE(read->rows.at(0).at(0), QStringLiteral("顧客台帳"));
    // Even with Shift_JIS asked for, the byte order mark decides.
    CsvReadOptions sjis;
    sjis.encoding = TextEncoding::ShiftJis;
    QVERIFY(io::readCsv(be, sjis).ok());

    // Cut in the middle of a character: said, not guessed.
    const Result<Table> cut = io::readCsv(be.left(be.size() - 1));
    QVERIFY(!cut.ok());
    QVERIFY2(cut.error().contains(QStringLiteral("UTF-16")), qPrintable(cut.error()));
    QCOMPARE(io::readCsv(QByteArray("\xFF\xFE", 2)).error(), QStringLiteral("The file is empty."));
}

void TestIo::csvHeaderBelowTitleRows()
{
    CsvReadOptions options;
    options.chooseHeader = thirdRow;
    const Result<Table> read = io::readCsvFile(fixture("ipa_register_excel_sjis.csv"), options);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->header, kIpaSubHeadings);
    QCOMPARE(read->headerLine, 4);
    QCOMPARE(read->titleLines, lines({1, 3}));
    QCOMPARE(read->titleRows.at(0).at(0), QStringLiteral("情報資産管理台帳"));
    QCOMPARE(read->titleRows.at(1).at(2), QStringLiteral("情報資産名称"));
    QCOMPARE(read->rowCount(), 5);
    QCOMPARE(read->sourceLines, lines({5, 7, 8, 9, 10}));
    QCOMPARE(read->rows.at(1).at(2), QStringLiteral("源泉徴収票（マイナンバー記載）"));

    // A title narrower than the header is not "too many fields" for the rows.
    options.chooseHeader = [](const QVector<QStringList> &rows) {
        return int(rows.size()) - 2;
    };
    const Result<Table> titled = io::readCsv("台帳\r\n\r\nname,kind\r\nPC,device\r\n", options);
    QVERIFY2(titled.ok(), qPrintable(titled.error()));
    QCOMPARE(titled->header, QStringList({QStringLiteral("name"), QStringLiteral("kind")}));
    QCOMPARE(titled->sourceLines, lines({4}));
}

void TestIo::csvLimits()
{
    // A million columns in 2 MB: refused before rows are padded to them.
    QByteArray wide = "a";
    wide.reserve(2'000'010);
    for (int i = 0; i < 999'999; ++i)
        wide += ",a";
    wide += "\r\nx\r\n";
    ReadError error;
    Result<Table> read = io::readCsv(wide, {}, &error);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QStringLiteral("16384")), qPrintable(read.error()));
    QCOMPARE(error.line, 1);

    // 10,000 columns are allowed, but not 10,000 × 600 padded cells.
    QByteArray cells = "a";
    for (int i = 1; i < 10'000; ++i)
        cells += ",h";
    cells += "\r\n";
    for (int i = 0; i < 600; ++i)
        cells += "x\r\n";
    read = io::readCsv(cells, {}, &error);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QStringLiteral("5000000")), qPrintable(read.error()));
    QCOMPARE(error.line, 502);

    // One column: blank lines are empty cells, counted as well.
    const QByteArray blanks = "name\n" + QByteArray(5'000'001, '\n') + "x\n";
    read = io::readCsv(blanks, {}, &error);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QStringLiteral("5000000")), qPrintable(read.error()));

    // A field longer than a cell can hold (the XLSX writer's limit too).
    const QByteArray longField = "name\r\n" + QByteArray(io::kMaxCellLength + 1, 'x') + "\r\n";
    read = io::readCsv(longField, {}, &error);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QStringLiteral("32767")), qPrintable(read.error()));
    QCOMPARE(error.line, 2);
    QVERIFY(io::readCsv("name\r\n" + QByteArray(io::kMaxCellLength, 'x') + "\r\n").ok());
}

void TestIo::xlsxExcelRegister()
{
    const QString path = fixture("ipa_register_excel.xlsx");
    QCOMPARE(io::xlsxSheetNames(path).value(),
             QStringList({QStringLiteral("情報資産管理台帳"), QStringLiteral("経過時間")}));
    // Without a chooser the title is the header, and the table is wider.
    const Result<Table> plain = io::readXlsxFile(path);
    QVERIFY(!plain.ok());
    QVERIFY2(plain.error().contains(QStringLiteral("right of the last header column")),
             qPrintable(plain.error()));

    const Result<Table> read = io::readXlsxFile(path, {}, nullptr, thirdRow);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->header, kIpaSubHeadings);
    QCOMPARE(read->headerLine, 4);
    QCOMPARE(read->titleLines, lines({1, 3}));
    QCOMPARE(read->sourceLines, lines({5, 6, 7, 8, 9}));
    const QVector<QStringList> &rows = read->rows;
    // Furigana are not part of the text; shared formulas give their value;
    // dates in style 14 are dates, [h]:mm:ss durations.
    QCOMPARE(rows.at(0).at(2), QStringLiteral("従業員名簿"));
    QCOMPARE(rows.at(0).at(3), QStringLiteral("健康診断結果を含む\n（産業医と共有）"));
    QCOMPARE(rows.at(0).at(13), QStringLiteral("3"));
    QCOMPARE(rows.at(0).at(15), QStringLiteral("2024-04-01"));
    QCOMPARE(rows.at(0).at(16), QStringLiteral("8:00:00"));
    QCOMPARE(rows.at(1).at(16), QStringLiteral("37:30:00"));
    QCOMPARE(rows.at(3).at(16), QStringLiteral("72:00:00"));
    QCOMPARE(rows.at(2).at(4), QStringLiteral("営業部 "));
    QCOMPARE(rows.at(2).at(7), QStringLiteral("○"));
    // Rich text runs joined; skipped cells empty.
    QCOMPARE(rows.at(4).at(3), QStringLiteral("番号法に基づく 安全管理措置"));
    QCOMPARE(rows.at(4).at(7), QString());
    QCOMPARE(rows.at(4).at(9), QStringLiteral("○"));
}

void TestIo::xlsxLibreOfficeRegister()
{
    // The same register opened and saved again by LibreOffice Calc.
    const Result<Table> read =
        io::readXlsxFile(fixture("ipa_register_libreoffice.xlsx"), {}, nullptr, thirdRow);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->header, kIpaSubHeadings);
    QCOMPARE(read->rowCount(), 5);
    QCOMPARE(read->rows.at(1).at(2), QStringLiteral("源泉徴収票（マイナンバー記載）"));
    QCOMPARE(read->rows.at(1).at(15), QStringLiteral("2024-04-01"));
    QCOMPARE(read->rows.at(1).at(16), QStringLiteral("37:30:00"));
    QCOMPARE(read->rows.at(4).at(3), QStringLiteral("番号法に基づく 安全管理措置"));
}

void TestIo::xlsxElapsedTimes()
{
    // [h]:mm:ss, [mm]:ss and [ss] are durations, shown from their largest
    // unit, not times of day (37:30:00, not 13:30:00).
    const Result<Table> read =
        io::readXlsxFile(fixture("ipa_register_excel.xlsx"), QStringLiteral("経過時間"));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    compareContent(read.value(), table({QStringLiteral("作業"), QStringLiteral("所要時間"),
                                        QStringLiteral("分秒"), QStringLiteral("秒")},
                                       {{QStringLiteral("バックアップ"), QStringLiteral("37:30:00"),
                                         QStringLiteral("37:30"), QStringLiteral("60")},
                                        {QStringLiteral("復旧訓練"), QStringLiteral("66:00:00"),
                                         QStringLiteral("2250:00"), QStringLiteral("43200")}}));
    // The built-in elapsed format (id 46) too.
    const QByteArray styles =
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"46\"/></cellXfs></styleSheet>";
    const QByteArray sheet =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>1.5625</v></c></row></sheetData></worksheet>";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("elapsed.xlsx"));
    QVERIFY(writeZip(path,
                     withPart(withPart(handMadeWorkbook(), QStringLiteral("xl/styles.xml"), styles),
                              QStringLiteral("xl/worksheets/cover.xml"), sheet)));
    const Result<Table> builtin = io::readXlsxFile(path);
    QVERIFY2(builtin.ok(), qPrintable(builtin.error()));
    QCOMPARE(builtin->rows.at(0).at(0), QStringLiteral("37:30:00"));
}

void TestIo::xlsxWideHeaderIsBounded()
{
    // A header 10,000 cells wide and 600 rows of one cell each: 6 million
    // padded cells from a few kilobytes. Refused with the row, not read.
    QByteArray sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                       "main\"><sheetData><row r=\"1\">";
    for (int c = 0; c < 10'000; ++c)
        sheet += "<c t=\"s\"><v>0</v></c>";
    sheet += "</row>";
    for (int r = 2; r <= 601; ++r)
        sheet += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) +
                 "\" t=\"s\"><v>0</v></c></row>";
    sheet += "</sheetData></worksheet>";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wide.xlsx"));
    QVERIFY(writeZip(
        path, withPart(handMadeWorkbook(), QStringLiteral("xl/worksheets/cover.xml"), sheet)));
    QVERIFY(QFileInfo(path).size() < 64 * 1024);
    ReadError error;
    const Result<Table> read = io::readXlsxFile(path, {}, &error);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QStringLiteral("5000000")), qPrintable(read.error()));
    QCOMPARE(error.line, 502);
}

void TestIo::xlsxCellLimitOnBothSides()
{
    // What the writer refuses, the reader refuses: a cell over 32,767
    // characters, in a shared string or an inline one.
    QTemporaryDir dir;
    const QByteArray tooLong(io::kMaxCellLength + 1, 'x');
    const QByteArray shared =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<si><t>名称</t></si><si><t>" +
        tooLong + "</t></si></sst>";
    const QByteArray sheet =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row></sheetData></worksheet>";
    const QString path = dir.filePath(QStringLiteral("long.xlsx"));
    QVERIFY(writeZip(
        path, withPart(withPart(handMadeWorkbook(), QStringLiteral("xl/sharedStrings.xml"), shared),
                       QStringLiteral("xl/worksheets/cover.xml"), sheet)));
    ReadError error;
    Result<Table> read = io::readXlsxFile(path, {}, &error);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QStringLiteral("A2")), qPrintable(read.error()));
    QCOMPARE(error.line, 2);

    const QByteArray inlineSheet =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>名称</t></is></c></row>"
        "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>" +
        tooLong + "</t></is></c></row></sheetData></worksheet>";
    QVERIFY(writeZip(path, withPart(handMadeWorkbook(), QStringLiteral("xl/worksheets/cover.xml"),
                                    inlineSheet)));
    read = io::readXlsxFile(path, {}, &error);
    QVERIFY(!read.ok());
    QCOMPARE(error.line, 3);

    // And the writer refuses it as well.
    const Status written = io::writeXlsxFile(
        dir.filePath(QStringLiteral("out.xlsx")),
        table({QStringLiteral("名称")}, {{QString::fromLatin1(tooLong)}}), QString());
    QVERIFY(!written.ok());
}

void TestIo::xlsxHugeNumbersInReferences()
{
    // Numbers too large for an int (row numbers, style and string indices)
    // are damage, not an overflow (UBSan reported one in toInt).
    const QByteArray digits(30, '9');
    for (const QByteArray &sheet :
         {QByteArray("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                     "main\"><sheetData><row r=\"") +
              digits + "\"><c t=\"s\"><v>0</v></c></row></sheetData></worksheet>",
          QByteArray("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                     "main\"><sheetData><row r=\"1\"><c r=\"A") +
              digits + "\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>"}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.xlsx"));
        QVERIFY(writeZip(
            path, withPart(handMadeWorkbook(), QStringLiteral("xl/worksheets/cover.xml"), sheet)));
        const Result<Table> read = io::readXlsxFile(path);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral("damaged")), qPrintable(read.error()));
    }
    // A style index beyond int is no style: the number reads as a number.
    const QByteArray styled =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\">"
        "<c r=\"A2\" s=\"" +
        digits + "\"><v>45383</v></c></row></sheetData></worksheet>";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("styled.xlsx"));
    QVERIFY(writeZip(
        path, withPart(handMadeWorkbook(), QStringLiteral("xl/worksheets/cover.xml"), styled)));
    const Result<Table> read = io::readXlsxFile(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->rows.at(0).at(0), QStringLiteral("45383"));
}

void TestIo::xlsxRefusesDevices()
{
    for (const QString &device : {QStringLiteral("/dev/null"), QStringLiteral("/dev/zero")}) {
        const QString link = QDir::temp().filePath(QStringLiteral("kamae-tst-io-device.xlsx"));
        QFile::remove(link);
        QVERIFY(QFile::link(device, link));
        const Result<Table> read = io::readXlsxFile(link);
        QFile::remove(link);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral(", not a file")), qPrintable(read.error()));
    }
}

// The scanner used to keep only pointers into the caller's array, so one
// built from a temporary read freed memory (found by fuzz_xml). Reusing the
// freed block with other bytes makes that show without a sanitizer.
void TestIo::xmlScannerKeepsItsInput()
{
    const QByteArray text = "<sheetData><row r=\"1\"><c r=\"A1\"/></row></sheetData>";
    io::XmlScanner xml{QByteArray(text.constData(), text.size())};
    const QByteArray overwrite(text.size(), 'X');
    QCOMPARE(xml.next(), io::XmlScanner::Token::StartElement);
    QVERIFY(xml.isStart("sheetData"));
    QCOMPARE(xml.next(), io::XmlScanner::Token::StartElement);
    QCOMPARE(xml.attribute("r"), QByteArrayView("1"));
    QVERIFY(!overwrite.isEmpty());
}

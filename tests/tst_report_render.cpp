// The report renderer: A4 layout rules, the PDF it writes (checked with the
// poppler tools, as a reader's viewer would see it) and its failures.
#include "TestSupport.h"

#include "report/Report.h"
#include "report/ReportDocument.h"
#include "report/ReportRenderer.h"

#include <QBuffer>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace kamae::report;

namespace {

const int kTableRows = 120;

QString cellName(int row)
{
    return QStringLiteral("資産-%1").arg(row + 1, 3, 10, QLatin1Char('0'));
}

Table bigTable()
{
    Table table;
    table.columns = {{QStringLiteral("資産 / Asset"), 2, Align::Left},
                     {QStringLiteral("担当者"), 2, Align::Left},
                     {QStringLiteral("状態 Status"), 3, Align::Left},
                     {QStringLiteral("点数"), 1, Align::Right}};
    for (int r = 0; r < kTableRows; ++r) {
        const bool late = r % 7 == 3;
        table.rows.append(
            {{cellName(r), Tone::Neutral, r % 10 == 0},
             {r % 3 == 0 ? QStringLiteral("佐藤 花子") : QStringLiteral("Tanaka Ichiro")},
             {late ? QStringLiteral("更新期限を過ぎています (overdue since 2026-09-30)")
                   : QStringLiteral("OK"),
              late ? Tone::Bad : Tone::Good},
             {QString::number(40 + r % 60), r % 60 < 20 ? Tone::Bad : Tone::Neutral}});
    }
    return table;
}

TrendChart trend(int points)
{
    TrendChart chart;
    chart.from = QDate(2026, 8, 24);
    chart.to = QDate(2026, 11, 22);
    const double values[] = {48.5, 51, 55.25, 54, 58.75, 60.5, 61, 63.4};
    for (int i = 0; i < points && i < 8; ++i)
        chart.points.append({chart.from.addDays(i * 12 + (i == 7 ? 6 : 0)), values[i]});
    chart.ticks = {{QDate(2026, 9, 1), QStringLiteral("9月")},
                   {QDate(2026, 10, 1), QStringLiteral("10月")},
                   {QDate(2026, 11, 1), QStringLiteral("11月")}};
    chart.emptyText = QStringLiteral("推移を示すにはデータが足りません");
    return chart;
}

Document sampleDocument()
{
    Document doc;
    doc.language = QStringLiteral("ja");
    doc.title = QStringLiteral("情報セキュリティ報告書");
    doc.author = QStringLiteral("山田 太郎");
    doc.footerLeft = QStringLiteral("株式会社テスト工業 · test.kamae");
    doc.footerCentre = QStringLiteral("2026年11月22日 作成");
    doc.pageLabel = QStringLiteral("%1 / %2");

    Cover cover;
    cover.title = QStringLiteral("情報セキュリティ報告書");
    cover.subtitle = QStringLiteral("経済産業省の注意喚起に沿った対策の状況");
    cover.company = QStringLiteral("株式会社テスト工業");
    cover.fields = {{QStringLiteral("対象期間"), QStringLiteral("2026年8月24日 – 2026年11月22日")},
                    {QStringLiteral("作成日"), QStringLiteral("2026年11月22日")},
                    {QStringLiteral("作成者"), QStringLiteral("山田 太郎")}};
    cover.approvals = {QStringLiteral("承認"), QStringLiteral("確認"), QStringLiteral("作成")};
    doc.sections.append({QStringLiteral("cover"), QString(), {cover}});

    ScoreHero hero;
    hero.score = 63;
    hero.tone = Tone::Warn;
    hero.caption = QStringLiteral("セキュリティ体制スコア（100点満点）");
    hero.verdict = QStringLiteral("改善が必要");
    hero.change = QStringLiteral("期間中に +5.2 ポイント");
    hero.changeTone = Tone::Good;
    hero.declared = QStringLiteral("うち自己申告 21 点（†）");
    Facts facts;
    facts.items = {
        {QStringLiteral("412"), QStringLiteral("登録済みの資産"), Tone::Neutral},
        {QStringLiteral("3 / 5"), QStringLiteral("バックアップの確認"), Tone::Warn},
        {QStringLiteral("12"), QStringLiteral("未確認の資産 (reviews overdue)"), Tone::Bad},
        {QStringLiteral("98 %"), QStringLiteral("パッチ適用率"), Tone::Good},
        {QStringLiteral("—"), QStringLiteral("未割り当て"), Tone::Muted}};
    doc.sections.append(
        {QStringLiteral("summary"),
         QStringLiteral("概要"),
         {hero,
          Paragraph{QStringLiteral("総合スコアは 63.4 点でした。期間の初めから 5.2 ポイント上がり、"
                                   "特にバックアップとパッチの項目が改善しました。一方で、資産の"
                                   "棚卸しが遅れており、12 台の機器が 90 日以上確認されていません。"
                                   "The score rose from 58.2 to 63.4 over the period."),
                    false, Tone::Neutral},
          facts, trend(8),
          Paragraph{QStringLiteral("点数は 0〜100 で、80 以上を良好、60 以上を注意としています。"),
                    true, Tone::Muted}}});

    BarChart bars;
    bars.bars = {{QStringLiteral("資産の把握"), 72, 60, QStringLiteral("72 %"), Tone::Warn},
                 {QStringLiteral("バックアップ"), 88, 70, QStringLiteral("88 %"), Tone::Good},
                 {QStringLiteral("パッチ"), 41, -1, QStringLiteral("41 %"), Tone::Bad},
                 {QStringLiteral("アクセス管理 (MFA and shared accounts)"), -1, -1,
                  QStringLiteral("まだ測定できません"), Tone::Muted}};
    bars.previousLegend = QStringLiteral("期間の初めの値");
    bars.bars[1].declaredPercent = 30; // the last 30 of its 88 rest on answers
    bars.declaredLegend = QStringLiteral("† 斜線：自社診断の回答による部分（自己申告）");
    Table empty;
    empty.columns = {{QStringLiteral("Hidden header"), 1, Align::Left}};
    empty.emptyText = QStringLiteral("期限切れの項目はありません。");
    doc.sections.append({QStringLiteral("status"),
                         QStringLiteral("分野別の状況"),
                         {bars, SubHeading{QStringLiteral("期限切れの項目")}, empty}});

    doc.sections.append(
        {QStringLiteral("actions"),
         QStringLiteral("Actions / 対策"),
         {Paragraph{QStringLiteral("次の表は、確認が必要な資産の一覧です。"), false, Tone::Neutral},
          SubHeading{QStringLiteral("資産の一覧")}, bigTable(),
          Paragraph{
              QStringLiteral("Long English text wraps at word boundaries: ") +
                  QStringLiteral("backups, patches and reviews keep the score up. ").repeated(12) +
                  QStringLiteral("Fin."),
              false, Tone::Neutral}}});
    return doc;
}

// The same page set-up as writePdf, for measuring without writing a file.
struct Writer
{
    QBuffer buffer;
    std::unique_ptr<QPdfWriter> pdf;
    QRectF page;

    Writer()
    {
        buffer.open(QIODevice::WriteOnly);
        pdf = std::make_unique<QPdfWriter>(&buffer);
        pdf->setResolution(600);
        pdf->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                       QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter));
        page = QRectF(QPointF(0, 0), pdf->pageLayout().paintRectPixels(pdf->resolution()).size());
    }
    Layout layout(const Document &doc) { return layoutDocument(doc, *pdf, page); }
};

struct ToolRun
{
    bool started = false;
    int exitCode = -1;
    QString out;
    QString err;
};

// A missing tool fails the test: without it nothing about the PDF is known.
ToolRun runTool(const QString &tool, const QStringList &args)
{
    ToolRun run;
    QProcess process;
    process.start(tool, args);
    run.started = process.waitForStarted(30000);
    if (!run.started)
        return run;
    process.waitForFinished(120000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

#define RUN_TOOL(var, tool, ...)                                                                   \
    const ToolRun var = runTool(QStringLiteral(tool), __VA_ARGS__);                                \
    QVERIFY2(var.started, tool " could not be started: install poppler-utils");                    \
    QVERIFY2(var.exitCode == 0, qPrintable(var.err))

const Block &blockOf(const Document &doc, const PlacedBlock &placed)
{
    return doc.sections.at(placed.section).blocks.at(placed.block);
}

bool isSubHeading(const Document &doc, const PlacedBlock &placed)
{
    return !placed.sectionTitle && std::holds_alternative<SubHeading>(blockOf(doc, placed));
}

// The slices of one split block in page order.
QVector<PlacedBlock> slicesOf(const Layout &layout, int section, int block)
{
    QVector<PlacedBlock> slices;
    for (const LaidOutPage &page : layout.pages)
        for (const PlacedBlock &placed : page.blocks)
            if (!placed.sectionTitle && placed.section == section && placed.block == block)
                slices.append(placed);
    return slices;
}

// Contiguous ranges from 0 to `total`; an empty string when they are.
QString checkRanges(const QVector<PlacedBlock> &slices, int total)
{
    int next = 0;
    for (const PlacedBlock &slice : slices) {
        if (slice.firstRow != next || slice.endRow <= slice.firstRow)
            return QStringLiteral("slice [%1, %2) after %3")
                .arg(slice.firstRow)
                .arg(slice.endRow)
                .arg(next);
        next = slice.endRow;
    }
    return next == total ? QString() : QStringLiteral("ends at %1 of %2").arg(next).arg(total);
}

// Lines of a paragraph: laid out alone on a page too tall to break it.
int lineCount(Writer &writer, const Paragraph &paragraph)
{
    Document doc;
    doc.sections.append({QStringLiteral("x"), QString(), {paragraph}});
    const QRectF tall(writer.page.topLeft(), QSizeF(writer.page.width(), 1e7));
    const Layout layout = layoutDocument(doc, *writer.pdf, tall);
    if (layout.pages.size() != 1 || layout.pages.first().blocks.size() != 1)
        return -1;
    return layout.pages.first().blocks.first().endRow;
}

// Every rule a laid-out document must keep; an empty string when it does.
QString checkLayout(Writer &writer, const Document &doc, const Layout &layout)
{
    const QRectF body = layout.body.adjusted(-0.5, -0.5, 0.5, 0.5);
    if (layout.body.bottom() >= layout.page.bottom() || layout.body.width() != layout.page.width())
        return QStringLiteral("no footer band");
    for (int p = 0; p < layout.pages.size(); ++p) {
        const QVector<PlacedBlock> &blocks = layout.pages.at(p).blocks;
        if (blocks.isEmpty())
            return QStringLiteral("page %1 is empty").arg(p + 1);
        double bottom = -1e9;
        for (const PlacedBlock &placed : blocks) {
            if (!body.contains(placed.rect))
                return QStringLiteral("page %1: block %2/%3 outside the body")
                    .arg(p + 1)
                    .arg(placed.section)
                    .arg(placed.block);
            if (placed.rect.top() < bottom - 0.5)
                return QStringLiteral("page %1: blocks overlap").arg(p + 1);
            bottom = placed.rect.bottom();
        }
        const PlacedBlock &last = blocks.last();
        const bool lastPage = p == layout.pages.size() - 1;
        if (!lastPage && last.sectionTitle)
            return QStringLiteral("page %1 ends with a section title").arg(p + 1);
        if (!lastPage && isSubHeading(doc, last))
            return QStringLiteral("page %1 ends with a subheading").arg(p + 1);
    }
    for (int s = 0; s < doc.sections.size(); ++s) {
        int titles = 0;
        for (const LaidOutPage &page : layout.pages)
            for (const PlacedBlock &placed : page.blocks)
                titles += placed.sectionTitle && placed.section == s;
        if (titles != (doc.sections.at(s).title.isEmpty() ? 0 : 1))
            return QStringLiteral("section %1 has %2 titles").arg(s).arg(titles);
        for (int b = 0; b < doc.sections.at(s).blocks.size(); ++b) {
            const Block &block = doc.sections.at(s).blocks.at(b);
            const QVector<PlacedBlock> slices = slicesOf(layout, s, b);
            QString problem;
            if (const auto *table = std::get_if<Table>(&block); table && !table->rows.isEmpty()) {
                problem = checkRanges(slices, table->rows.size());
                const int n = slices.size();
                if (problem.isEmpty() && n > 1 &&
                    slices.last().endRow - slices.last().firstRow == 1 &&
                    slices.at(n - 2).endRow - slices.at(n - 2).firstRow >= 2)
                    problem = QStringLiteral("the last row alone under a repeated header");
            } else if (const auto *paragraph = std::get_if<Paragraph>(&block))
                problem = checkRanges(slices, lineCount(writer, *paragraph));
            else if (slices.size() != 1)
                problem = QStringLiteral("placed %1 times").arg(slices.size());
            if (!problem.isEmpty())
                return QStringLiteral("section %1 block %2: %3").arg(s).arg(b).arg(problem);
        }
    }
    return QString();
}

// pdffonts prints a table whose columns are marked by a line of dashes.
QVector<QStringList> pdfFontRows(const QString &output)
{
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVector<QStringList> rows;
    if (lines.size() < 2)
        return rows;
    QVector<QPair<int, int>> columns;
    static const QRegularExpression dashes(QStringLiteral("-+"));
    auto it = dashes.globalMatch(lines.at(1));
    while (it.hasNext()) {
        const auto match = it.next();
        columns.append({int(match.capturedStart()), int(match.capturedLength())});
    }
    for (int i = 2; i < lines.size(); ++i) {
        QStringList cells;
        for (const auto &column : columns)
            cells << lines.at(i).mid(column.first, column.second + 1).trimmed();
        rows.append(cells);
    }
    return rows;
}

} // namespace

class TestReportRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { kamae::test::setTestApplication("tst_report_render"); }

    void usesTheJapaneseFont() { QCOMPARE(reportFontFamily(), QStringLiteral("Noto Sans CJK JP")); }

    void writesASearchablePdf()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("レポート.pdf"));
        const Document doc = sampleDocument();
        const kamae::Result<int> written = writePdf(doc, path);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        const int pages = written.value();
        QVERIFY(pages > 1);
        QVERIFY(QFileInfo(path).isFile());
        QCOMPARE(kamae::test::entriesIn(dir.path()), QStringList{QStringLiteral("レポート.pdf")});

        RUN_TOOL(info, "pdfinfo", {path});
        const QRegularExpressionMatch pagesLine =
            QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"),
                               QRegularExpression::MultilineOption)
                .match(info.out);
        QVERIFY2(pagesLine.hasMatch(), qPrintable(info.out));
        QCOMPARE(pagesLine.captured(1).toInt(), pages);
        QVERIFY2(info.out.contains(QStringLiteral("(A4)")), qPrintable(info.out));
        QVERIFY2(info.out.contains(QStringLiteral("Kamae ")), qPrintable(info.out));
        QVERIFY2(info.out.contains(doc.title), qPrintable(info.out));

        RUN_TOOL(fonts, "pdffonts", {path});
        const QVector<QStringList> rows = pdfFontRows(fonts.out);
        QVERIFY2(!rows.isEmpty(), qPrintable(fonts.out));
        bool noto = false;
        for (const QStringList &row : rows) {
            QVERIFY2(row.size() >= 4, qPrintable(fonts.out));
            QVERIFY2(row.at(3) == QStringLiteral("yes"), qPrintable(fonts.out)); // emb
            noto = noto || row.at(0).contains(QStringLiteral("NotoSansCJK"));
        }
        QVERIFY2(noto, qPrintable(fonts.out));

        RUN_TOOL(all, "pdftotext", {QStringLiteral("-layout"), path, QStringLiteral("-")});
        const QStringList expected = {
            QStringLiteral("株式会社テスト工業"), QStringLiteral("63.4"), QStringLiteral("+5.2"),
            // The self-declared part: under the headline, and the bars' legend.
            QStringLiteral("うち自己申告 21 点"), QStringLiteral("斜線：自社診断の回答による部分"),
            QStringLiteral("1. 概要"), QStringLiteral("2. 分野別の状況"),
            QStringLiteral("3. Actions / 対策"), QStringLiteral("承認"),
            QStringLiteral("期限切れの項目はありません。"), QStringLiteral("72 %"),
            QStringLiteral("9月"),
            // Characters whose glyph the font shares with a radical or
            // another dash must come back as the document wrote them.
            QStringLiteral("2026年8月24日 – 2026年11月22日"), QStringLiteral("山田 太郎"),
            cellName(0), cellName(1), cellName(kTableRows / 2), cellName(kTableRows - 2),
            cellName(kTableRows - 1), QStringLiteral("Tanaka Ichiro")};
        for (const QString &text : expected)
            QVERIFY2(all.out.contains(text), qPrintable(text + QStringLiteral(" missing")));
        QVERIFY(!all.out.contains(QStringLiteral("Hidden header")));
        for (const QChar c : all.out)
            QVERIFY2(c != QLatin1Char('\t') && (c.unicode() < 0x2e80 || c.unicode() > 0x2fdf),
                     qPrintable(QStringLiteral("U+%1 in the text").arg(c.unicode(), 4, 16)));
        // The table's header repeats on the pages the table continues on.
        QVERIFY(all.out.count(QStringLiteral("資産 / Asset")) >= 2);

        // No word crosses the bottom of the body or leaves the margins: a
        // line cut at a page break or a label pushed off the paper would.
        RUN_TOOL(boxes, "pdftotext", {QStringLiteral("-bbox"), path, QStringLiteral("-")});
        const double mm = 72 / 25.4;
        const double bodyBottom = (297 - 12 - 9) * mm;
        static const QRegularExpression word(
            QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                           "yMax=\"([\\d.]+)\">([^<]*)<"));
        int words = 0;
        for (auto it = word.globalMatch(boxes.out); it.hasNext(); ++words) {
            const QRegularExpressionMatch m = it.next();
            const double x0 = m.captured(1).toDouble(), y0 = m.captured(2).toDouble();
            const double x1 = m.captured(3).toDouble(), y1 = m.captured(4).toDouble();
            const QString where = m.captured(5) + QStringLiteral(" at %1,%2").arg(x0).arg(y0);
            QVERIFY2(!(y0 < bodyBottom && y1 > bodyBottom + 1), qPrintable(where));
            QVERIFY2(y0 > 14 * mm - 1 && y1 < (297 - 12) * mm + 1, qPrintable(where));
            QVERIFY2(x0 > 16 * mm - 1 && x1 < (210 - 16) * mm + 1, qPrintable(where));
        }
        QVERIFY(words > 500);

        for (int p = 1; p <= pages; ++p) {
            // -raw: -layout drops the narrow spaces around "/".
            RUN_TOOL(page, "pdftotext",
                     {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(p),
                      QStringLiteral("-l"), QString::number(p), path, QStringLiteral("-")});
            const QString label = QStringLiteral("%1 / %2").arg(p).arg(pages);
            QVERIFY2(page.out.contains(label), qPrintable(label + QStringLiteral(" missing")));
            QVERIFY(page.out.contains(QStringLiteral("test.kamae")));
            if (p == 1)
                QVERIFY(page.out.contains(QStringLiteral("情報セキュリティ報告書")));
            if (p == pages)
                QVERIFY(page.out.contains(cellName(kTableRows - 1)) ||
                        page.out.contains(QStringLiteral("Fin.")));
        }
    }

    void layoutKeepsItsRules()
    {
        Writer writer;
        const Document doc = sampleDocument();
        const Layout layout = writer.layout(doc);
        QVERIFY(layout.pages.size() > 1);
        const QString problem = checkLayout(writer, doc, layout);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // The big table really is split, with the header on each slice.
        const QVector<PlacedBlock> slices = slicesOf(layout, 3, 2);
        QVERIFY(slices.size() >= 2);

        // Deterministic: the same input gives the same pages.
        const Layout again = writer.layout(doc);
        QCOMPARE(again.pages.size(), layout.pages.size());
        for (int p = 0; p < layout.pages.size(); ++p) {
            QCOMPARE(again.pages.at(p).blocks.size(), layout.pages.at(p).blocks.size());
            for (int b = 0; b < layout.pages.at(p).blocks.size(); ++b)
                QCOMPARE(again.pages.at(p).blocks.at(b).rect, layout.pages.at(p).blocks.at(b).rect);
        }

        // And it is the layout writePdf paints.
        QTemporaryDir dir;
        const kamae::Result<int> written = writePdf(doc, dir.filePath(QStringLiteral("r.pdf")));
        QVERIFY(written.ok());
        QCOMPARE(written.value(), int(layout.pages.size()));
    }

    // Filling the first page line by line walks a heading over the page
    // break: wherever it falls, it stays with what it introduces.
    void headingsMoveWithTheirBlock()
    {
        Writer writer;
        int pushed = 0;
        for (int fillers = 10; fillers <= 45; ++fillers) {
            Document doc;
            Section filler{QStringLiteral("filler"), QStringLiteral("Filler"), {}};
            for (int i = 0; i < fillers; ++i)
                filler.blocks.append(
                    Paragraph{QStringLiteral("段落 %1 の本文です。").arg(i), false, Tone::Neutral});
            doc.sections.append(filler);
            doc.sections.append({QStringLiteral("chart"),
                                 QStringLiteral("推移"),
                                 {trend(8), SubHeading{QStringLiteral("一覧")}, bigTable()}});
            const Layout layout = writer.layout(doc);
            const QString problem = checkLayout(writer, doc, layout);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("%1 fillers: %2").arg(fillers).arg(problem)));
            for (int p = 1; p < layout.pages.size(); ++p) {
                const PlacedBlock &first = layout.pages.at(p).blocks.first();
                if (!first.sectionTitle || first.section != 1)
                    continue;
                QCOMPARE(layout.pages.at(p).blocks.at(1).section, 1);
                QCOMPARE(layout.pages.at(p).blocks.at(1).block, 0);
                // The title alone would have fitted on the page before.
                const double room =
                    layout.body.bottom() - layout.pages.at(p - 1).blocks.last().rect.bottom();
                if (room > first.rect.height() + writer.pdf->logicalDpiY() / 25.4 * 7)
                    ++pushed;
            }
        }
        QVERIFY2(pushed > 0, "no case put a heading at the bottom of a page");
    }

    // A title over a three-line paragraph: two lines would leave the third
    // alone on the next page, so all three must come along with the title.
    void titlesStayWithAThreeLineParagraph()
    {
        Writer writer;
        QString text = QStringLiteral("三行の段落です。");
        while (lineCount(writer, Paragraph{text, false, Tone::Neutral}) < 3)
            text += QStringLiteral("対策の状況を説明する文章が続きます。");
        QCOMPARE(lineCount(writer, Paragraph{text, false, Tone::Neutral}), 3);
        int splitCases = 0;
        for (int fillers = 30; fillers <= 60; ++fillers) {
            Document doc;
            Section filler{QStringLiteral("filler"), QStringLiteral("Filler"), {}};
            for (int i = 0; i < fillers; ++i)
                filler.blocks.append(
                    Paragraph{QStringLiteral("段落 %1 の本文です。").arg(i), false, Tone::Neutral});
            doc.sections.append(filler);
            doc.sections.append({QStringLiteral("changes"),
                                 QStringLiteral("前回報告からの変化"),
                                 {Paragraph{text, false, Tone::Neutral}}});
            const Layout layout = writer.layout(doc);
            const QString problem = checkLayout(writer, doc, layout);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("%1 fillers: %2").arg(fillers).arg(problem)));
            splitCases += layout.pages.size() > 1 ? 1 : 0;
        }
        QVERIFY(splitCases > 0);
    }

    // A table's last row never sits alone on a page under its repeated header.
    void tablesKeepTwoRowsAtTheirEnd()
    {
        Writer writer;
        int tails = 0;
        for (int rows = 30; rows <= 80; ++rows) {
            Table t = bigTable();
            t.rows.resize(rows);
            Document doc;
            doc.sections.append({QStringLiteral("t"), QStringLiteral("表"), {t}});
            const Layout layout = writer.layout(doc);
            const QString problem = checkLayout(writer, doc, layout);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("%1 rows: %2").arg(rows).arg(problem)));
            tails += layout.pages.size() > 1 ? 1 : 0;
        }
        QVERIFY(tails > 0);
    }

    // The text-map fix touches Qt's ToUnicode maps only, not the same words
    // in the document's own text.
    void theTextMapFixLeavesOtherTextAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keywords.pdf"));
        Document doc = sampleDocument();
        doc.title = QStringLiteral("beginbfrange <0001> <0002> [<0041>] endbfrange");
        doc.sections.last().blocks.append(Paragraph{
            QStringLiteral("株式会社 beginbfrange 工業 endbfrange"), false, Tone::Neutral});
        const kamae::Result<int> written = writePdf(doc, path);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        RUN_TOOL(info, "pdfinfo", {path});
        QVERIFY(
            info.out.contains(QStringLiteral("beginbfrange <0001> <0002> [<0041>] endbfrange")));
        RUN_TOOL(text, "pdftotext", {QStringLiteral("-raw"), path, QStringLiteral("-")});
        QVERIFY(text.out.contains(QStringLiteral("株式会社 beginbfrange 工業 endbfrange")));
        QVERIFY(text.out.contains(QStringLiteral("株式会社テスト工業")));
    }

    // A row or block taller than a page must not send the layout looking
    // for a page that fits it for ever.
    void oversizedContentStillEnds()
    {
        Writer writer;
        Document doc;
        Table table;
        table.columns = {{QStringLiteral("A"), 1, Align::Left}};
        table.rows = {{{QStringLiteral("short")}},
                      {{QStringLiteral("とても長いセルの本文。").repeated(900)}},
                      {{QStringLiteral("after")}}};
        doc.sections.append({QStringLiteral("x"), QStringLiteral("Big"), {table}});
        const Layout layout = writer.layout(doc);
        QVERIFY(layout.pages.size() >= 2);
        QVERIFY(layout.pages.size() <= 4);
        for (const LaidOutPage &page : layout.pages)
            for (const PlacedBlock &placed : page.blocks)
                QVERIFY(layout.body.adjusted(-0.5, -0.5, 0.5, 0.5).contains(placed.rect));
        QCOMPARE(checkRanges(slicesOf(layout, 0, 0), 3), QString());
    }

    void failsWithoutTheFolder()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("gone"));
        const QString path = missing + QStringLiteral("/report.pdf");
        const kamae::Result<int> written = writePdf(sampleDocument(), path);
        QVERIFY(!written.ok());
        QVERIFY(!written.error().isEmpty());
        QVERIFY2(written.error().contains(QDir::toNativeSeparators(path)),
                 qPrintable(written.error()));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(kamae::test::entriesIn(dir.path()).isEmpty());
    }

    // A full disk half-way: the report that was there stays as it was.
    void failedWriteKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        const QByteArray before("an earlier report");
        QVERIFY(kamae::test::writeFile(path, before));
        const Document doc = sampleDocument();
        kamae::Result<int> written = 0;
        {
            kamae::test::FileSizeLimit limit(8192);
            QVERIFY(limit.active());
            written = writePdf(doc, path);
        }
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(QDir::toNativeSeparators(path)),
                 qPrintable(written.error()));
        QCOMPARE(kamae::test::readFile(path), before);
        QCOMPARE(kamae::test::entriesIn(dir.path()), QStringList{QStringLiteral("report.pdf")});
    }

    void documentTextInOrder()
    {
        const Document doc = sampleDocument();
        const QStringList text = documentText(doc);
        QCOMPARE(text.first(), QStringLiteral("情報セキュリティ報告書"));
        QCOMPARE(text.at(1), QStringLiteral("経済産業省の注意喚起に沿った対策の状況"));
        QCOMPARE(text.at(2), QStringLiteral("株式会社テスト工業"));
        QCOMPARE(text.at(3), QStringLiteral("対象期間"));
        QVERIFY(!text.contains(QString()));
        const QStringList order = {QStringLiteral("作成"),
                                   QStringLiteral("概要"),
                                   QStringLiteral("セキュリティ体制スコア（100点満点）"),
                                   QStringLiteral("63"),
                                   QStringLiteral("改善が必要"),
                                   QStringLiteral("期間中に +5.2 ポイント"),
                                   QStringLiteral("412"),
                                   QStringLiteral("登録済みの資産"),
                                   QStringLiteral("9月"),
                                   QStringLiteral("分野別の状況"),
                                   QStringLiteral("資産の把握"),
                                   QStringLiteral("72 %"),
                                   QStringLiteral("期間の初めの値"),
                                   QStringLiteral("期限切れの項目"),
                                   QStringLiteral("期限切れの項目はありません。"),
                                   QStringLiteral("Actions / 対策"),
                                   QStringLiteral("資産 / Asset"),
                                   cellName(0),
                                   QStringLiteral("Tanaka Ichiro"),
                                   cellName(kTableRows - 1)};
        qsizetype at = -1;
        for (const QString &item : order) {
            const qsizetype found = text.indexOf(item, at + 1);
            QVERIFY2(found > at, qPrintable(item + QStringLiteral(" out of order")));
            at = found;
        }
        // An empty table shows its note, not its headers; a chart with
        // enough points no note.
        QVERIFY(!text.contains(QStringLiteral("Hidden header")));
        QVERIFY(!text.contains(QStringLiteral("推移を示すにはデータが足りません")));
    }
};

QTEST_MAIN(TestReportRender)
#include "tst_report_render.moc"

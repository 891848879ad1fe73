#include "report/ReportDocument.h"

namespace kamae {
namespace report {

namespace {

// Only what a reader sees: empty strings are left out, and an empty table
// or chart shows its emptyText instead of its headers.
class TextCollector
{
public:
    QStringList out;

    void add(const QString &text)
    {
        if (!text.isEmpty())
            out << text;
    }

    void operator()(const Cover &cover)
    {
        add(cover.title);
        add(cover.subtitle);
        add(cover.company);
        for (const CoverField &field : cover.fields) {
            add(field.label);
            add(field.value);
        }
        for (const QString &approval : cover.approvals)
            add(approval);
    }
    void operator()(const ScoreHero &hero)
    {
        add(hero.caption);
        add(QString::number(hero.score));
        add(hero.verdict);
        add(hero.change);
        add(hero.declared);
    }
    void operator()(const Paragraph &paragraph) { add(paragraph.text); }
    void operator()(const SubHeading &heading) { add(heading.text); }
    void operator()(const Facts &facts)
    {
        for (const Fact &fact : facts.items) {
            add(fact.value);
            add(fact.label);
        }
    }
    void operator()(const Table &table)
    {
        if (table.rows.isEmpty() || table.columns.isEmpty()) {
            add(table.emptyText);
            return;
        }
        for (const Column &column : table.columns)
            add(column.header);
        for (const QVector<Cell> &row : table.rows)
            for (const Cell &cell : row)
                add(cell.text);
    }
    void operator()(const BarChart &chart)
    {
        for (const Bar &bar : chart.bars) {
            add(bar.label);
            add(bar.valueText);
        }
        add(chart.previousLegend);
        add(chart.declaredLegend);
    }
    void operator()(const TrendChart &chart)
    {
        for (const TrendTick &tick : chart.ticks)
            add(tick.label);
        if (chart.points.size() < 2)
            add(chart.emptyText);
        add(chart.lastLabel);
    }
};

} // namespace

Document printoutDocument(const QString &language, const QString &title,
                          const QString &organisation, const QString &footerCentre,
                          const QString &pageLabel)
{
    Document doc;
    doc.language = language;
    doc.title = title;
    doc.company = organisation;
    doc.footerLeft = organisation;
    doc.footerCentre = footerCentre;
    doc.pageLabel = pageLabel;
    return doc;
}

QStringList documentText(const Document &document)
{
    TextCollector collector;
    for (const Section &section : document.sections) {
        collector.add(section.title);
        for (const Block &block : section.blocks)
            std::visit(collector, block);
    }
    return collector.out;
}

} // namespace report
} // namespace kamae

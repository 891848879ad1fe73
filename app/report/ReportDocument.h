#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <variant>

// What a report says, already in its language, before it is laid out on
// paper. Section builders fill it; the renderer (ReportRenderer.h) turns it
// into A4 pages. Nothing here knows about fonts or pages, so tests can read
// a report's content without a PDF.
namespace kamae {
namespace report {

// How a value reads, in the dashboard's colours: good ≥ 80, warn ≥ 60.
enum class Tone
{
    Neutral = 0,
    Good = 1,
    Warn = 2,
    Bad = 3,
    Muted = 4, // "nothing to measure", "not assigned"
};

enum class Align
{
    Left = 0,
    Right = 1,
    Centre = 2,
};

struct CoverField
{
    QString label; // "Period"
    QString value; // "24 Aug 2026 – 22 Nov 2026"
};

// The top of the first page: what this is, for whom, and boxes for seals.
struct Cover
{
    QString title;    // "Information security report"
    QString subtitle; // "Posture under the METI alert's measures"
    QString company;
    QVector<CoverField> fields; // period, date, prepared by
    int preparedByField = -1;   // the index of "prepared by" in fields
    QStringList approvals;      // 承認 / 確認 / 作成, left to right
};

// The score in large type with its verdict and change.
struct ScoreHero
{
    int score = 0; // 0–100 as the dashboard shows it
    Tone tone = Tone::Neutral;
    QString caption; // "Posture score (of 100)"
    QString verdict; // "Needs work"
    QString change;  // "+5 points since 24 Aug 2026", or empty
    Tone changeTone = Tone::Neutral;
    QString declared; // "of which 21 self-declared", or empty
};

// A paragraph of plain text; it may break across pages between lines.
struct Paragraph
{
    QString text;
    bool small = false; // notes and explanations
    Tone tone = Tone::Neutral;
};

// A heading inside a section; always kept on the page of what follows it.
struct SubHeading
{
    QString text;
};

// Key figures in a row of boxes: a big value over a small label.
struct Fact
{
    QString value; // "412", "3 / 5", "—"
    QString label; // "assets registered"
    Tone tone = Tone::Neutral;
};
struct Facts
{
    QVector<Fact> items; // up to 5 on one row; from 6, rows of 4
};

struct Column
{
    QString header;
    int stretch = 1; // relative width
    Align align = Align::Left;
};
struct Cell
{
    QString text;
    Tone tone = Tone::Neutral;
    bool emphasis = false; // bold
};
// Rows may be split across pages (never a row itself); the header repeats.
struct Table
{
    QVector<Column> columns;
    QVector<QVector<Cell>> rows; // each row has columns.size() cells
    QString emptyText;           // shown instead of an empty table
};

// Horizontal bars of 0–100 %.
struct Bar
{
    QString label;
    int percent = -1;  // -1: nothing to measure (drawn as a note, no bar)
    int previous = -1; // at the start of the period, -1 when unknown: a tick
    QString valueText; // "72 %" or "nothing to measure yet"
    Tone tone = Tone::Neutral;
    // The part of percent that rests on self-assessment answers, drawn
    // lighter at the bar's end; 0 when every point rests on records.
    int declaredPercent = 0;
};
struct BarChart
{
    QVector<Bar> bars;
    QString previousLegend; // "| at the start of the period"; empty: no legend
    QString declaredLegend; // what the lighter part means; empty: no legend
};

struct TrendPoint
{
    QDate day;
    double total = 0;
};
struct TrendTick
{
    QDate day;
    QString label; // "Sep", "9月"
};
// The total over the period, 0–100 on the vertical axis.
struct TrendChart
{
    QVector<TrendPoint> points; // oldest first
    QDate from;
    QDate to;
    QVector<TrendTick> ticks; // labels along the date axis
    QString emptyText;        // shown when there are fewer than two points
    QString lastLabel;        // beside today's point: the score as the headline shows it
};

using Block =
    std::variant<Cover, ScoreHero, Paragraph, SubHeading, Facts, Table, BarChart, TrendChart>;

struct Section
{
    QString id;    // stable: "cover", "summary", "actions", "status", "changes"
    QString title; // empty for the cover; the renderer numbers titled sections
    QVector<Block> blocks;
};

struct Document
{
    QString language; // "ja" or "en"
    QString title;    // PDF metadata
    QString author;   // PDF metadata: who prepared it
    QString company;  // the organisation's name: the footer, the default file name
    // Footer: left the company "Acme Ltd", centre "Issued 22 Nov 2026",
    // right pageLabel with %1 = page and %2 = pages ("Page %1 of %2").
    QString footerLeft;
    QString footerCentre;
    QString pageLabel;
    QVector<Section> sections;
};

// A module printout's document before its sections: its language, its
// title (PDF metadata), the organisation (company and footer's left), the
// footer's centre and page label.
Document printoutDocument(const QString &language, const QString &title,
                          const QString &organisation, const QString &footerCentre,
                          const QString &pageLabel);

// Every string the document shows, in order: for tests and for searching.
QStringList documentText(const Document &document);

} // namespace report
} // namespace kamae

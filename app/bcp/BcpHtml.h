#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// The plan's prose is the HTML a QTextEdit wrote, and it is printed. What
// may reach the paper is a small, safe part of it: headings, paragraphs,
// lists, tables, bold, italic, underline and line breaks. Everything else
// goes: scripts and styles with their content, images, links' targets
// (their text stays), embedded objects, fonts, colours and sizes.
//
// A small tokenizer of its own, not QTextDocument: a QTextDocument asks
// its resource loader for images and style sheets (loadResource reads
// file: URLs) as soon as it lays out, and keeps every font size and colour
// the HTML sets. This reads tags and text only, and never fetches
// anything; pure functions.
namespace kamae {
namespace bcp {

struct ProseRun
{
    QString text; // may hold '\n' for a line break
    bool bold = false;
    bool italic = false;
    bool underline = false;

    bool operator==(const ProseRun &o) const
    {
        return text == o.text && bold == o.bold && italic == o.italic && underline == o.underline;
    }
};

enum class ProseKind
{
    Heading = 0,
    Paragraph,
    ListItem,
    Table,
};

// One block of prose, in reading order.
struct ProseBlock
{
    ProseKind kind = ProseKind::Paragraph;
    QVector<ProseRun> runs; // a heading's, paragraph's or list item's text
    int level = 0;          // a heading: 1–6; a list item: its depth from 1
    bool ordered = false;   // a list item of a numbered list
    int number = 0;         // its number in that list, from 1
    // A table's cells as plain text, row by row; a table inside a cell
    // is flattened into the cell's text.
    QVector<QStringList> rows;

    QString text() const; // the runs' text
};

// The blocks of `html`, safe to print. Empty blocks are left out.
QVector<ProseBlock> proseBlocks(const QString &html);

// The same blocks as HTML of the allowed elements only, without any
// attribute: h1–h6, p, ul, ol, li, table, tr, td, b, i, u, br.
QString sanitizedHtml(const QString &html);

// Whether the prose has any text.
bool hasProse(const QString &html);

} // namespace bcp
} // namespace kamae

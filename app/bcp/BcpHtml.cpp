#include "bcp/BcpHtml.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace kamae {
namespace bcp {

namespace {

// Bounds on what prose can ask of the printout, so that a pasted document
// of any shape prints in time and memory proportional to its size.
constexpr int kMaxColumns = 32;        // cells of a table row
constexpr int kMaxListLevel = 6;       // nesting of lists
constexpr std::size_t kMaxInline = 64; // open inline tags (bold, italic, …)

// Elements whose content is never text to print.
bool skipsContent(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("script"),   QStringLiteral("style"),    QStringLiteral("head"),
        QStringLiteral("title"),    QStringLiteral("iframe"),   QStringLiteral("object"),
        QStringLiteral("embed"),    QStringLiteral("svg"),      QStringLiteral("math"),
        QStringLiteral("template"), QStringLiteral("noscript"), QStringLiteral("select"),
        QStringLiteral("textarea"), QStringLiteral("frameset"), QStringLiteral("applet"),
    };
    return names.contains(name);
}

bool isBlockElement(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("p"),        QStringLiteral("div"),     QStringLiteral("blockquote"),
        QStringLiteral("pre"),      QStringLiteral("center"),  QStringLiteral("address"),
        QStringLiteral("section"),  QStringLiteral("article"), QStringLiteral("header"),
        QStringLiteral("footer"),   QStringLiteral("dl"),      QStringLiteral("dt"),
        QStringLiteral("dd"),       QStringLiteral("hr"),      QStringLiteral("body"),
        QStringLiteral("figure"),   QStringLiteral("caption"), QStringLiteral("form"),
        QStringLiteral("fieldset"),
    };
    return names.contains(name);
}

QString decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("hellip"), QStringLiteral("…")},
        {QStringLiteral("yen"), QStringLiteral("¥")},
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            out += c;
            continue;
        }
        // An entity is at most ten characters: look no further (a text of
        // many '&' and no ';' would otherwise be read to its end each time).
        const qsizetype semi = QStringView(text).mid(i + 1, 10).indexOf(QLatin1Char(';')) + (i + 1);
        if (semi <= i) {
            out += c;
            continue;
        }
        const QString name = text.mid(i + 1, semi - i - 1);
        QString decoded;
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = name.size() > 1 && (name.at(1) == QLatin1Char('x') ||
                                                  name.at(1) == QLatin1Char('X'))
                                  ? name.mid(2).toUInt(&ok, 16)
                                  : name.mid(1).toUInt(&ok, 10);
            // Control characters and what is no character print as nothing.
            const char32_t scalar = ok ? char32_t(code) : 0;
            if (ok && code >= 0x20 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF) &&
                code != 0x7F)
                decoded = code == 0xA0 ? QStringLiteral(" ") : QString::fromUcs4(&scalar, 1);
            else if (!ok) {
                out += c;
                continue;
            }
        } else if (named.contains(name)) {
            decoded = named.value(name);
        } else {
            out += c;
            continue;
        }
        out += decoded;
        i = semi;
    }
    return out;
}

struct Format
{
    bool bold = false;
    bool italic = false;
    bool underline = false;
};

struct Tag
{
    QString name;
    bool closing = false;
    bool selfClosing = false;
    QString style; // the style attribute, read for bold, italic and underline only
};

// Reads the tag starting at html[i] == '<'; returns the index after it.
qsizetype readTag(const QString &html, qsizetype i, Tag &tag)
{
    const qsizetype n = html.size();
    qsizetype j = i + 1;
    if (j < n && html.at(j) == QLatin1Char('/')) {
        tag.closing = true;
        ++j;
    }
    const qsizetype nameStart = j;
    while (j < n && (html.at(j).isLetterOrNumber() || html.at(j) == QLatin1Char('-')))
        ++j;
    tag.name = html.mid(nameStart, j - nameStart).toLower();
    // Attributes, with quoted values that may hold '>'.
    while (j < n && html.at(j) != QLatin1Char('>')) {
        const QChar c = html.at(j);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const qsizetype end = html.indexOf(c, j + 1);
            j = end < 0 ? n : end + 1;
            continue;
        }
        if (html.mid(j, 6).compare(QLatin1String("style="), Qt::CaseInsensitive) == 0) {
            qsizetype k = j + 6;
            if (k < n && (html.at(k) == QLatin1Char('"') || html.at(k) == QLatin1Char('\''))) {
                const QChar q = html.at(k);
                const qsizetype end = html.indexOf(q, k + 1);
                tag.style = html.mid(k + 1, (end < 0 ? n : end) - k - 1).toLower();
                j = end < 0 ? n : end + 1;
                continue;
            }
        }
        if (c == QLatin1Char('/') && j + 1 < n && html.at(j + 1) == QLatin1Char('>'))
            tag.selfClosing = true;
        ++j;
    }
    return j < n ? j + 1 : n;
}

class Builder
{
public:
    QVector<ProseBlock> blocks;

    void text(const QString &raw)
    {
        static const QRegularExpression space(QStringLiteral("[ \\t\\r\\n\\f]+"));
        QString t = decodeEntities(raw);
        t.replace(space, QStringLiteral(" "));
        if (t.isEmpty())
            return;
        if (m_tableDepth > 0) {
            cellText(t);
            return;
        }
        if (!m_open)
            open(ProseKind::Paragraph);
        const ProseBlock &b = blocks.last();
        if (t.startsWith(QLatin1Char(' ')) &&
            (b.runs.isEmpty() || b.runs.last().text.endsWith(QLatin1Char('\n'))))
            t.remove(0, 1);
        append(t);
    }

    void lineBreak()
    {
        if (m_tableDepth > 0) {
            cellText(QStringLiteral(" "));
            return;
        }
        if (!m_open)
            return;
        ProseBlock &b = blocks.last();
        if (!b.runs.isEmpty())
            while (b.runs.last().text.endsWith(QLatin1Char(' ')))
                b.runs.last().text.chop(1);
        append(QStringLiteral("\n"));
    }

    void tag(const Tag &t)
    {
        const QString &n = t.name;
        if (n == QLatin1String("br")) {
            if (!t.closing)
                lineBreak();
            return;
        }
        if (n == QLatin1String("table")) {
            if (!t.closing) {
                if (m_tableDepth++ == 0) {
                    close();
                    ProseBlock b;
                    b.kind = ProseKind::Table;
                    blocks.append(b);
                } else
                    cellText(QStringLiteral(" "));
            } else if (m_tableDepth > 0 && --m_tableDepth == 0) {
                finishTable();
            }
            return;
        }
        if (m_tableDepth > 0) {
            // Only the outer table's rows and cells count.
            if (m_tableDepth == 1 && !t.closing && n == QLatin1String("tr"))
                blocks.last().rows.append(QStringList());
            else if (m_tableDepth == 1 && !t.closing &&
                     (n == QLatin1String("td") || n == QLatin1String("th"))) {
                if (blocks.last().rows.isEmpty())
                    blocks.last().rows.append(QStringList());
                // A printed table holds kMaxColumns at most: the rest of a
                // row joins its last cell (and no row pads to thousands).
                if (blocks.last().rows.last().size() < kMaxColumns)
                    blocks.last().rows.last().append(QString());
                else
                    cellText(QStringLiteral(" "));
            } else if (n == QLatin1String("td") || n == QLatin1String("th") ||
                       n == QLatin1String("p") || n == QLatin1String("li") ||
                       n == QLatin1String("tr") || isHeading(n))
                cellText(QStringLiteral(" "));
            return;
        }
        if (isHeading(n)) {
            if (!t.closing) {
                open(ProseKind::Heading);
                blocks.last().level = n.at(1).digitValue();
            } else
                close();
            return;
        }
        if (n == QLatin1String("ul") || n == QLatin1String("ol")) {
            close();
            const bool ordered = n == QLatin1String("ol");
            if (!t.closing)
                m_lists.push_back({ordered, 0});
            else
                // Back to the innermost list of this kind: Qt closes a list
                // only after its last item, so a bullet list may stand
                // between the items of a numbered one.
                for (auto k = m_lists.size(); k-- > 0;)
                    if (m_lists[k].ordered == ordered) {
                        m_lists.erase(m_lists.begin() + std::ptrdiff_t(k), m_lists.end());
                        break;
                    }
            return;
        }
        if (n == QLatin1String("li")) {
            if (!t.closing) {
                open(ProseKind::ListItem);
                ProseBlock &b = blocks.last();
                b.level = std::clamp(int(m_lists.size()), 1, kMaxListLevel);
                if (!m_lists.empty()) {
                    b.ordered = m_lists.back().ordered;
                    b.number = ++m_lists.back().count;
                }
            } else
                close();
            return;
        }
        if (isBlockElement(n)) {
            // A paragraph inside a list item stays the item's.
            if (!(m_open && blocks.last().kind == ProseKind::ListItem && n == QLatin1String("p")))
                close();
            return;
        }
        if (n == QLatin1String("b") || n == QLatin1String("strong") || n == QLatin1String("i") ||
            n == QLatin1String("em") || n == QLatin1String("u") || n == QLatin1String("ins") ||
            n == QLatin1String("span") || n == QLatin1String("font") || n == QLatin1String("a")) {
            if (t.selfClosing)
                return;
            if (t.closing) {
                for (int k = int(m_inline.size()) - 1; k >= 0; --k)
                    if (m_inline[std::size_t(k)].first == n) {
                        m_inline.erase(m_inline.begin() + k, m_inline.end());
                        break;
                    }
                return;
            }
            Format f = format();
            if (n == QLatin1String("b") || n == QLatin1String("strong"))
                f.bold = true;
            if (n == QLatin1String("i") || n == QLatin1String("em"))
                f.italic = true;
            if (n == QLatin1String("u") || n == QLatin1String("ins"))
                f.underline = true;
            if (!t.style.isEmpty()) {
                static const QRegularExpression weight(
                    QStringLiteral("font-weight\\s*:\\s*(bold|[6-9]00)"));
                if (weight.match(t.style).hasMatch())
                    f.bold = true;
                if (t.style.contains(
                        QRegularExpression(QStringLiteral("font-style\\s*:\\s*italic"))))
                    f.italic = true;
                if (t.style.contains(
                        QRegularExpression(QStringLiteral("text-decoration[^;]*underline"))))
                    f.underline = true;
            }
            // Unclosed inline tags pile up; past kMaxInline, further ones
            // are ignored (so a closing tag's search stays short).
            if (m_inline.size() < kMaxInline)
                m_inline.push_back({n, f});
        }
        // Any other element (img, input, link, meta, …) is dropped with its
        // attributes; its text, if it has any, stays.
    }

    void finish()
    {
        close();
        if (m_tableDepth > 0) {
            m_tableDepth = 0;
            finishTable();
        }
        QVector<ProseBlock> kept;
        for (ProseBlock &b : blocks) {
            if (b.kind == ProseKind::Table) {
                if (!b.rows.isEmpty())
                    kept.append(b);
                continue;
            }
            // Trim the block's text at both ends, runs and line breaks alike.
            while (!b.runs.isEmpty()) {
                QString &s = b.runs.first().text;
                qsizetype k = 0;
                while (k < s.size() && s.at(k).isSpace())
                    ++k;
                s.remove(0, k);
                if (!s.isEmpty())
                    break;
                b.runs.removeFirst();
            }
            while (!b.runs.isEmpty()) {
                QString &s = b.runs.last().text;
                qsizetype k = s.size();
                while (k > 0 && s.at(k - 1).isSpace())
                    --k;
                s.truncate(k);
                if (!s.isEmpty())
                    break;
                b.runs.removeLast();
            }
            // A heading is bold as a heading: its runs are plain.
            if (b.kind == ProseKind::Heading && !b.runs.isEmpty()) {
                ProseRun run;
                run.text = b.text();
                b.runs = {run};
            }
            if (!b.runs.isEmpty())
                kept.append(b);
        }
        blocks = kept;
    }

private:
    static bool isHeading(const QString &n)
    {
        return n.size() == 2 && n.at(0) == QLatin1Char('h') && n.at(1) >= QLatin1Char('1') &&
               n.at(1) <= QLatin1Char('6');
    }

    Format format() const { return m_inline.empty() ? Format{} : m_inline.back().second; }

    void append(const QString &t)
    {
        ProseBlock &b = blocks.last();
        const Format f = format();
        if (!b.runs.isEmpty() && b.runs.last().bold == f.bold && b.runs.last().italic == f.italic &&
            b.runs.last().underline == f.underline)
            b.runs.last().text += t;
        else
            b.runs.append({t, f.bold, f.italic, f.underline});
    }

    void open(ProseKind kind)
    {
        close();
        ProseBlock b;
        b.kind = kind;
        blocks.append(b);
        m_open = true;
    }

    void close() { m_open = false; }

    void cellText(const QString &t)
    {
        ProseBlock &table = blocks.last();
        // Space between the table's tags is no cell.
        if (t.trimmed().isEmpty() && (table.rows.isEmpty() || table.rows.last().isEmpty()))
            return;
        if (table.rows.isEmpty())
            table.rows.append(QStringList());
        if (table.rows.last().isEmpty())
            table.rows.last().append(QString());
        table.rows.last().last() += t;
    }

    void finishTable()
    {
        ProseBlock &table = blocks.last();
        QVector<QStringList> rows;
        int columns = 0;
        for (QStringList row : table.rows) {
            for (QString &cell : row)
                cell = cell.simplified();
            bool any = false;
            for (const QString &cell : row)
                any = any || !cell.isEmpty();
            if (any) {
                rows.append(row);
                columns = std::max(columns, int(row.size()));
            }
        }
        for (QStringList &row : rows)
            while (row.size() < columns)
                row.append(QString());
        table.rows = rows;
    }

    struct List
    {
        bool ordered = false;
        int count = 0;
    };

    bool m_open = false;
    int m_tableDepth = 0;
    std::vector<List> m_lists;
    std::vector<std::pair<QString, Format>> m_inline;
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString runsHtml(const QVector<ProseRun> &runs)
{
    QString out;
    for (const ProseRun &r : runs) {
        QString t = escaped(r.text);
        if (r.underline)
            t = QStringLiteral("<u>") + t + QStringLiteral("</u>");
        if (r.italic)
            t = QStringLiteral("<i>") + t + QStringLiteral("</i>");
        if (r.bold)
            t = QStringLiteral("<b>") + t + QStringLiteral("</b>");
        out += t;
    }
    return out;
}

} // namespace

QString ProseBlock::text() const
{
    QString out;
    for (const ProseRun &r : runs)
        out += r.text;
    return out;
}

QVector<ProseBlock> proseBlocks(const QString &html)
{
    Builder builder;
    const qsizetype n = html.size();
    qsizetype i = 0;
    qsizetype textStart = 0;
    const auto flushText = [&](qsizetype end) {
        if (end > textStart)
            builder.text(html.mid(textStart, end - textStart));
    };
    while (i < n) {
        if (html.at(i) != QLatin1Char('<')) {
            ++i;
            continue;
        }
        flushText(i);
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? n : end + 3;
        } else if (i + 1 < n &&
                   (html.at(i + 1) == QLatin1Char('!') || html.at(i + 1) == QLatin1Char('?'))) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), i);
            i = end < 0 ? n : end + 1;
        } else if (i + 1 < n && (html.at(i + 1).isLetter() || html.at(i + 1) == QLatin1Char('/'))) {
            Tag tag;
            i = readTag(html, i, tag);
            if (!tag.closing && skipsContent(tag.name) && !tag.selfClosing) {
                // Raw content up to the matching end tag.
                const QString end = QStringLiteral("</") + tag.name;
                const qsizetype found = html.indexOf(end, i, Qt::CaseInsensitive);
                if (found < 0)
                    i = n;
                else {
                    const qsizetype close = html.indexOf(QLatin1Char('>'), found);
                    i = close < 0 ? n : close + 1;
                }
            } else if (!tag.name.isEmpty()) {
                builder.tag(tag);
            }
        } else {
            // A '<' that starts no tag is text.
            builder.text(QStringLiteral("<"));
            ++i;
        }
        textStart = i;
    }
    flushText(n);
    builder.finish();
    return builder.blocks;
}

QString sanitizedHtml(const QString &html)
{
    const QVector<ProseBlock> blocks = proseBlocks(html);
    QString out;
    // The lists open: one entry per depth, true for a numbered one.
    std::vector<bool> lists;
    const auto closeListsTo = [&](std::size_t depth) {
        while (lists.size() > depth) {
            out += lists.back() ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
            lists.pop_back();
        }
    };
    for (const ProseBlock &b : blocks) {
        if (b.kind != ProseKind::ListItem)
            closeListsTo(0);
        switch (b.kind) {
        case ProseKind::Heading:
            out += QStringLiteral("<h%1>%2</h%1>").arg(b.level).arg(runsHtml(b.runs));
            break;
        case ProseKind::Paragraph:
            out += QStringLiteral("<p>%1</p>").arg(runsHtml(b.runs));
            break;
        case ProseKind::ListItem: {
            const std::size_t depth = std::size_t(std::max(1, b.level));
            closeListsTo(depth);
            if (lists.size() == depth && lists.back() != b.ordered)
                closeListsTo(depth - 1);
            while (lists.size() < depth) {
                lists.push_back(b.ordered);
                out += b.ordered ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
            }
            out += QStringLiteral("<li>%1</li>").arg(runsHtml(b.runs));
            break;
        }
        case ProseKind::Table:
            out += QStringLiteral("<table>");
            for (const QStringList &row : b.rows) {
                out += QStringLiteral("<tr>");
                for (const QString &cell : row)
                    out += QStringLiteral("<td>%1</td>").arg(escaped(cell));
                out += QStringLiteral("</tr>");
            }
            out += QStringLiteral("</table>");
            break;
        }
    }
    closeListsTo(0);
    return out;
}

bool hasProse(const QString &html)
{
    return !proseBlocks(html).isEmpty();
}

} // namespace bcp
} // namespace kamae

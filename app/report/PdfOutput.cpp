#include "report/PdfOutput.h"
#include "report/Report.h"
#include "report/ReportBlocks.h"
#include "report/ReportRenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QSet>

#include <map>

namespace kamae {
namespace report {

namespace {

struct PdfOutputText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::report::PdfOutputText)
};

// Every character the pages mean to show.
QSet<char16_t> charactersOf(const QStringList &texts)
{
    QSet<char16_t> used;
    for (const QString &text : texts)
        for (const QChar c : text)
            used.insert(c.unicode());
    for (char16_t c = 0x20; c < 0x7f; ++c)
        used.insert(c);
    used.insert(0x2026); // the ellipsis of an elided footer
    return used;
}

// Qt's ToUnicode map names each glyph by the lowest code point the font
// maps to it. Noto CJK draws 工 and the Kangxi radical ⼯ (U+2F2F), "–" and
// "‒", a space and a tab with one glyph each, so copied or searched text
// would get the radical, the figure dash and tabs. The document says which
// character it meant; the codes are rewritten in place (the same number of
// hex digits), so no offset in the file moves. Qt 6.4 writes these maps
// uncompressed; should that change, the fix does nothing and
// tst_report_render notices.
class ToUnicodeFix
{
public:
    ToUnicodeFix(const QStringList &texts, const Style &style) : m_used(charactersOf(texts))
    {
        std::map<char16_t, bool> sorted; // lowest first, so the choice is stable
        for (const char16_t c : m_used)
            sorted[c] = true;
        for (const bool bold : {false, true}) {
            Font font{QRawFont::fromFont(style.font(size::body, bold)), {}};
            for (const auto &entry : sorted) {
                const quint32 glyph = glyphOf(font.raw, entry.first);
                if (glyph != 0 && !font.meant.contains(glyph))
                    font.meant.insert(glyph, entry.first);
            }
            m_fonts.append(font);
        }
    }

    void apply(QByteArray &pdf) const
    {
        qsizetype from = 0;
        while ((from = pdf.indexOf("beginbfrange", from)) >= 0) {
            const qsizetype end = pdf.indexOf("endbfrange", from);
            if (end < 0)
                return;
            // Only Qt's own ToUnicode maps, whose header comes a few lines
            // before: the same words in any other stream are left alone.
            const qsizetype header = pdf.lastIndexOf("/CMapName /Adobe-Identity-UCS def", from);
            if (header < 0 || from - header > 256 || pdf.indexOf("endcmap", header) < end) {
                from = end;
                continue;
            }
            qsizetype line = from;
            while (line < end) {
                qsizetype lineEnd = pdf.indexOf('\n', line);
                if (lineEnd < 0 || lineEnd > end)
                    lineEnd = end;
                fixLine(pdf, line, lineEnd);
                line = lineEnd + 1;
            }
            from = end;
        }
    }

private:
    struct Font
    {
        QRawFont raw;
        QHash<quint32, char16_t> meant; // glyph → the document's character
    };

    static quint32 glyphOf(const QRawFont &font, char16_t c)
    {
        const QList<quint32> glyphs = font.glyphIndexesForString(QString(QChar(c)));
        return glyphs.size() == 1 ? glyphs.first() : 0;
    }

    char16_t meant(char16_t code) const
    {
        if (m_used.contains(code))
            return code;
        for (const Font &font : m_fonts) {
            const quint32 glyph = glyphOf(font.raw, code);
            if (glyph != 0 && font.meant.contains(glyph))
                return font.meant.value(glyph);
        }
        return code;
    }

    // "<g> <g> <u>" maps one glyph; "<g1> <g2> [<u> ...]" one per glyph;
    // "<g1> <g2> <u>" with g1 < g2 is a run of consecutive characters,
    // left alone.
    void fixLine(QByteArray &pdf, qsizetype begin, qsizetype end) const
    {
        const QByteArray line = pdf.mid(begin, end - begin);
        QVector<qsizetype> codes; // where the 4 hex digits of each <code> start
        for (qsizetype i = line.indexOf('<'); i >= 0; i = line.indexOf('<', i + 1))
            if (i + 5 < line.size() && line.at(i + 5) == '>')
                codes.append(i + 1);
        if (codes.size() < 3)
            return;
        if (!line.contains('[') && line.mid(codes.at(0), 4) != line.mid(codes.at(1), 4))
            return;
        for (int k = 2; k < codes.size(); ++k) {
            bool ok = false;
            const uint code = line.mid(codes.at(k), 4).toUInt(&ok, 16);
            const char16_t replacement = ok ? meant(char16_t(code)) : char16_t(code);
            if (ok && replacement != code)
                pdf.replace(
                    begin + codes.at(k), 4,
                    QByteArray::number(uint(replacement), 16).toUpper().rightJustified(4, '0'));
        }
    }

    QSet<char16_t> m_used;
    QVector<Font> m_fonts;
};

} // namespace

QRectF printableRect(QPagedPaintDevice &device)
{
    return QRectF(QPointF(0, 0), device.pageLayout().paintRectPixels(device.logicalDpiY()).size());
}

QStringList withPrintoutGlyphs(QStringList texts)
{
    texts << QStringLiteral("0123456789.") << QStringLiteral("✂ —…・　");
    return texts;
}

Result<int> writePdfPages(const PdfPages &pages, const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    // QSaveFile writes beside the target and renames only on commit, so a
    // failure leaves an existing report as it was and no half file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<int>::failure(
            ErrorCode::Io,
            PdfOutputText::tr("Cannot create the PDF file %1: %2").arg(where, file.errorString()));

    // Drawn in memory first: the text map is corrected before anything is
    // written.
    QByteArray pdf;
    int count = 0;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setPageLayout(pages.layout);
        writer.setTitle(pages.title);
        writer.setCreator(QStringLiteral("Kamae ") + QStringLiteral(KAMAE_VERSION));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return Result<int>::failure(
                ErrorCode::Io, PdfOutputText::tr("Cannot draw the PDF file %1.").arg(where));
        }
        count = pages.paint(writer, painter);
        painter.end();
        ToUnicodeFix(pages.texts, Style(writer)).apply(pdf);
    }

    // A full disk shows up in write() or flush(); commit() would only
    // report that something failed earlier.
    if (file.write(pdf) != pdf.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Result<int>::failure(
            ErrorCode::Io,
            PdfOutputText::tr("Cannot write the PDF file %1: %2").arg(where, reason));
    }
    if (!file.commit())
        return Result<int>::failure(
            ErrorCode::Io,
            PdfOutputText::tr("Cannot write the PDF file %1: %2").arg(where, file.errorString()));
    return count;
}

Result<int> writePdf(const Document &document, const QString &path)
{
    PdfPages pages;
    pages.title = document.title;
    pages.layout = reportPageLayout();
    pages.texts = documentText(document);
    pages.texts << document.footerLeft << document.footerCentre << document.pageLabel;
    pages.paint = [&document](QPagedPaintDevice &device, QPainter &painter) {
        return paintDocument(document, device, painter);
    };
    return writePdfPages(pages, path);
}

} // namespace report
} // namespace kamae

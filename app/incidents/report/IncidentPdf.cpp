#include "incidents/report/IncidentPdf.h"

#include "i18n/Language.h"
#include "report/PdfOutput.h"
#include "report/ReportBlocks.h"
#include "report/ReportRenderer.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace kamae {
namespace report {

namespace {

using incidents::CardNumber;
using incidents::CardSize;
using incidents::IncidentCard;
using incidents::ReportBlock;

// Above the footer band.
QRectF bodyOf(const QRectF &page, const Style &s)
{
    return QRectF(page.topLeft(), QSizeF(page.width(), page.height() - s.mm(9)));
}

// The parts of the card a face shows.
enum FacePart
{
    Header = 1,     // the title and the organisation
    Steps = 2,      // the first steps
    Numbers = 4,    // the numbers to call
    Note = 8,       // when the numbers were checked
    WhenToCall = 16 // under each number: what it is for and when to call
};

// The wallet card: 91 × 55 mm per face, two faces side by side (folded),
// five cards down an A4 sheet.
constexpr double kWalletWidthMm = 91;
constexpr double kWalletHeightMm = 55;
constexpr int kWalletRows = 5;

// The sizes the card's text is tried at, largest first.
constexpr double kA4Largest = 14, kA4Smallest = 6.5;
constexpr double kWalletLargest = 9, kWalletSmallest = 4.5;

// Lays out (and with a painter, paints) one face of the card in `r` at
// `points` with the first `steps` steps; returns the height it needs.
double doFace(const IncidentCard &c, const Style &s, const QRectF &r, double points, int parts,
              int steps, int numbers, double padMm, QPainter *p)
{
    const double pad = s.mm(padMm);
    const QRectF inner = r.adjusted(pad, pad, -pad, -pad);
    const double width = inner.width();
    const QFont body = s.font(points);
    const QFont bold = s.font(points, true);
    const QFont small = s.font(points * 0.85);
    const QFont number = s.font(points * 1.1, true);
    const QFont titleFont = s.font(points * 1.4, true);
    const double lineF = 1.3;
    const double gap = s.pt(points) * 0.35; // spacing grows and shrinks with the type
    double y = inner.top();

    if (p)
        p->save();
    if (parts & Header) {
        const QFontMetricsF tm(titleFont, s.device());
        const double titleH = tm.height() * 1.1;
        const double titleW = std::min(tm.horizontalAdvance(c.title) + s.pt(1), width * 0.62);
        if (p) {
            p->setFont(titleFont);
            p->setPen(Style::accent());
            p->drawText(QRectF(inner.left(), y, titleW, titleH), Qt::AlignLeft | Qt::AlignVCenter,
                        tm.elidedText(c.title, Qt::ElideRight, titleW));
            const double orgW = width - titleW - gap * 2;
            p->setFont(bold);
            p->setPen(Style::text());
            p->drawText(QRectF(inner.right() - orgW, y, orgW, titleH),
                        Qt::AlignRight | Qt::AlignVCenter,
                        QFontMetricsF(bold, s.device())
                            .elidedText(c.organisation, Qt::ElideRight, std::max(0.0, orgW)));
            p->setPen(thinPen(Style::accent(), s.pt(std::max(0.5, points / 12))));
            p->drawLine(QPointF(inner.left(), y + titleH + gap / 2),
                        QPointF(inner.right(), y + titleH + gap / 2));
        }
        y += titleH + gap * 2;
    }
    const auto heading = [&](const QString &text) {
        const Wrapped h(text, bold, s, width, lineF);
        if (p)
            h.draw(*p, QPointF(inner.left(), y), Style::accent());
        y += h.height() + gap / 2;
    };
    if (parts & Steps) {
        heading(c.stepsTitle);
        const QFontMetricsF metrics(body, s.device());
        const double markerW = metrics.horizontalAdvance(QStringLiteral("0.")) + gap;
        const int shown = std::min(steps, int(c.steps.size()));
        for (int i = 0; i <= shown; ++i) {
            const bool more = i == shown;
            if (more && shown >= c.steps.size())
                break;
            const Wrapped step(more ? QStringLiteral("…") : c.steps.at(i), body, s, width - markerW,
                               lineF);
            if (p) {
                p->setFont(bold);
                p->setPen(Style::accent());
                if (!more)
                    p->drawText(QRectF(inner.left(), y, markerW, step.lineHeight()),
                                Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1.").arg(i + 1));
                step.draw(*p, QPointF(inner.left() + markerW, y), Style::text());
            }
            y += step.height() + gap / 2;
        }
        y += gap;
    }
    if (parts & Numbers) {
        heading(c.numbersTitle);
        if (c.numbers.isEmpty()) {
            const Wrapped empty(c.emptyNumbers, body, s, width, lineF);
            if (p)
                empty.draw(*p, QPointF(inner.left(), y), Style::muted());
            y += empty.height() + gap;
        }
        const double numberW = width * 0.42;
        const double nameW = width - numberW - gap;
        const int shown = std::clamp(numbers, 0, int(c.numbers.size()));
        for (int k = 0; k < shown; ++k) {
            const CardNumber &n = c.numbers.at(k);
            const Wrapped name(n.name, body, s, nameW, lineF);
            const bool hasNumber = !n.number.isEmpty();
            const Wrapped call(hasNumber ? n.number : n.lookUp, hasNumber ? number : small, s,
                               numberW, lineF, Qt::AlignRight);
            const double rowH = std::max(name.height(), call.height());
            if (p) {
                name.draw(*p, QPointF(inner.left(), y), Style::text());
                call.draw(*p, QPointF(inner.right() - numberW, y),
                          hasNumber ? Style::text() : Style::muted());
            }
            y += rowH;
            if (parts & WhenToCall) {
                const QString what = n.whenToCall.isEmpty()
                                         ? n.label
                                         : n.label + QStringLiteral(" — ") + n.whenToCall;
                const Wrapped sub(what, small, s, width - gap * 2, lineF);
                if (p)
                    sub.draw(*p, QPointF(inner.left() + gap * 2, y), Style::muted());
                y += sub.height();
            }
            y += gap / 2;
            if (p && k + 1 < shown) {
                p->setPen(thinPen(Style::rule(), s.pt(0.4)));
                p->drawLine(QPointF(inner.left(), y), QPointF(inner.right(), y));
            }
            y += gap / 2;
        }
        if (shown < c.numbers.size()) {
            const Wrapped more(c.moreNumbers.arg(c.numbers.size() - shown), small, s, width, lineF);
            if (p)
                more.draw(*p, QPointF(inner.left(), y), Style::muted());
            y += more.height() + gap / 2;
        }
    }
    if ((parts & Note) && !c.checkedNote.isEmpty()) {
        const Wrapped note(c.checkedNote, small, s, width, lineF);
        if (p)
            note.draw(*p, QPointF(inner.left(), y), Style::muted());
        y += note.height();
    }
    if (p)
        p->restore();
    return y - r.top() + pad;
}

struct FaceParts
{
    int steps = 0;
    int numbers = 0;
    double pad = 0;
};

FaceParts facePartsOf(CardSize size)
{
    if (size == CardSize::A4)
        return {Header | Steps | Numbers | Note | WhenToCall, 0, 7};
    return {Header | Steps, Numbers | Note, 2.5};
}

// Whether a face of the card fits its rectangle at `points`.
bool fitsAt(const IncidentCard &c, const Style &s, const QRectF &face, int parts, double pad,
            double points, int steps, int numbers)
{
    return doFace(c, s, face, points, parts, steps, numbers, pad, nullptr) <= face.height();
}

Paragraph paragraphOf(const ReportBlock &b)
{
    switch (b.kind) {
    case ReportBlock::Kind::Note:
        return Paragraph{b.text, true, Tone::Muted};
    case ReportBlock::Kind::Alert:
        return Paragraph{b.text, false, Tone::Bad};
    default:
        return Paragraph{b.text, false, Tone::Neutral};
    }
}

} // namespace

// ---- The card ------------------------------------------------------------------

QPageLayout incidentCardPageLayout(CardSize size)
{
    if (size == CardSize::A4)
        return reportPageLayout();
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
}

IncidentCardLayout layoutIncidentCard(const IncidentCard &card, CardSize size, QPaintDevice &device,
                                      const QRectF &page)
{
    const Style s(device);
    IncidentCardLayout l;
    l.page = page;
    double largest = kA4Largest, smallest = kA4Smallest, step = 0.5;
    if (size == CardSize::A4) {
        l.stepFaces << bodyOf(page, s);
    } else {
        largest = kWalletLargest;
        smallest = kWalletSmallest;
        step = 0.25;
        const double w = s.mm(kWalletWidthMm), h = s.mm(kWalletHeightMm);
        const double left = page.left() + (page.width() - 2 * w) / 2;
        const double top = page.top() + (page.height() - kWalletRows * h) / 2;
        for (int row = 0; row < kWalletRows; ++row) {
            l.stepFaces << QRectF(left, top + row * h, w, h);
            l.numberFaces << QRectF(left + w, top + row * h, w, h);
        }
        for (int row = 0; row <= kWalletRows; ++row)
            l.cuts << QLineF(page.left(), top + row * h, page.right(), top + row * h);
        l.cuts << QLineF(left, page.top(), left, page.bottom())
               << QLineF(left + 2 * w, page.top(), left + 2 * w, page.bottom());
        l.folds << QLineF(left + w, top, left + w, top + kWalletRows * h);
    }
    // The largest size at which every step fits; then, at the smallest,
    // fewer steps, but never fewer than the essential ones. A wallet
    // card's numbers have a face of their own, fitted on its own.
    const FaceParts parts = facePartsOf(size);
    const QRectF face = l.stepFaces.value(0);
    const int all = int(card.steps.size());
    const int essential = std::min(card.essentialSteps, all);
    const int everyone = int(card.numbers.size());
    l.fontPoints = smallest;
    l.steps = essential;
    l.numbers = everyone;
    for (double pt = largest; pt >= smallest - 1e-9 && !l.fits; pt -= step)
        if (fitsAt(card, s, face, parts.steps, parts.pad, pt, all, everyone)) {
            l.fontPoints = pt;
            l.steps = all;
            l.fits = true;
        }
    for (int n = all - 1; n >= essential && !l.fits; --n)
        if (fitsAt(card, s, face, parts.steps, parts.pad, smallest, n, everyone)) {
            l.steps = n;
            l.fits = true;
        }
    // The A4 card's one face: then the last numbers, said in a line.
    for (int n = everyone - 1; n >= 1 && !l.fits && l.numberFaces.isEmpty(); --n)
        if (fitsAt(card, s, face, parts.steps, parts.pad, smallest, essential, n)) {
            l.numbers = n;
            l.fits = true;
        }
    if (l.numberFaces.isEmpty()) {
        l.numberPoints = l.fontPoints;
        return l;
    }
    const QRectF numbers = l.numberFaces.first();
    l.numberPoints = smallest;
    bool numbersFit = false;
    for (double pt = largest; pt >= smallest - 1e-9 && !numbersFit; pt -= step)
        if (fitsAt(card, s, numbers, parts.numbers, parts.pad, pt, all, everyone)) {
            l.numberPoints = pt;
            numbersFit = true;
        }
    // Too many for the face: the first ones (the company's own people and
    // helpers come first), and a line saying how many more the A4 card has.
    for (int n = everyone - 1; n >= 1 && !numbersFit; --n)
        if (fitsAt(card, s, numbers, parts.numbers, parts.pad, smallest, all, n)) {
            l.numbers = n;
            numbersFit = true;
        }
    l.fits = l.fits && numbersFit;
    return l;
}

int paintIncidentCard(const IncidentCard &card, CardSize size, QPagedPaintDevice &device,
                      QPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF page = printableRect(device);
    const Style s(device);
    const IncidentCardLayout l = layoutIncidentCard(card, size, device, page);
    const FaceParts parts = facePartsOf(size);
    for (const QRectF &r : l.stepFaces) {
        painter.save();
        painter.setClipRect(r);
        if (size == CardSize::A4) {
            painter.setPen(thinPen(Style::accent(), s.pt(1.4)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(r.adjusted(s.pt(1), s.pt(1), -s.pt(1), -s.pt(1)), s.mm(3),
                                    s.mm(3));
        }
        doFace(card, s, r, l.fontPoints, parts.steps, l.steps, l.numbers, parts.pad, &painter);
        painter.restore();
    }
    for (const QRectF &r : l.numberFaces) {
        painter.save();
        painter.setClipRect(r);
        doFace(card, s, r, l.numberPoints, parts.numbers, l.steps, l.numbers, parts.pad, &painter);
        painter.restore();
    }
    if (size == CardSize::A4) {
        const QRectF band(QPointF(page.left(), bodyOf(page, s).bottom()), page.bottomRight());
        paintFooter(painter, s, band, card.organisation, QString(), QString());
        return 1;
    }
    painter.save();
    painter.setPen(thinPen(Style::muted(), s.pt(0.6), Qt::DashLine));
    for (const QLineF &cut : l.cuts)
        painter.drawLine(cut);
    QPen fold = thinPen(Style::muted(), s.pt(1));
    fold.setDashPattern({1.5, 2.5});
    painter.setPen(fold);
    for (const QLineF &line : l.folds)
        painter.drawLine(line);
    // How to cut and fold, in the margin above the cards.
    const double top = l.stepFaces.isEmpty() ? s.mm(10) : l.stepFaces.first().top();
    const QFont font = s.font(size::small);
    painter.setFont(font);
    painter.setPen(Style::muted());
    const double left = l.stepFaces.isEmpty() ? s.mm(14) : l.stepFaces.first().left();
    const QRectF margin(left + s.mm(2), page.top(), page.width() - 2 * left - s.mm(4),
                        top - s.mm(1));
    painter.drawText(
        margin, Qt::AlignLeft | Qt::AlignBottom,
        QFontMetricsF(font, s.device())
            .elidedText(QStringLiteral("✂ ") + card.cutLabel, Qt::ElideRight, margin.width()));
    painter.restore();
    return 1;
}

Result<int> writeIncidentCardPdf(const IncidentCard &card, CardSize size, const QString &path)
{
    PdfPages pages;
    pages.title = card.organisation.isEmpty()
                      ? card.title
                      : card.title + QStringLiteral(": ") + card.organisation;
    pages.layout = incidentCardPageLayout(size);
    pages.texts = withPrintoutGlyphs(incidents::cardText(card));
    pages.texts << pages.title;
    pages.paint = [&card, size](QPagedPaintDevice &device, QPainter &painter) {
        return paintIncidentCard(card, size, device, painter);
    };
    return writePdfPages(pages, path);
}

// ---- The report ----------------------------------------------------------------

Document incidentReportDocument(const incidents::IncidentReport &r)
{
    Document doc = printoutDocument(r.language, r.title + QStringLiteral(": ") + r.subtitle,
                                    r.organisation, r.footerCentre, r.pageLabel);

    Section cover;
    cover.id = QStringLiteral("cover");
    Cover c;
    c.title = r.title;
    c.subtitle = r.subtitle;
    c.company = r.organisation;
    for (const auto &field : r.coverFields)
        c.fields.append({field.first, field.second});
    cover.blocks.append(c);
    cover.blocks.append(Paragraph{r.coverNote, true, Tone::Muted});
    doc.sections.append(cover);

    for (const incidents::ReportPart &part : r.parts) {
        Section section;
        section.id = part.id;
        section.title = part.title;
        for (const ReportBlock &b : part.blocks) {
            switch (b.kind) {
            case ReportBlock::Kind::Heading:
                section.blocks.append(SubHeading{b.text});
                break;
            case ReportBlock::Kind::Table: {
                Table table;
                for (int k = 0; k < b.headers.size(); ++k)
                    table.columns.append({b.headers.at(k), b.stretch.value(k, 1), Align::Left});
                for (int row = 0; row < b.rows.size(); ++row) {
                    const Tone tone = b.alertRows.contains(row) ? Tone::Bad : Tone::Neutral;
                    const bool bold = b.boldRows.contains(row) || b.alertRows.contains(row);
                    QVector<Cell> cells;
                    for (int k = 0; k < table.columns.size(); ++k)
                        cells.append({b.rows.at(row).value(k), tone, bold});
                    table.rows.append(cells);
                }
                section.blocks.append(table);
                break;
            }
            default:
                section.blocks.append(paragraphOf(b));
                break;
            }
        }
        doc.sections.append(section);
    }
    return doc;
}

int paintIncidentReport(const incidents::IncidentReport &report, QPagedPaintDevice &device,
                        QPainter &painter)
{
    return paintDocument(incidentReportDocument(report), device, painter);
}

Result<int> writeIncidentReportPdf(const incidents::IncidentReport &report, const QString &path)
{
    const Document doc = incidentReportDocument(report);
    PdfPages pages;
    pages.title = doc.title;
    pages.layout = reportPageLayout();
    pages.texts = withPrintoutGlyphs(incidents::reportText(report));
    pages.texts << documentText(doc);
    pages.paint = [&doc](QPagedPaintDevice &device, QPainter &painter) {
        return paintDocument(doc, device, painter);
    };
    return writePdfPages(pages, path);
}

// ---- Jobs ------------------------------------------------------------------------

QString IncidentPrintJob::fileName() const
{
    switch (part) {
    case IncidentPrintPart::Report:
        return report.fileName;
    case IncidentPrintPart::Card:
        return card.fileName;
    case IncidentPrintPart::WalletCard:
        return card.walletFileName;
    }
    return card.fileName;
}

Result<IncidentPrintJob> buildIncidentPrint(store::Database &db, IncidentPrintPart part,
                                            const incidents::IncidentPrintOptions &options)
{
    incidents::IncidentPrintOptions read = options;
    if (part != IncidentPrintPart::Report)
        read.incident = 0;
    else if (read.incident <= 0)
        return Failure{
            ErrorCode::NotFound,
            incidents::IncidentPrintText::tr("There is no incident %1.").arg(read.incident)};
    auto input = incidents::loadIncidentPrintInput(db, read);
    if (!input)
        return input.asFailure();
    IncidentPrintJob job;
    job.part = part;
    job.language = incidents::incidentPrintLanguage(options);
    const i18n::ScopedLanguage language(job.language);
    if (part == IncidentPrintPart::Report)
        job.report = incidents::incidentReport(*input);
    else
        job.card = incidents::incidentCard(*input);
    return job;
}

Result<int> writeIncidentPrint(const IncidentPrintJob &job, const QString &path)
{
    switch (job.part) {
    case IncidentPrintPart::Report:
        return writeIncidentReportPdf(job.report, path);
    case IncidentPrintPart::Card:
        return writeIncidentCardPdf(job.card, CardSize::A4, path);
    case IncidentPrintPart::WalletCard:
        return writeIncidentCardPdf(job.card, CardSize::Wallet, path);
    }
    return writeIncidentCardPdf(job.card, CardSize::A4, path);
}

} // namespace report
} // namespace kamae

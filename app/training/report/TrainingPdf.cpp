#include "training/report/TrainingPdf.h"

#include "report/PdfOutput.h"
#include "report/ReportBlocks.h"
#include "report/ReportRenderer.h"
#include "report/ReportText.h"

#include <QFontMetricsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <vector>

namespace kamae {
namespace report {

namespace {

using training::CoverageState;

namespace pt {
constexpr double title = 12;
constexpr double organisation = 10;
constexpr double summary = 8;
constexpr double legend = 7.5;
constexpr double note = 7;
constexpr double head = 7;
constexpr double name = 7.5;
constexpr double cell = 6.5;
} // namespace pt

constexpr int kHeadLines = 5; // a course title wraps to at most this many lines

// Light tints, so that the mark and the date stay black on them and the
// matrix still reads when printed in black and white.
QColor fillOf(CoverageState state)
{
    switch (state) {
    case CoverageState::Done:
        return QColor(0xd7, 0xef, 0xdb);
    case CoverageState::Pending:
        return QColor(0xe6, 0xec, 0xf5);
    case CoverageState::DueSoon:
        return QColor(0xff, 0xed, 0xb8);
    case CoverageState::Overdue:
        return QColor(0xf8, 0xd0, 0xcd);
    case CoverageState::NotRequired:
        break;
    }
    return QColor(Qt::white);
}

QColor departmentFill()
{
    return QColor(0xe3, 0xe8, 0xef);
}

// The matrix's geometry for one device, and which rows go on which page.
class Matrix
{
public:
    Matrix(const training::CoverageSheet &sheet, QPaintDevice &device, const QRectF &page)
        : m_sheet(sheet), m_style(device), m_page(page)
    {
        const Style &s = m_style;
        m_body = QRectF(page.topLeft(), QSizeF(page.width(), page.height() - s.mm(9)));
        const double width = m_body.width();
        m_pad = s.mm(0.9);

        // The page's heading: title and organisation, the date and summary,
        // the legend and its note.
        m_legendNote = Wrapped(sheet.legendNote, s.font(pt::note), s, width, 1.3);
        m_topHeight = s.pt(pt::title) * 1.4 + s.pt(pt::summary) * 1.5 + s.mm(1.5) + legendHeight() +
                      s.mm(0.8) + m_legendNote.height() + s.mm(2.5);

        const int columns = int(sheet.courses.size());
        const QFont nameFont = s.font(pt::name);
        const QFont boldName = s.font(pt::name, true);
        const QFontMetricsF names(nameFont, &device);
        const QFontMetricsF boldNames(boldName, &device);
        double widest = boldNames.horizontalAdvance(sheet.nameHeader);
        widest = std::max(widest, boldNames.horizontalAdvance(sheet.coverageLabel));
        for (const training::SheetRow &row : sheet.rows)
            widest = std::max(widest, row.isDepartment() ? boldNames.horizontalAdvance(
                                                               sheet.continuedLabel.arg(row.name))
                                                         : names.horizontalAdvance(row.name));
        const double nameMax = columns > 0 ? std::min(s.mm(55), width * 0.32) : width;
        m_nameWidth = std::clamp(widest + 2 * m_pad, std::min(s.mm(28), nameMax), nameMax);
        m_cellWidth = columns > 0 ? (width - m_nameWidth) / columns : 0;

        const QFont headFont = s.font(pt::head, true);
        m_titles.reserve(columns);
        int lines = 1;
        for (const training::SheetCourse &course : sheet.courses) {
            const QString title =
                fitted(course.title, headFont, s, m_cellWidth - 2 * m_pad, kHeadLines);
            m_titles.push_back(title);
            lines =
                std::max(lines, Wrapped(title, headFont, s, m_cellWidth - 2 * m_pad, 1.2).lines());
        }
        m_lineHead = Wrapped(QStringLiteral("M"), headFont, s, width, 1.2).lineHeight();
        m_headHeight = lines * m_lineHead + 2 * m_pad;
        m_rowHeight = s.pt(pt::name) * 1.3 + 2 * m_pad;
        m_coverageHeight = m_rowHeight;

        // Dates only where the widest one fits beside its mark.
        // (As paintRow draws them: a bold mark, then a space and the date.)
        const QFontMetricsF cellMetrics(s.font(pt::cell), &device);
        const QFontMetricsF markMetrics(s.font(pt::cell, true), &device);
        double widestDate = 0;
        for (const training::SheetRow &row : sheet.rows)
            for (const training::SheetCell &cell : row.cells)
                if (!cell.date.isEmpty())
                    widestDate = std::max(widestDate, markMetrics.horizontalAdvance(cell.symbol) +
                                                          cellMetrics.horizontalAdvance(
                                                              QStringLiteral(" ") + cell.date));
        m_dates = widestDate + 2 * m_pad <= m_cellWidth;

        paginate();
    }

    int pages() const { return int(m_pages.size()); }

    void paint(QPainter &p, int index) const
    {
        const Style &s = m_style;
        const int pages = this->pages();
        double y = paintTop(p);
        if (m_sheet.rows.isEmpty() || m_sheet.courses.isEmpty()) {
            Wrapped(m_sheet.emptyText, s.font(size::body), s, m_body.width(), 1.4)
                .draw(p, QPointF(m_body.left(), y), Style::muted());
        } else {
            y = paintHead(p, y);
            const auto [first, end] = m_pages.at(index);
            if (const int heading = continuedHeading(first); heading >= 0)
                y = paintRow(p, heading, y, true);
            for (int r = first; r < end; ++r)
                y = paintRow(p, r, y);
        }
        const QRectF band(QPointF(m_page.left(), m_body.bottom()), m_page.bottomRight());
        paintFooter(p, s, band, m_sheet.organisation, m_sheet.footerCentre,
                    m_sheet.pageLabel.arg(index + 1).arg(pages));
    }

private:
    double legendHeight() const { return m_style.mm(4); }

    // The department whose people continue at the top of a page that
    // starts with row `first`; -1 when the page starts with a heading.
    int continuedHeading(int first) const
    {
        if (first <= 0 || first >= m_sheet.rows.size() || m_sheet.rows.at(first).isDepartment())
            return -1;
        for (int r = first - 1; r >= 0; --r)
            if (m_sheet.rows.at(r).isDepartment())
                return r;
        return -1;
    }

    void paginate()
    {
        const double room = m_body.height() - m_topHeight - m_headHeight - m_coverageHeight;
        // Rounding must not push a row that fits onto the next page.
        const double slack = 0.01;
        const int n = int(m_sheet.rows.size());
        int first = 0;
        while (first < n) {
            double h = continuedHeading(first) >= 0 ? m_rowHeight : 0;
            int end = first;
            while (end < n && h + m_rowHeight <= room + slack) {
                h += m_rowHeight;
                ++end;
            }
            if (end == first) // a page too small for one row: one anyway
                ++end;
            // A department's heading goes with its first person.
            if (end < n && end - first > 1 && m_sheet.rows.at(end - 1).isDepartment())
                --end;
            m_pages.push_back({first, end});
            first = end;
        }
        if (m_pages.empty())
            m_pages.push_back({0, 0});
    }

    double paintTop(QPainter &p) const
    {
        const Style &s = m_style;
        const double left = m_body.left(), width = m_body.width();
        double y = m_body.top();
        const QFont titleFont = s.font(pt::title, true);
        const QFont orgFont = s.font(pt::organisation, true);
        const double titleLine = s.pt(pt::title) * 1.4;
        const QFontMetricsF titleMetrics(titleFont, s.device());
        const double titleWidth = titleMetrics.horizontalAdvance(m_sheet.title);
        p.setFont(titleFont);
        p.setPen(Style::accent());
        p.drawText(QRectF(left, y, width * 0.55, titleLine), Qt::AlignLeft | Qt::AlignBottom,
                   elided(m_sheet.title, titleFont, s, width * 0.55));
        p.setFont(orgFont);
        p.setPen(Style::text());
        const double orgWidth = width - std::min(titleWidth, width * 0.55) - s.mm(6);
        p.drawText(QRectF(left + width - orgWidth, y, orgWidth, titleLine),
                   Qt::AlignRight | Qt::AlignBottom,
                   elided(m_sheet.organisation, orgFont, s, orgWidth));
        y += titleLine;
        const double summaryLine = s.pt(pt::summary) * 1.5;
        p.setFont(s.font(pt::summary));
        p.setPen(Style::muted());
        p.drawText(QRectF(left, y, width, summaryLine), Qt::AlignLeft | Qt::AlignVCenter,
                   elided(m_sheet.asOfText + QStringLiteral(" · ") + m_sheet.summary,
                          s.font(pt::summary), s, width));
        y += summaryLine;
        p.setPen(thinPen(Style::accent(), s.pt(0.8)));
        p.drawLine(QPointF(left, y + s.mm(0.5)), QPointF(left + width, y + s.mm(0.5)));
        y += s.mm(1.5);

        // The legend: each state's tint with its mark, then its name.
        const QFont legendFont = s.font(pt::legend);
        const QFont markFont = s.font(pt::legend, true);
        const QFontMetricsF legendMetrics(legendFont, s.device());
        const double boxW = s.mm(5), boxH = legendHeight() - s.mm(0.6);
        double x = left;
        for (const training::LegendEntry &entry : m_sheet.legend) {
            const QRectF box(x, y + s.mm(0.3), boxW, boxH);
            p.setPen(thinPen(Style::muted(), s.pt(0.5)));
            p.setBrush(fillOf(entry.state));
            p.drawRect(box);
            p.setBrush(Qt::NoBrush);
            p.setFont(markFont);
            p.setPen(Style::text());
            p.drawText(box, Qt::AlignCenter, entry.symbol);
            x += boxW + s.mm(1.5);
            p.setFont(legendFont);
            const double labelW = legendMetrics.horizontalAdvance(entry.label);
            p.drawText(QRectF(x, y, labelW + s.mm(1), legendHeight()),
                       Qt::AlignLeft | Qt::AlignVCenter, entry.label);
            x += labelW + s.mm(6);
        }
        y += legendHeight() + s.mm(0.8);
        m_legendNote.draw(p, QPointF(left, y), Style::muted());
        y += m_legendNote.height() + s.mm(2.5);
        return y;
    }

    QRectF cellRect(int column, double y, double height) const
    {
        return QRectF(m_body.left() + m_nameWidth + column * m_cellWidth, y, m_cellWidth, height);
    }

    void grid(QPainter &p, double y, double height) const
    {
        const Style &s = m_style;
        p.setPen(thinPen(Style::rule(), s.pt(0.5)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(m_body.left(), y, m_nameWidth, height));
        for (int c = 0; c < m_sheet.courses.size(); ++c)
            p.drawRect(cellRect(c, y, height));
    }

    // The column headings and the coverage row, on every page.
    double paintHead(QPainter &p, double y) const
    {
        const Style &s = m_style;
        const double left = m_body.left();
        const QFont headFont = s.font(pt::head, true);
        p.fillRect(QRectF(left, y, m_body.width(), m_headHeight), Style::headerFill());
        const QFont nameFont = s.font(pt::name, true);
        p.setFont(nameFont);
        p.setPen(Style::text());
        p.drawText(QRectF(left + m_pad, y, m_nameWidth - 2 * m_pad, m_headHeight - m_pad),
                   Qt::AlignLeft | Qt::AlignBottom,
                   elided(m_sheet.nameHeader, nameFont, s, m_nameWidth - 2 * m_pad));
        for (int c = 0; c < m_sheet.courses.size(); ++c) {
            const Wrapped title(m_titles.at(std::size_t(c)), headFont, s, m_cellWidth - 2 * m_pad,
                                1.2, Qt::AlignHCenter);
            const QRectF cell = cellRect(c, y, m_headHeight);
            // Bottom-aligned, so that titles of different lengths end on one line.
            title.draw(p, QPointF(cell.left() + m_pad, cell.bottom() - m_pad - title.height()),
                       Style::text());
        }
        grid(p, y, m_headHeight);
        y += m_headHeight;

        p.fillRect(QRectF(left, y, m_body.width(), m_coverageHeight), Style::zebra());
        p.setFont(nameFont);
        p.setPen(Style::text());
        p.drawText(QRectF(left + m_pad, y, m_nameWidth - 2 * m_pad, m_coverageHeight),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   elided(m_sheet.coverageLabel, nameFont, s, m_nameWidth - 2 * m_pad));
        for (int c = 0; c < m_sheet.courses.size(); ++c) {
            const training::SheetCourse &course = m_sheet.courses.at(c);
            p.setPen(course.percent < 0 ? Style::muted()
                                        : Style::tone(toneForScore(course.percent)));
            p.drawText(cellRect(c, y, m_coverageHeight), Qt::AlignCenter, course.coverage);
        }
        grid(p, y, m_coverageHeight);
        p.setPen(thinPen(Style::accent(), s.pt(0.8)));
        p.drawLine(QPointF(left, y + m_coverageHeight),
                   QPointF(m_body.right(), y + m_coverageHeight));
        return y + m_coverageHeight;
    }

    double paintRow(QPainter &p, int index, double y, bool continued = false) const
    {
        const Style &s = m_style;
        const training::SheetRow &row = m_sheet.rows.at(index);
        const QString name = continued ? m_sheet.continuedLabel.arg(row.name) : row.name;
        const double left = m_body.left();
        const double h = m_rowHeight;
        const QRectF nameRect(left + m_pad, y, m_nameWidth - 2 * m_pad, h);
        if (row.isDepartment()) {
            p.fillRect(QRectF(left, y, m_body.width(), h), departmentFill());
            const QFont font = s.font(pt::name, true);
            p.setFont(font);
            p.setPen(Style::text());
            p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                       elided(name, font, s, nameRect.width()));
            p.setFont(s.font(pt::cell, true));
            p.setPen(Style::muted());
            for (int c = 0; c < row.coverage.size(); ++c)
                p.drawText(cellRect(c, y, h), Qt::AlignCenter, row.coverage.at(c));
        } else {
            const QFont font = s.font(pt::name);
            p.setFont(font);
            p.setPen(Style::text());
            p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                       elided(row.name, font, s, nameRect.width()));
            const QFont cellFont = s.font(pt::cell);
            const QFont markFont = s.font(pt::cell, true);
            const QFontMetricsF marks(markFont, s.device());
            const QFontMetricsF dates(cellFont, s.device());
            for (int c = 0; c < row.cells.size(); ++c) {
                const training::SheetCell &cell = row.cells.at(c);
                const QRectF rect = cellRect(c, y, h);
                p.fillRect(rect, fillOf(cell.state));
                const bool dated = m_dates && !cell.date.isEmpty();
                const QString gap = QStringLiteral(" ");
                const double markW = marks.horizontalAdvance(cell.symbol);
                const double total = markW + (dated ? dates.horizontalAdvance(gap + cell.date) : 0);
                const double x = rect.center().x() - total / 2;
                p.setFont(markFont);
                p.setPen(cell.state == CoverageState::NotRequired ? Style::muted() : Style::text());
                p.drawText(QRectF(x, y, markW + s.mm(0.5), h), Qt::AlignLeft | Qt::AlignVCenter,
                           cell.symbol);
                if (dated) {
                    p.setFont(cellFont);
                    p.setPen(Style::text());
                    p.drawText(QRectF(x + markW, y, total - markW + s.mm(0.5), h),
                               Qt::AlignLeft | Qt::AlignVCenter, gap + cell.date);
                }
            }
        }
        grid(p, y, h);
        return y + h;
    }

    const training::CoverageSheet &m_sheet;
    Style m_style;
    QRectF m_page;
    QRectF m_body;
    Wrapped m_legendNote{QString(), QFont(), m_style, 1, 1};
    double m_pad = 0;
    double m_topHeight = 0;
    double m_nameWidth = 0;
    double m_cellWidth = 0;
    double m_lineHead = 0;
    double m_headHeight = 0;
    double m_rowHeight = 0;
    double m_coverageHeight = 0;
    bool m_dates = true;
    std::vector<QString> m_titles;
    std::vector<std::pair<int, int>> m_pages; // rows [first, end) per page
};

void paintCertificate(QPainter &p, const Style &s, const training::Certificate &c,
                      const QRectF &page)
{
    const double width = page.width();
    // A double frame, as certificates have.
    p.setBrush(Qt::NoBrush);
    p.setPen(thinPen(Style::accent(), s.pt(2)));
    p.drawRect(page.adjusted(s.mm(2), s.mm(2), -s.mm(2), -s.mm(2)));
    p.setPen(thinPen(Style::accent(), s.pt(0.6)));
    p.drawRect(page.adjusted(s.mm(4), s.mm(4), -s.mm(4), -s.mm(4)));

    const double inner = width - s.mm(30);
    const double left = page.left() + s.mm(15);
    const auto centred = [&](const QString &text, const QFont &font, double y,
                             const QColor &colour) {
        const Wrapped w(text, font, s, inner, 1.35, Qt::AlignHCenter);
        w.draw(p, QPointF(left, y), colour);
        return w.height();
    };

    double y = page.top() + s.mm(50);
    y += centred(c.heading, s.font(30, true), y, Style::accent());
    p.fillRect(QRectF(page.center().x() - s.mm(10), y + s.mm(3), s.mm(20), s.pt(2)),
               Style::accent());

    y = page.top() + s.mm(100);
    const QFont nameFont = s.font(20, true);
    const double nameHeight = centred(c.name, nameFont, y, Style::text());
    const double lineW = std::min(
        inner, std::max(s.mm(100),
                        QFontMetricsF(nameFont, s.device()).horizontalAdvance(c.name) + s.mm(20)));
    p.setPen(thinPen(Style::muted(), s.pt(0.8)));
    const double ruleY = y + nameHeight + s.mm(1.5);
    p.drawLine(QPointF(page.center().x() - lineW / 2, ruleY),
               QPointF(page.center().x() + lineW / 2, ruleY));
    y = ruleY + s.mm(9);
    y += centred(c.statement, s.font(12), y, Style::text());

    // The fields: labels right-aligned against their values, the pair
    // centred on the page.
    y += s.mm(14);
    const QFont labelFont = s.font(11);
    const QFont valueFont = s.font(12, true);
    double labelW = 0;
    for (const training::CertificateField &f : c.fields)
        labelW = std::max(labelW, QFontMetricsF(labelFont, s.device()).horizontalAdvance(f.label));
    const double gap = s.mm(6);
    const double valueW = std::min(s.mm(110), inner - labelW - gap);
    const double blockLeft = page.center().x() - (labelW + gap + valueW) / 2 + s.mm(8);
    for (const training::CertificateField &f : c.fields) {
        const Wrapped label(f.label, labelFont, s, labelW, 1.6, Qt::AlignRight);
        const Wrapped value(f.value, valueFont, s, valueW, 1.5);
        label.draw(p, QPointF(blockLeft, y + (value.lineHeight() - label.lineHeight()) / 2),
                   Style::muted());
        value.draw(p, QPointF(blockLeft + labelW + gap, y), Style::text());
        y += std::max(label.height(), value.height()) + s.mm(4);
    }

    // The issuer at the foot: the date on the left, the organisation on the right.
    const double foot = page.bottom() - s.mm(42);
    const QFont issuedFont = s.font(11);
    const QFont orgFont = s.font(16, true);
    const QFontMetricsF orgMetrics(orgFont, s.device());
    p.setFont(issuedFont);
    p.setPen(Style::text());
    p.drawText(QRectF(left, foot, inner * 0.4, s.mm(8)), Qt::AlignLeft | Qt::AlignBottom, c.issued);
    const Wrapped org(c.organisation, orgFont, s, inner * 0.58, 1.35, Qt::AlignRight);
    org.draw(p, QPointF(left + inner * 0.42, foot + s.mm(8) - org.lineHeight()), Style::text());
}

} // namespace

QPageLayout coveragePageLayout(const training::CoverageSheet &sheet)
{
    QPageLayout layout = reportPageLayout();
    if (sheet.courses.size() >= kLandscapeFromCourses) {
        layout.setOrientation(QPageLayout::Landscape);
        layout.setMargins(QMarginsF(14, 12, 14, 10));
    }
    return layout;
}

int paintCoverageSheet(const training::CoverageSheet &sheet, QPagedPaintDevice &device,
                       QPainter &painter)
{
    const Matrix matrix(sheet, device, printableRect(device));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int i = 0; i < matrix.pages(); ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        matrix.paint(painter, i);
        painter.restore();
    }
    return matrix.pages();
}

Result<int> writeCoveragePdf(const training::CoverageSheet &sheet, const QString &path)
{
    PdfPages pages;
    pages.title = sheet.organisation.isEmpty()
                      ? sheet.title
                      : sheet.title + QStringLiteral(": ") + sheet.organisation;
    pages.layout = coveragePageLayout(sheet);
    pages.texts = training::sheetText(sheet);
    pages.texts << pages.title;
    pages.paint = [&sheet](QPagedPaintDevice &device, QPainter &painter) {
        return paintCoverageSheet(sheet, device, painter);
    };
    return writePdfPages(pages, path);
}

int paintCertificates(const training::CertificateBatch &batch, QPagedPaintDevice &device,
                      QPainter &painter)
{
    const Style s(device);
    const QRectF page = printableRect(device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int i = 0; i < batch.certificates.size(); ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        paintCertificate(painter, s, batch.certificates.at(i), page);
        painter.restore();
    }
    return int(batch.certificates.size());
}

Result<int> writeCertificatesPdf(const training::CertificateBatch &batch, const QString &path)
{
    PdfPages pages;
    pages.title = batch.title;
    pages.layout = reportPageLayout();
    pages.texts = training::certificateText(batch);
    pages.paint = [&batch](QPagedPaintDevice &device, QPainter &painter) {
        return paintCertificates(batch, device, painter);
    };
    return writePdfPages(pages, path);
}

Result<int> printCoverage(store::Database &db, const training::CoverageSheetOptions &options,
                          const QString &path)
{
    auto sheet = training::buildCoverageSheet(db, options);
    if (!sheet)
        return sheet.asFailure();
    return writeCoveragePdf(*sheet, path);
}

Result<int> printCertificates(store::Database &db, const training::CertificateOptions &options,
                              const QString &path)
{
    auto batch = training::buildCertificates(db, options);
    if (!batch)
        return batch.asFailure();
    return writeCertificatesPdf(*batch, path);
}

} // namespace report
} // namespace kamae

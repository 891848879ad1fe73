#pragma once

// What the self-assessment page's parts share: its texts' context and small
// pieces of rich text.

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <utility>

namespace kamae {
namespace ui {

// The page's texts keep the page's context in the parts that moved to files
// of their own, so that their translations stay with them.
struct SelfAssessmentPageText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::SelfAssessmentPage)
};

inline QString colourSpan(const QColor &colour, const QString &html)
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(colour.name(), html);
}

// Lines with a mark (✓, ✗, ⚠) in front, wrapped text hanging under the text.
inline QString markedLines(const QVector<std::pair<QString, QString>> &lines)
{
    QString rows;
    for (const auto &[mark, html] : lines)
        rows += QStringLiteral("<tr><td style='padding-right:4px'>%1</td><td>%2</td></tr>")
                    .arg(mark, html);
    return QStringLiteral("<table cellspacing='0' cellpadding='1'>%1</table>").arg(rows);
}

} // namespace ui
} // namespace kamae

#pragma once

// What the printout tests share: running poppler's tools on a PDF they
// wrote (pdfinfo, pdftotext), and reading one measure of the executive
// report as text. Header-only, like TestSupport.h.

#include "i18n/Language.h"
#include "report/Report.h"
#include "score/ScoreTypes.h"
#include "store/Database.h"

#include <QDate>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <variant>

namespace kamae {
namespace test {

struct ToolRun
{
    bool ok = false;
    QString out;
    QString err;
};

inline ToolRun runTool(const QString &tool, const QStringList &args)
{
    ToolRun run;
    QProcess process;
    process.start(tool, args);
    if (!process.waitForStarted(30000))
        return run;
    process.waitForFinished(120000);
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Text without its white space: a PDF's lines break anywhere.
inline QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

// The page count pdfinfo prints, -1 when it prints none.
inline int pagesOf(const QString &info)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The facts (value, label) and sentences of one measure of the executive
// report built from `db` in `language`, joined with "|"; the build's
// error instead when it fails.
inline QString measureText(store::Database &db, score::Category category, const QString &language,
                           const QDate &today)
{
    report::ReportOptions options;
    options.language = language;
    auto built = report::buildReport(db, options, today);
    if (!built)
        return built.error();
    const i18n::ScopedLanguage in(language);
    const QString title = score::ScoreText::category(category);
    QStringList text;
    bool inside = false;
    for (const report::Section &section : built->document.sections) {
        for (const report::Block &b : section.blocks) {
            if (const auto *h = std::get_if<report::SubHeading>(&b))
                inside = h->text.startsWith(title);
            if (!inside)
                continue;
            if (const auto *f = std::get_if<report::Facts>(&b))
                for (const report::Fact &fact : f->items)
                    text << fact.value << fact.label;
            if (const auto *p = std::get_if<report::Paragraph>(&b))
                text << p->text;
        }
    }
    return text.join(u'|');
}

} // namespace test
} // namespace kamae

// A missing tool fails the test: without it nothing about the PDF is known.
#define RUN_TOOL(var, tool, ...)                                                                   \
    const kamae::test::ToolRun var = kamae::test::runTool(QStringLiteral(tool), __VA_ARGS__);      \
    QVERIFY2(var.ok, qPrintable(QStringLiteral(tool ": ") + var.err +                              \
                                QStringLiteral(" (is poppler-utils installed?)")))

#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

// The default names of the files Kamae writes for a person (the modules'
// printouts): "Incident_report_株式会社みなと精機_3.pdf".
namespace kamae {

// A part of a file name: what a file system refuses, and spaces, become "_".
inline QString fileNamePart(const QString &text)
{
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\s\\x00-\\x1f]"));
    QString part = text.trimmed();
    part.replace(unsafe, QStringLiteral("_"));
    return part;
}

// "<stem>_<part>_….pdf": each part made safe, empty ones left out.
inline QString pdfFileName(const QString &stem, const QStringList &parts)
{
    QStringList all{stem};
    for (const QString &part : parts)
        if (const QString safe = fileNamePart(part); !safe.isEmpty())
            all << safe;
    return all.join(QLatin1Char('_')) + QStringLiteral(".pdf");
}

} // namespace kamae

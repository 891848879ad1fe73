#include "io/TableImport.h"

#include "io/Csv.h"
#include "io/Xlsx.h"

#include <QFileInfo>

#include <algorithm>

namespace kamae {
namespace io {

QString foldedHeader(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    t.remove(QLatin1Char(' '));
    t.remove(QLatin1Char('\n'));
    t.remove(QLatin1Char('\r'));
    return t;
}

QString columnLetters(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

Result<Table> readTableFileWith(const QString &path, TextEncoding encoding, const QString &sheet,
                                const HeaderChooser &chooseHeader)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return readXlsxFile(path, sheet, nullptr, chooseHeader);
    CsvReadOptions options;
    options.encoding = encoding;
    options.chooseHeader = chooseHeader;
    return readCsvFile(path, options);
}

HeaderChooser keyColumnHeaderChooser(std::function<bool(const QString &)> isKey,
                                     std::function<bool(const QString &)> recognises)
{
    return [isKey = std::move(isKey),
            recognises = std::move(recognises)](const QVector<QStringList> &rows) {
        for (int i = 0; i < rows.size(); ++i)
            if (std::any_of(rows.at(i).cbegin(), rows.at(i).cend(), isKey))
                return i;
        int best = 0, bestScore = 0;
        for (int i = 0; i < rows.size(); ++i) {
            const auto n = std::count_if(rows.at(i).cbegin(), rows.at(i).cend(), recognises);
            if (n > bestScore) {
                best = i;
                bestScore = static_cast<int>(n);
            }
        }
        if (bestScore > 0)
            return best;
        int filled = 0;
        for (int i = 0; i < rows.size(); ++i) {
            const auto n = std::count_if(rows.at(i).cbegin(), rows.at(i).cend(),
                                         [](const QString &c) { return !c.trimmed().isEmpty(); });
            if (n > filled) {
                best = i;
                filled = static_cast<int>(n);
            }
        }
        return best;
    };
}

} // namespace io
} // namespace kamae

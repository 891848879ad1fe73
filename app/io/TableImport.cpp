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
        return bestScore > 0 ? best : fullestRow(rows);
    };
}

int fullestRow(const QVector<QStringList> &rows)
{
    int best = 0, filled = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const auto n = std::count_if(rows.at(i).cbegin(), rows.at(i).cend(),
                                     [](const QString &c) { return !c.trimmed().isEmpty(); });
        if (n > filled) {
            best = i;
            filled = static_cast<int>(n);
        }
    }
    return best;
}

bool parseEncodingName(const QString &name, TextEncoding *encoding)
{
    const QString e = name.trimmed().toLower();
    if (e.isEmpty() || e == QLatin1String("auto"))
        *encoding = TextEncoding::Auto;
    else if (e == QLatin1String("utf8") || e == QLatin1String("utf-8"))
        *encoding = TextEncoding::Utf8;
    else if (e == QLatin1String("sjis") || e == QLatin1String("shift_jis") ||
             e == QLatin1String("cp932"))
        *encoding = TextEncoding::ShiftJis;
    else
        return false;
    return true;
}

} // namespace io
} // namespace kamae

// GoPhish's campaign exports ("NAME - Results.csv" and "NAME - Events.csv"),
// the way `kamae training import-phishing` and the Training page take them.
// The input is read both as a results file and as an events file, and the
// results are matched to a list of people.

#include "FuzzSupport.h"

#include "io/Csv.h"
#include "training/GoPhish.h"

using namespace kamae;

namespace {

QVector<domain::Person> people()
{
    QVector<domain::Person> list;
    const char *emails[] = {"alice@example.com", "bob@example.com", "carol@example.co.jp"};
    for (int i = 0; i < 3; ++i) {
        domain::Person p;
        p.id = i + 1;
        p.name = QString::fromLatin1(emails[i]).section(QLatin1Char('@'), 0, 0);
        p.email = QString::fromLatin1(emails[i]);
        list << p;
    }
    return list;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    static const QVector<domain::Person> list = people();
    const Result<io::Table> table = io::readCsv(fuzz::bytesOf(data, size));
    if (!table)
        return 0;
    auto results = training::readGoPhishResults(table.value());
    const auto events = training::readGoPhishEvents(table.value());
    if (!results)
        return 0;
    if (events)
        training::applyGoPhishEvents(results.value(), events.value());
    training::PhishingImportOptions options;
    (void)training::planPhishingImport(results.value(), list, options,
                                       QStringLiteral("Invoice drill - Results.csv"),
                                       QTimeZone("Asia/Tokyo"), QDate(2026, 12, 1));
    return 0;
}

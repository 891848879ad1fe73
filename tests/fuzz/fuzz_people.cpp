// A staff list as CSV, the way `kamae people import` and the Organisation
// page take it: read, header found, columns guessed, rows matched against a
// list that already holds people (so updates and conflicts are planned too).

#include "FuzzSupport.h"

#include "io/Csv.h"
#include "organisation/PeopleImport.h"

using namespace kamae;

namespace {

QVector<domain::Person> existingPeople()
{
    QVector<domain::Person> people;
    const char16_t *names[] = {u"山田 太郎", u"佐藤 花子", u"総務部"};
    const char *emails[] = {"yamada@example.co.jp", "sato@example.co.jp", ""};
    for (int i = 0; i < 3; ++i) {
        domain::Person p;
        p.id = i + 1;
        p.name = QString::fromUtf16(names[i]);
        p.email = QString::fromLatin1(emails[i]);
        p.kind = i == 2 ? domain::PersonKind::Department : domain::PersonKind::Person;
        p.joined = QDate(2020, 4, 1);
        people << p;
    }
    return people;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    static const QVector<domain::Person> existing = existingPeople();
    io::CsvReadOptions options;
    options.chooseHeader = organisation::peopleHeaderChooser();
    io::ReadError error;
    const Result<io::Table> table = io::readCsv(fuzz::bytesOf(data, size), options, &error);
    if (!table)
        return 0;
    const organisation::PeopleColumnMapping mapping =
        organisation::guessPeopleMapping(table->header);
    (void)organisation::unmappedPeopleColumns(table.value(), mapping);
    if (!organisation::checkPeopleMapping(table.value(), mapping))
        return 0;
    (void)organisation::planPeopleImport(table.value(), mapping, existing);
    return 0;
}

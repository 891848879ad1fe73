#pragma once

#include "core/Result.h"
#include "domain/Person.h"
#include "training/TrainingRecords.h"
#include "io/Table.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTimeZone>
#include <QVector>

#include <optional>

// GoPhish's campaign exports, as its web interface writes them
// (static/js/app/campaign_results.js, exportAsCSV: Papa.unparse of the
// campaign's results or timeline with escapeFormulae): docs/training.md,
// "Importing a GoPhish drill", says what is read and how.
//
//   Results: id,status,ip,latitude,longitude,send_date,reported,
//            modified_date,email,first_name,last_name,position
//   Events:  campaign_id,email,time,message,details
//
// Times are Go's RFC 3339 with up to nine fractional digits and a zone
// ("2020-02-17T08:41:09.123456789Z", "…+09:00"); Go's zero time
// ("0001-01-01T00:00:00Z") means "not yet". A cell that starts with = + - @
// (or a tab or CR) has a ' put before it, which is taken off again.
namespace kamae {
namespace training {

struct GoPhishText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::training::GoPhish)
};

// A row of a file that was not imported, or imported without a person.
struct ImportRowNote
{
    int line = 0; // as in the file (io::Table::sourceLines)
    QString message;
};

// One row of the results export, read.
struct GoPhishResultRow
{
    int line = 0;
    QString resultId;
    QString status; // as GoPhish wrote it
    QString email;
    QString firstName;
    QString lastName;
    QString position;
    bool reported = false;
    QDateTime sendDate;     // invalid: zero time or empty
    QDateTime modifiedDate; // invalid: zero time or empty
    // The flags and times the row says (the times are approximations until
    // the events export refines them): personId 0, campaignId 0.
    domain::PhishingResult result;
};

struct GoPhishResults
{
    QVector<GoPhishResultRow> rows;
    QVector<ImportRowNote> problems; // rows that cannot be read, not imported
};

// The cell without the ' GoPhish puts before = + - @ tab CR.
QString unescapeCell(const QString &cell);
// An RFC 3339 instant (any number of fractional digits, Z or ±hh:mm) in
// UTC; an invalid QDateTime for Go's zero time or an empty text; nullopt
// when the text is not one.
std::optional<QDateTime> parseRfc3339(const QString &text);

// Reads the results export. Fails (saying which columns it has) when the
// table lacks email, status or reported, naming the events export when it
// is that one. Every other problem is a row's, with its line: an unknown
// status, a reported cell other than true/false, a time that does not
// parse, a missing or malformed address, an address already on a row above.
Result<GoPhishResults> readGoPhishResults(const io::Table &table);

// The first time of each event per address (case-folded), from the events
// export.
struct GoPhishEventTimes
{
    QDateTime sent, opened, clicked, submitted, reported;
};
struct GoPhishEvents
{
    QHash<QString, GoPhishEventTimes> byEmail;
    QVector<ImportRowNote> problems;
};
Result<GoPhishEvents> readGoPhishEvents(const io::Table &table);
// The exact first times of the events export in place of the results'
// approximations, for the rows whose address it names.
void applyGoPhishEvents(GoPhishResults &results, const GoPhishEvents &events);

struct PhishingImportOptions
{
    QString campaignName; // empty: from the file name ("NAME - Results.csv"), else "GoPhish"
    QDate date;           // invalid: the first send date (in `zone`), else today
    QString scenario;
};

// What an import will store: the drill, its results (matched to the people
// list by address, case-insensitively; rows no entry matched are kept
// without a person and listed), and the rows that cannot be imported.
struct PhishingImportPlan
{
    domain::PhishingCampaign campaign;
    QVector<domain::PhishingResult> results;
    QVector<int> resultLines;
    QVector<ImportRowNote> unmatched; // imported without a person
    QVector<ImportRowNote> problems;  // not imported
    int notDelivered = 0;             // rows GoPhish did not deliver (Error, Scheduled, …)
};

PhishingImportPlan planPhishingImport(const GoPhishResults &results,
                                      const QVector<domain::Person> &people,
                                      const PhishingImportOptions &options, const QString &fileName,
                                      const QTimeZone &zone, const QDate &today);

} // namespace training
} // namespace kamae

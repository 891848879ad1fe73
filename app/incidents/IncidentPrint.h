#pragma once

#include "core/Result.h"
#include "domain/Person.h"
#include "incidents/IncidentRecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVector>

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

// What the incidents module prints (issue 19), already in the reader's
// language and without any notion of paper: the incident card (the first
// steps and the numbers to call, for the wall or the wallet) and the
// report of one incident for the police, the insurer or a partner.
// incidents/report/IncidentPdf.h lays them out on A4 and writes the PDF
// (the split keeps the module below the report, docs/architecture.md,
// "Layers"). Build them inside an i18n::ScopedLanguage, as
// buildIncidentPrint does.
namespace kamae {
namespace incidents {

struct IncidentPrintText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::incidents::IncidentPrint)
};

// One number on the card. An entry without a phone names the official
// page to look the number up on (never a number Kamae cannot stand
// behind), or its address.
struct CardNumber
{
    QString label;      // what it is: "IPA's consultation desk", the responder's role
    QString name;       // the entry's name
    QString number;     // the phone as written; empty when there is none
    QString lookUp;     // "Look up: 〈official page〉" or the address, when no number
    QString whenToCall; // the A4 card only
};

struct IncidentCard
{
    QString language; // "ja" or "en"
    QString title;    // "Incident card"
    QString organisation;
    QString stepsTitle;     // "First steps"
    QStringList steps;      // the essentials first
    int essentialSteps = 0; // the first n steps are never left off
    QString numbersTitle;   // "Numbers to call"
    QVector<CardNumber> numbers;
    QString emptyNumbers; // when the directory lists nobody to call
    QString moreNumbers;  // "%1 more on the A4 card": the numbers a small card leaves out
    QString checkedNote;  // "Numbers checked on 2026-11-02" or "Check the numbers"
    QString cutLabel;     // wallet: how to cut and fold, above the cards
    QString fileName;     // Incident_card_<organisation>.pdf
    QString walletFileName;
};

// One block of a section of the incident report.
struct ReportBlock
{
    enum class Kind
    {
        Heading = 0, // inside a section
        Text,
        Note,  // small, muted
        Alert, // an overdue deadline, a decision missing: red
        Table,
    };
    Kind kind = Kind::Text;
    QString text;
    QStringList headers;
    QVector<int> stretch;
    QVector<QStringList> rows;
    QVector<int> alertRows; // rows shown in red (overdue)
    QVector<int> boldRows;  // rows in bold (the decision not to pay)
};

struct ReportPart
{
    QString id; // stable: "overview", "personal", "timeline", …
    QString title;
    QVector<ReportBlock> blocks;
};

struct IncidentReport
{
    QString language;
    QString title;    // "Incident report"
    QString subtitle; // the incident's title
    QString organisation;
    QVector<QPair<QString, QString>> coverFields; // incident no., kind, status, prepared on
    QString coverNote;                            // a drill, or the report's purpose
    QVector<ReportPart> parts;
    QString footerCentre; // "Incident 3 · printed 2026-11-22"
    QString pageLabel;    // "Page %1 of %2"
    QString fileName;     // Incident_report_<organisation>_<id>.pdf
};

// What the builders read, once.
struct IncidentPrintInput
{
    QString organisation;
    QDate today;
    QTimeZone zone;
    QVector<domain::Person> people;
    QVector<domain::IncidentContact> contacts; // as stored
    QVector<domain::Playbook> playbooks;       // as stored
    QHash<qint64, QString> assetNames;
    domain::Incident incident; // the report's (id 0 for the card)
};

// In the current language. Pure.
IncidentCard incidentCard(const IncidentPrintInput &input);
IncidentReport incidentReport(const IncidentPrintInput &input);

// The card's short first steps, in the current language.
QStringList cardSteps();

enum class CardSize
{
    A4 = 0,
    Wallet, // 91 × 55 mm cards folded in two, five per A4 page
};

struct IncidentPrintOptions
{
    QString language;    // "ja" or "en"; empty: the current language
    qint64 incident = 0; // the report's incident
    QDate today;
};

// Reads the vault: the organisation's name, the people, the directory, the
// playbooks and, with options.incident, that incident and its assets'
// names. An unknown incident: NotFound.
Result<IncidentPrintInput> loadIncidentPrintInput(store::Database &db,
                                                  const IncidentPrintOptions &options);
// The language a printout speaks for `options`.
QString incidentPrintLanguage(const IncidentPrintOptions &options);

// Every string a printout shows: for the PDF's text map and for tests.
QStringList cardText(const IncidentCard &card);
QStringList reportText(const IncidentReport &report);

} // namespace incidents
} // namespace kamae

#pragma once

#include "bcp/BcpChecks.h"
#include "bcp/BcpRecords.h"
#include "core/Result.h"
#include "domain/Person.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

// What the BCP module prints (issue 18), already in the reader's language
// and without any notion of paper: the plan as a binder, the employee
// emergency card (様式04), the call tree, and a draft of the SME Agency's
// 事業継続力強化計画. bcp/report/BcpPdf.h lays them out on A4 and writes the
// PDF (the split keeps the module below the report, docs/architecture.md,
// "Layers"). Build them inside an i18n::ScopedLanguage, as buildPrintout
// does; the plan's prose is sanitised here (BcpHtml.h).
namespace kamae {
namespace bcp {

struct BcpPrintText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::bcp::BcpPrint)
};

// One block of a printed section.
struct PrintBlock
{
    enum class Kind
    {
        Heading = 0, // a heading inside a section
        Text,        // a paragraph
        Bullet,      // a list item ("・" or its number)
        Table,
        Note,  // small, muted text
        Empty, // "Not filled in yet." where a part of the plan is empty
    };
    Kind kind = Kind::Text;
    QString text;
    QString marker; // a list item's "・", "1."
    int depth = 1;  // a list item's depth
    QStringList headers;
    QVector<int> stretch; // the columns' relative widths
    QVector<QStringList> rows;
};

struct PrintSection
{
    QString id;    // stable: "policy", "roles", …
    QString title; // "Basic policy"
    QString form;  // "様式02"; empty for a section of no form
    QVector<PrintBlock> blocks;
    bool filled = true; // false: the section only says it is not filled in
    // "Basic policy (様式02)" as the binder's heading and contents show it.
    QString heading() const;
};

// One box of the call tree: a role, who holds it and their phone, the
// deputy under it.
struct CallTreeBox
{
    QString role;
    QString holder; // "Not assigned" when nobody holds it
    QString phone;
    QString deputy; // empty: no deputy
    QString deputyPhone;
};

struct CallTree
{
    QString title; // "Call tree"
    QString intro; // how to use it
    CallTreeBox root;
    QVector<CallTreeBox> children;
    QString deputyLabel; // "Deputy: %1"
    QString emptyText;   // instead of the tree when no role is listed
    bool empty() const { return root.role.isEmpty(); }
};

struct CardContact
{
    QString label; // the role, or the organisation
    QString name;
    QString phone;
};

// 様式04: the card every employee keeps; printed twice per page.
struct EmergencyCard
{
    QString title; // "Employee emergency card"
    QString organisation;
    QString firstTitle;     // "What to do first"
    QStringList firstSteps; // from the card's prose, or the default steps
    QString dialTitle;      // "Disaster emergency message dial 171"
    QStringList dialSteps;  // how to record and play back; web171
    QString contactsTitle;  // "Emergency contacts"
    QVector<CardContact> contacts;
    QStringList blanks; // the lines the employee fills in: name, meeting place, …
    QString cutLabel;   // along the cut line
};

struct BcpPrintout
{
    QString language; // "ja" or "en"
    QString title;    // "Business continuity plan (BCP)" (PDF metadata, cover)
    QString organisation;
    QString status; // "Version 2" or "Draft"
    // The cover's fields, label and value: version, published on, approved
    // by, printed on.
    QVector<QPair<QString, QString>> coverFields;
    QString contentsTitle;       // "Contents"
    QStringList contentsHeaders; // section, page
    QVector<PrintSection> sections;
    CallTree callTree;
    EmergencyCard card;
    QString callTreeHeading; // the appendix's headings, as the contents list them
    QString cardHeading;
    QString footerCentre; // "Version 2 · 2026-05-01" or "Draft · printed 2026-11-22"
    QString pageLabel;    // "Page %1 of %2"
    QString fileName;     // BCP_<organisation>_v2.pdf (the draft: _YYYYMMDD)
    QString cardFileName; // Emergency_card_<organisation>_v2.pdf
    QString callTreeFileName;
};

// The draft of the SME Agency's 事業継続力強化計画 (単独型), its sections
// after the form: 目標, 初動対応 (対応手順), 対策, 実効性確保.
struct MetiDraft
{
    QString language;
    QString title; // "事業継続力強化計画 (draft)"
    QString organisation;
    QString draftNote; // "A draft filled from the BCP: adapt it before submitting."
    QVector<PrintSection> sections;
    QString footerCentre;
    QString pageLabel;
    QString fileName;
};

// What the builders read, once.
struct PrintInput
{
    domain::BcpPlan plan;
    int versionNumber = 0; // 0: the draft
    QDate published;       // a version's date
    QString approver;
    QDate printed; // today
    QString organisation;
    QVector<domain::Person> people;
    QHash<qint64, QString> assetNames;
    QVector<domain::BcpExercise> exercises;
    QVector<domain::BcpVersion> versions; // without their plans
    // The draft's records for its checks (the binder's appendix); a
    // version has none.
    CheckInput checks;
};

// In the current language. Pure.
BcpPrintout binder(const PrintInput &input);
CallTree callTree(const PrintInput &input);
EmergencyCard emergencyCard(const PrintInput &input);
MetiDraft metiDraft(const PrintInput &input);

// The blocks of a prose section (sanitised), or "Not filled in yet.".
QVector<PrintBlock> proseSection(const QString &html);

enum class PrintPart
{
    Binder = 0, // the whole plan, with the call tree and the card as appendices
    Card,
    CallTree,
    Meti,
};

struct PrintOptions
{
    QString language; // "ja" or "en"; empty: the plan's (of the version printed)
    int version = 0;  // 0: the draft; else the published version N, as frozen
    QDate today;      // clock::today() for today
};

// Reads the vault: the plan (the draft or version N), the people, the
// assets' names, the exercises and versions, the organisation's name and,
// for the draft, the checks. Unknown version: NotFound.
Result<PrintInput> loadPrintInput(store::Database &db, const PrintOptions &options);

// The language a printout of `input` speaks for `options`.
QString printLanguage(const PrintInput &input, const PrintOptions &options);

// Every string a printout shows: for the PDF's text map and for tests.
QStringList printoutText(const BcpPrintout &printout);
QStringList callTreeText(const CallTree &tree);
QStringList cardText(const EmergencyCard &card);
QStringList metiText(const MetiDraft &draft);

} // namespace bcp
} // namespace kamae

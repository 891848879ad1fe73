#include "incidents/IncidentEntryDialogs.h"

#include "core/Clock.h"
#include "incidents/IncidentDefaults.h"
#include "widgets/RecordDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace kamae {
namespace ui {

namespace {
struct EntryText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::IncidentEntryDialogs)
};
} // namespace

std::optional<domain::Incident> newIncident(const domain::Incident &incident,
                                            const QVector<domain::Person> &people, QWidget *parent)
{
    using R = domain::Incident;
    RecordDialog<R> d(QStringLiteral("NewIncidentDialog"), incident, parent);
    d.setTexts(
        [] { return EntryText::tr("New incident"); }, [] { return EntryText::tr("Edit incident"); },
        [] {
            return EntryText::tr("Record what happened as soon as you know: the rest (times, "
                                 "assets, personal data, the timeline) can follow. Keep the "
                                 "machine powered on and off the network.");
        });
    d.choice([] { return EntryText::tr("&Kind:"); }, &R::kind, "kindCombo",
             domain::kIncidentKindCount, &domain::IncidentRecordText::incidentKind);
    d.line([] { return EntryText::tr("&Title:"); }, &R::title, "titleEdit",
           RecordDialog<R>::Readable);
    d.instant([] { return EntryText::tr("&Detected:"); }, &R::detected, "detectedEdit", false);
    d.person([] { return EntryText::tr("&Found by:"); }, &R::foundBy, "foundByCombo", people);
    d.flag([] { return EntryText::tr("D&rill (an exercise, no legal clock):"); }, &R::drill,
           "drillCheck");
    d.addCheck([&d]() -> FormDialog::Problem {
        const QString problem = domain::incidentProblem(d.record(), clock::now());
        return {problem, nullptr};
    });
    return d.run();
}

std::optional<domain::IncidentContact> editIncidentContact(const domain::IncidentContact &contact,
                                                           const QVector<domain::Person> &people,
                                                           const QString &industry, QWidget *parent)
{
    using R = domain::IncidentContact;
    RecordDialog<R> d(QStringLiteral("IncidentContactDialog"), contact, parent);
    d.setTexts([] { return EntryText::tr("Add contact"); },
               [] { return EntryText::tr("Edit contact"); },
               [] {
                   return EntryText::tr("Whom to call in an incident, what for and when. Write the "
                                        "number you checked yourself, and the day you checked it.");
               });
    QComboBox *kind = d.choice([] { return EntryText::tr("&Kind:"); }, &R::kind, "kindCombo",
                               domain::kContactKindCount, &domain::IncidentRecordText::contactKind);
    QLineEdit *name = d.line([] { return EntryText::tr("&Name:"); }, &R::name, "nameEdit",
                             RecordDialog<R>::Readable);
    d.notes([] { return EntryText::tr("&Purpose:"); }, &R::purpose, "purposeEdit", 60);
    d.notes([] { return EntryText::tr("&When to call:"); }, &R::whenToCall, "whenEdit", 60);
    d.line([] { return EntryText::tr("P&hone:"); }, &R::phone, "phoneEdit");
    d.line([] { return EntryText::tr("E-mail or &URL:"); }, &R::address, "addressEdit",
           RecordDialog<R>::Readable);
    d.line([] { return EntryText::tr("&Official page:"); }, &R::officialPage, "officialPageEdit",
           RecordDialog<R>::Readable);
    // The prefecture for the police, the industry for the ministry.
    QComboBox *region = d.keyChoice([] { return EntryText::tr("&Region or industry:"); },
                                    &R::region, "regionCombo", {});
    region->setEditable(true);
    region->setEditText(contact.region);
    const auto offer = [region, kind, industry] {
        const QString typed = region->currentText();
        region->clear();
        const auto k = static_cast<domain::ContactKind>(kind->currentIndex());
        if (k == domain::ContactKind::Police)
            region->addItems(incidents::prefectures());
        else if (k == domain::ContactKind::Ministry && !industry.isEmpty())
            region->addItem(industry);
        region->setEditText(typed);
    };
    offer();
    QObject::connect(kind, &QComboBox::currentIndexChanged, region, offer);
    d.person([] { return EntryText::tr("Own re&sponder:"); }, &R::personId, "personCombo", people);
    d.notes([] { return EntryText::tr("No&tes:"); }, &R::notes, "notesEdit", 60);
    const OptionalDate checked =
        d.date([] { return EntryText::tr("&Checked on:"); }, &R::checked, "checkedEdit");
    auto *today = new QPushButton(EntryText::tr("Checked today"), &d);
    today->setObjectName(QStringLiteral("checkedTodayButton"));
    static_cast<QHBoxLayout *>(checked.row())->insertWidget(2, today);
    QObject::connect(today, &QPushButton::clicked, &d, [checked] {
        checked.check()->setChecked(true);
        checked.edit()->setDate(clock::today());
    });
    d.addCheck([&d, name, region]() -> FormDialog::Problem {
        R r = d.record();
        r.region = region->currentText().trimmed();
        return {domain::incidentContactProblem(r, clock::today()), name};
    });
    std::optional<R> made = d.run();
    if (made)
        made->region = region->currentText().trimmed();
    return made;
}

std::optional<domain::IncidentPartner> editIncidentPartner(const domain::IncidentPartner &partner,
                                                           QWidget *parent)
{
    using R = domain::IncidentPartner;
    RecordDialog<R> d(QStringLiteral("IncidentPartnerDialog"), partner, parent);
    d.setTexts([] { return EntryText::tr("Add partner to inform"); },
               [] { return EntryText::tr("Edit partner to inform"); },
               [] {
                   return EntryText::tr(
                       "A business partner or overseas site to tell when an incident "
                       "may reach them (Emotet spreads through partners' mail).");
               });
    QLineEdit *name = d.line([] { return EntryText::tr("&Partner:"); }, &R::name, "nameEdit",
                             RecordDialog<R>::Readable);
    d.line([] { return EntryText::tr("&Who there:"); }, &R::contact, "contactEdit",
           RecordDialog<R>::Readable);
    d.choice([] { return EntryText::tr("&How:"); }, &R::channel, "channelCombo",
             domain::kPartnerChannelCount, &domain::IncidentRecordText::channel);
    d.line([] { return EntryText::tr("&Number or address:"); }, &R::address, "addressEdit",
           RecordDialog<R>::Readable);
    d.bits([] { return EntryText::tr("Inform of:"); }, &R::kinds, "kindCheck",
           domain::kIncidentKindCount, &domain::IncidentRecordText::incidentKind);
    d.flag([] { return EntryText::tr("O&verseas site:"); }, &R::overseas, "overseasCheck");
    d.notes([] { return EntryText::tr("No&tes:"); }, &R::notes, "notesEdit", 60);
    d.require(name, [] { return EntryText::tr("Name the partner."); });
    return d.run();
}

std::optional<domain::TimelineEntry> editTimelineEntry(const domain::TimelineEntry &entry,
                                                       const QVector<domain::Person> &people,
                                                       QWidget *parent)
{
    using R = domain::TimelineEntry;
    RecordDialog<R> d(QStringLiteral("TimelineEntryDialog"), entry, parent);
    d.setTexts([] { return EntryText::tr("Add timeline entry"); },
               [] { return EntryText::tr("Edit timeline entry"); },
               [] {
                   return EntryText::tr(
                       "What was seen, done, decided or whom you contacted, and when. "
                       "A tag marks what the legal clock reads (the reports made).");
               });
    d.instant([] { return EntryText::tr("&Time:"); }, &R::at, "atEdit", false);
    d.choice([] { return EntryText::tr("&Kind:"); }, &R::kind, "kindCombo",
             domain::kTimelineKindCount, &domain::IncidentRecordText::timelineKind);
    auto *text = d.notes([] { return EntryText::tr("&What:"); }, &R::text, "textEdit", 80);
    d.person([] { return EntryText::tr("Wh&o:"); }, &R::personId, "personCombo", people);
    QVector<QPair<QString, QString>> tags;
    for (const QString &tag : domain::timelineTags())
        tags.append({tag, domain::IncidentRecordText::timelineTag(tag)});
    QComboBox *tag = d.keyChoice([] { return EntryText::tr("T&ag:"); }, &R::tag, "tagCombo", tags);
    d.addCheck([text, tag]() -> FormDialog::Problem {
        if (recorddialog::trimmedText(text).isEmpty() && recorddialog::chosenKey(tag).isEmpty())
            return {EntryText::tr("Say what happened, or pick a tag."), text};
        return {};
    });
    return d.run();
}

std::optional<domain::IncidentAction> editIncidentAction(const domain::IncidentAction &action,
                                                         const QVector<domain::Person> &people,
                                                         QWidget *parent)
{
    using R = domain::IncidentAction;
    RecordDialog<R> d(QStringLiteral("IncidentActionDialog"), action, parent);
    d.setTexts([] { return EntryText::tr("Add follow-up action"); },
               [] { return EntryText::tr("Edit follow-up action"); },
               [] { return EntryText::tr("Something to do so that it does not happen again."); });
    QLineEdit *text = d.line([] { return EntryText::tr("&Action:"); }, &R::text, "textEdit",
                             RecordDialog<R>::Readable);
    d.person([] { return EntryText::tr("&Owner:"); }, &R::ownerId, "ownerCombo", people);
    d.date([] { return EntryText::tr("D&ue:"); }, &R::due, "dueEdit");
    d.date([] { return EntryText::tr("Do&ne:"); }, &R::done, "doneEdit");
    d.require(text, [] { return EntryText::tr("Say what is to be done."); });
    return d.run();
}

std::optional<domain::PlaybookStep> editPlaybookStep(const domain::PlaybookStep &step,
                                                     QWidget *parent)
{
    using R = domain::PlaybookStep;
    RecordDialog<R> d(QStringLiteral("PlaybookStepDialog"), step, parent);
    d.setTexts(
        [] { return EntryText::tr("Add step"); }, [] { return EntryText::tr("Edit step"); },
        [] { return EntryText::tr("One step of the playbook, as the person on duty reads it."); });
    auto *text = d.notes([] { return EntryText::tr("&Step:"); }, &R::text, "textEdit", 80);
    d.addCheck([text]() -> FormDialog::Problem {
        if (recorddialog::trimmedText(text).isEmpty())
            return {EntryText::tr("Say what the step is."), text};
        return {};
    });
    return d.run();
}

} // namespace ui
} // namespace kamae
